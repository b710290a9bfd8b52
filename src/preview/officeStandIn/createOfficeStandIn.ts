import { EXCEL_ENUMS, toExcelNamespace, type FakeExcelNamespace } from "../officeFake/excelEnums";
import type { FakeExcelClient } from "../officeFake/fakeExcel";
import { versionAtLeast, type HostProfile } from "../officeFake/host/hostProfile";

/** What the stand-in needs from the host page (its `window.barPreview`). */
export type PaneHost = {
  ready: Promise<void>;
  connectPane(): FakeExcelClient;
  /** The workbook, whose host profile says which requirement sets this Excel offers. */
  workbook?: { model: { profile: Pick<HostProfile, "apiVersions"> } };
};

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

/**
 * Trouble the stand-in's Excel can be told to have, for browser tests and demos: `Excel.run`
 * that fails as Office fails (an error with Office's `code`) or never answers. From the
 * query (`excel=hang`, `excel=fail` or `excel=fail:ItemNotFound`) or at run time through
 * `window.barOfficeStandIn.faults` in the pane's frame.
 */
export type ExcelFaults = {
  /** How many times the pane has called `Excel.run`, failed and hung calls included. */
  readonly runs: number;
  /** The next `count` runs fail with `code` (default "GeneralException"). */
  failNext(count?: number, code?: string, message?: string): void;
  /** Every run from now on fails, until {@link ExcelFaults.clear}. */
  failAlways(code?: string, message?: string): void;
  /** The next `count` runs never answer. */
  hangNext(count?: number): void;
  /** Every run from now on never answers, until {@link ExcelFaults.clear}. */
  hangAlways(): void;
  /** Back to normal for the runs to come (a hung run stays hung, as it would in Excel). */
  clear(): void;
};

type Fault = { kind: "fail"; code: string; message: string } | { kind: "hang" };

/** Office.js's message for GeneralException, in English whatever the display language, as Office gives it. */
const GENERAL_EXCEPTION_MESSAGE = "An internal error has occurred.";

/** An error shaped like OfficeExtension.Error. */
class StandInOfficeError extends Error {
  readonly debugInfo: { code: string; message: string };
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

/** The faults, and `take`: what the next run should do (counting it). */
function createExcelFaults(initial: string | null): { faults: ExcelFaults; take(): Fault | null } {
  let runs = 0;
  let fault: Fault | null = null;
  let remaining = 0; // Infinity: always
  const fail = (code = "GeneralException", message = GENERAL_EXCEPTION_MESSAGE): Fault => ({
    kind: "fail",
    code,
    message,
  });
  const set = (next: Fault, count: number) => {
    fault = next;
    remaining = count;
  };
  const faults: ExcelFaults = {
    get runs() {
      return runs;
    },
    failNext: (count = 1, code?: string, message?: string) => set(fail(code, message), count),
    failAlways: (code?: string, message?: string) => set(fail(code, message), Infinity),
    hangNext: (count = 1) => set({ kind: "hang" }, count),
    hangAlways: () => set({ kind: "hang" }, Infinity),
    clear: () => {
      fault = null;
      remaining = 0;
    },
  };
  const take = (): Fault | null => {
    runs++;
    if (!fault || remaining <= 0) return null;
    remaining--;
    return fault;
  };
  const [kind, code] = (initial ?? "").split(":");
  if (kind === "hang") faults.hangAlways();
  if (kind === "fail") faults.failAlways(code || undefined);
  return { faults, take };
}

/**
 * `isSetSupported` for an Excel that lacks some sets: `unsupported=ExcelApi@1.13` means
 * ExcelApi 1.13 and later are missing (1.12 is there), `unsupported=SharedRuntime` that the
 * set is missing altogether; several are separated by commas.
 */
export function toSetSupport(unsupported: string | null): (name: string, version?: string) => boolean {
  const missing = (unsupported ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [name, from] = entry.split("@");
      return { name: name.toLowerCase(), from: from ? toVersion(from) : null };
    });
  return (name, version = "1.1") => {
    const entry = missing.find((candidate) => candidate.name === name.toLowerCase());
    if (!entry) return true;
    if (!entry.from) return false;
    const wanted = toVersion(version);
    return (
      wanted.major < entry.from.major ||
      (wanted.major === entry.from.major && wanted.minor < entry.from.minor)
    );
  };
}

function toVersion(text: string): { major: number; minor: number } {
  const [major, minor] = text.split(".").map(Number);
  return { major: major || 0, minor: minor || 0 };
}

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
 * `unsupported` ({@link toSetSupport}) and `excel` ({@link ExcelFaults}) are read from the
 * pane's query or, failing that, the host page's (`hostSearch`), so `/?unsupported=ExcelApi@1.13`
 * opens the preview as an older Excel.
 */
export function createOfficeStandIn(
  search: string,
  host: PaneHost | null,
  hostSearch = "",
): { Office: OfficeStandIn; Excel: FakeExcelNamespace; faults: ExcelFaults } {
  const query = new URLSearchParams(search);
  const hostQuery = new URLSearchParams(hostSearch);
  const option = (name: string) => query.get(name) ?? hostQuery.get(name);
  const setSupport = toSetSupport(option("unsupported"));
  const { faults, take } = createExcelFaults(option("excel"));
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
      requirements: {
        isSetSupported: (name, version = "1.1") => {
          if (host === null || !setSupport(name, version)) return false;
          // The sets the workbook's host profile offers (ExcelApi, CustomFunctionsRuntime) bound them too.
          const offered = Object.entries(host.workbook?.model.profile.apiVersions ?? {}).find(
            ([set]) => set.toLowerCase() === name.toLowerCase(),
          )?.[1];
          return offered === undefined || versionAtLeast(offered, version);
        },
      },
    },
    onReady: (callback) => {
      if (callback) void ready.then(callback);
      return ready;
    },
  };
  const Excel: FakeExcelNamespace = {
    ...EXCEL_ENUMS,
    run: async (...args) => {
      const fault = take();
      if (fault?.kind === "hang") return new Promise<never>(() => undefined);
      if (fault?.kind === "fail") throw new StandInOfficeError(fault.code, fault.message);
      return toExcelNamespace(connect()).run(...args);
    },
  };
  return { Office, Excel, faults };
}
