import { EXCEL_ENUMS, toExcelNamespace, type FakeExcelNamespace } from "../officeFake/excelEnums";
import type { FakeExcelClient } from "../officeFake/fakeExcel";

/** What the stand-in needs from the host page (its `window.barPreview`). */
export type PaneHost = { ready: Promise<void>; connectPane(): FakeExcelClient };

/** What `Office.onReady` resolves with. */
export type ReadyInfo = { host: "Excel" | null; platform: "OfficeOnline" | null };

/** The part of Office.js the production pane uses, answered by the preview. */
export type OfficeStandIn = {
  HostType: Record<string, string>;
  PlatformType: Record<string, string>;
  context: {
    displayLanguage: string;
    contentLanguage: string;
    officeTheme: Partial<Office.OfficeTheme>;
    host: string | null;
    platform: string | null;
    requirements: { isSetSupported: (name: string, version?: string) => boolean };
  };
  onReady: (callback?: (info: ReadyInfo) => void) => Promise<ReadyInfo>;
};

/** Office's light and dark themes (Office on the web's colours). */
const THEMES: Record<"light" | "dark", Partial<Office.OfficeTheme>> = {
  light: {
    isDarkTheme: false,
    bodyBackgroundColor: "#ffffff",
    bodyForegroundColor: "#242424",
    controlBackgroundColor: "#ffffff",
    controlForegroundColor: "#242424",
  },
  dark: {
    isDarkTheme: true,
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#ffffff",
    controlBackgroundColor: "#1f1f1f",
    controlForegroundColor: "#ffffff",
  },
};

/**
 * `Office` and `Excel` for the production task pane inside the preview page, read from the
 * pane page's query (`lang`, default da-DK; `theme`, light or dark) and bound to the host
 * page's workbook. `Office.onReady` waits until the host has set its workbook up. Without a
 * host (the pane page opened on its own) it answers as Office.js does outside Office: no host.
 */
export function createOfficeStandIn(
  search: string,
  host: PaneHost | null,
): { Office: OfficeStandIn; Excel: FakeExcelNamespace } {
  const query = new URLSearchParams(search);
  const language = query.get("lang") || "da-DK";
  const info: ReadyInfo = host ? { host: "Excel", platform: "OfficeOnline" } : { host: null, platform: null };
  const ready = host ? host.ready.then(() => info) : Promise.resolve(info);
  let client: FakeExcelClient | null = null;
  const connect = (): FakeExcelClient => {
    if (!host)
      throw new Error(
        "The BAR preview's workbook is missing: open the preview page (/), not the pane alone.",
      );
    client ??= host.connectPane();
    return client;
  };
  const Office: OfficeStandIn = {
    HostType: {
      Excel: "Excel",
      Word: "Word",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
    },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac", iOS: "iOS", Android: "Android" },
    context: {
      displayLanguage: language,
      contentLanguage: language,
      officeTheme: query.get("theme") === "dark" ? THEMES.dark : THEMES.light,
      host: info.host,
      platform: info.platform,
      requirements: { isSetSupported: () => host !== null },
    },
    onReady: (callback) => {
      if (callback) void ready.then(callback);
      return ready;
    },
  };
  const Excel: FakeExcelNamespace = {
    ...EXCEL_ENUMS,
    run: async (...args) => toExcelNamespace(connect()).run(...args),
  };
  return { Office, Excel };
}
