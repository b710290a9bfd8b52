/**
 * The production pane under Microsoft's real Office.js, hosted by a stand-in for Excel on the
 * web. Nothing leaves the machine: Playwright answers the add-in's origin from dist/, Office.js's
 * CDN folder from the @microsoft/office-js package, and Excel's origin with a host page.
 *
 * How Office.js decides it is hosted (read in office.js and excel-web-16.00.js of
 * @microsoft/office-js): `_host_Info=Excel$Web$16.00$<locale>$…` in the page's query (or
 * `hostInfo` in a JSON window.name) makes it load the Excel-on-the-web script, which talks to
 * its host through postMessage: the conversation, the add-in's id and the host's URL come from
 * `&_xdm_Info=<conversation>$<id>$<host URL>` in the page's fragment. The host must be https and
 * on a domain Office.js trusts (e.g. *.officeapps.live.com). The first message is
 * `ContextActivationManager_getAppContextAsync`; `Office.onReady()` resolves only once the host
 * answers it with the app context (application, UI locale, requirement matrix …). Workbook calls
 * are then `executeMethod` messages carrying the rich API request (actions on object paths).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { BrowserContext, Frame, FrameLocator, Page, Route } from "playwright-core";

/** Where the add-in is served (the production build's default public URL). */
export const ADDIN_ORIGIN = "https://bar.example.dk";
/** Where taskpane.html loads Office.js from. */
export const OFFICE_JS_FOLDER = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** Excel on the web, as far as Office.js can tell. */
export const EXCEL_ORIGIN = "https://excel.officeapps.live.com";

const DIST = path.resolve(__dirname, "../../dist");
const OFFICE_JS_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/** Requests Office.js makes to Microsoft's telemetry, which no test needs (aborted like everything external). */
export const TELEMETRY = /^https:\/\/[^/]*(oaspapps\.com|events\.data\.microsoft\.com)\//;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".map": "application/json; charset=utf-8",
};

async function fulfilFrom(route: Route, folder: string, relative: string): Promise<void> {
  const file = path.resolve(folder, relative);
  if (!file.startsWith(folder + path.sep)) return route.fulfill({ status: 400 });
  try {
    const body = await readFile(file);
    await route.fulfill({ body, contentType: TYPES[path.extname(file)] ?? "application/octet-stream" });
  } catch {
    await route.fulfill({ status: 404, body: "Not found" });
  }
}

/** What the stand-in for Excel on the web does. */
export type ExcelHostOptions = {
  /** Excel's display language. @default "da-DK" */
  uiLocale?: string;
  /** The requirement sets this Excel has, each at its highest version. @default those of a current Excel */
  requirementSets?: Record<string, string>;
  /** "now": answers Office.js at once; "held": only when the test calls `answer()` (or never). @default "now" */
  context?: "now" | "held";
  /**
   * How workbook calls are answered: as an empty workbook (every BAR table missing), with an
   * Office error, or never. Can be changed later with `setWorkbook`. @default "empty"
   */
  workbook?: HostWorkbook;
};

/** How the host answers workbook calls. */
export type HostWorkbook = "empty" | "silent" | { errorCode: string; message: string };

/** A current Excel on the web has these (and more). */
export const CURRENT_EXCEL_SETS: Record<string, string> = {
  ExcelApi: "1.17",
  CustomFunctionsRuntime: "1.4",
  SharedRuntime: "1.1",
  RichApiRuntime: "1.2",
};

/** The pane inside the host page, and the host's controls. */
export type ExcelHost = {
  pane: FrameLocator;
  /** The pane's frame, for evaluating in it. */
  frame(): Frame;
  /** Answers Office.js's request for the app context, if it was held. */
  answer(): Promise<void>;
  setWorkbook(workbook: HostWorkbook): Promise<void>;
  /** The names of the messages the pane sent the host, in order. */
  asked(): Promise<string[]>;
  /**
   * The object paths of every workbook (rich API) request, by name; an indexer by its arguments:
   * `["(root)", "Tables", "[BAR_Initiatives]", "GetHeaderRowRange", …]`.
   */
  workbookRequests(): Promise<string[][]>;
};

/** The host page's script: answers the pane's Office.js over postMessage as Excel on the web would. */
const HOST_SCRIPT = String.raw`
const options = JSON.parse(new URLSearchParams(location.search).get("options"));
const asked = [];
const workbookRequests = [];
let workbook = options.workbook;
let held = null;
const frame = document.getElementById("pane");
const hostUrl = location.origin + location.pathname;
const hostInfo = "Excel$Web$16.00$" + options.uiLocale + "$$$$0";
frame.src = options.addin + "/taskpane.html?_host_Info=" + hostInfo +
  "#&_xdm_Info=bar-conversation$bar-addin$" + encodeURIComponent(hostUrl);

function reply(request, data, origin) {
  frame.contentWindow.postMessage(JSON.stringify({
    _messageType: 1, _actionName: request._actionName, _conversationId: request._conversationId,
    _correlationId: request._correlationId, _origin: location.origin, _errorCode: 0,
    _responseType: 0, _data: data, _serializerVersion: 1,
  }), origin);
}

const appContext = {
  _id: "bar-addin", _appName: 16 /* ExcelWebApp */, _appVersion: "16.0", _appMinorVersion: 0,
  _appUILocale: options.uiLocale, _dataLocale: options.uiLocale, _docUrl: hostUrl + "/Budget.xlsx",
  _clientMode: 1 /* read-write */, _settings: [], _reason: 1 /* documentOpened */, _osfControlType: 1,
  _requirementMatrix: JSON.stringify(options.requirementSets), _appInstanceId: "bar-instance",
  _hostFullVersion: "16.0.1",
};

/**
 * An empty workbook, as Excel answers for one: a batch that asks for a table with getItem fails
 * with ItemNotFound; with getItemOrNullObject the table (and all under it) is a null object.
 */
function answerWorkbook(body) {
  const paths = body.ObjectPaths || {};
  const parentName = (objectPath) => paths[objectPath.ParentObjectPathId] && paths[objectPath.ParentObjectPathId].Name;
  // tables.getItem(name) goes as an indexer (object path type 5) on the Tables collection.
  const asksForTable = Object.values(paths).some(
    (objectPath) =>
      (objectPath.ObjectPathType === 5 || objectPath.Name === "GetItem") && parentName(objectPath) === "Tables",
  );
  if (asksForTable) {
    return { Error: { Code: "ItemNotFound", HttpStatusCode: 404, Message: "The requested resource doesn't exist." } };
  }
  const isNull = (id) => {
    const objectPath = paths[id];
    if (!objectPath) return false;
    if (objectPath.Name === "GetItemOrNullObject") return true;
    return objectPath.ParentObjectPathId ? isNull(objectPath.ParentObjectPathId) : false;
  };
  const Results = body.Actions.map((action) => ({
    ActionId: action.Id,
    // 1: instantiate, 2: query; a null value marks a null object.
    Value: action.ActionType === 1 || action.ActionType === 2 ? (isNull(action.ObjectPathId) ? null : {}) : null,
  }));
  return { Results };
}

window.addEventListener("message", (event) => {
  if (event.source !== frame.contentWindow) return;
  let request;
  try { request = JSON.parse(event.data); } catch { return; }
  if (request._messageType !== 0) return;
  asked.push(request._actionName);
  if (request._actionName === "ContextActivationManager_getAppContextAsync") {
    held = () => reply(request, appContext, event.origin);
    if (options.context === "now") held();
    return;
  }
  // Event registrations (actionType 1, 2): accepted.
  if (request._actionType !== 0) return reply(request, { Error: 0 }, event.origin);
  if (request._actionName !== "executeMethod") return; // notifications, telemetry: no answer wanted
  if (workbook === "silent") return;
  const body = JSON.parse(request._data.ArrayData[4]);
  workbookRequests.push(
    Object.values(body.ObjectPaths || {}).map(
      (objectPath) =>
        objectPath.Name ||
        (objectPath.ObjectPathType === 1
          ? "(root)"
          : "[" + ((objectPath.ArgumentInfo || {}).Arguments || []).join(", ") + "]"),
    ),
  );
  const answer = workbook === "empty"
    ? answerWorkbook(body)
    : { Error: { Code: workbook.errorCode, HttpStatusCode: 500, Message: workbook.message } };
  reply(request, { Version: 1, Error: 0, Data: [200, [], JSON.stringify(answer)] }, event.origin);
});

window.excelHost = {
  asked: () => asked.slice(),
  workbookRequests: () => workbookRequests.slice(),
  answer: () => { if (!held) throw new Error("Office.js has not asked for its context yet"); held(); },
  setWorkbook: (next) => { workbook = next; },
};
`;

const HOST_PAGE = `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Excel</title></head>
<body style="margin:0"><iframe id="pane" title="BAR" style="width:420px;height:760px;border:0"></iframe>
<script>${HOST_SCRIPT}</script></body></html>`;

/**
 * Answers the add-in's origin from dist/ (npm run build first), Office.js's CDN folder from
 * @microsoft/office-js, and Excel's origin with the host page. Routes added after
 * launchBrowser's catch-all take precedence over it.
 */
export async function serveAddInWithOfficeJs(context: BrowserContext): Promise<void> {
  await context.route(`${ADDIN_ORIGIN}/**`, (route) =>
    fulfilFrom(route, DIST, decodeURIComponent(new URL(route.request().url()).pathname.slice(1))),
  );
  await context.route(`${OFFICE_JS_FOLDER}**`, (route) => {
    // The CDN's folder names are lower case (da-dk/office_strings.js) as in the package.
    const relative = new URL(route.request().url()).pathname.slice(new URL(OFFICE_JS_FOLDER).pathname.length);
    return fulfilFrom(route, OFFICE_JS_DIST, relative.toLowerCase());
  });
  await context.route(`${EXCEL_ORIGIN}/**`, (route) =>
    route.fulfill({ body: HOST_PAGE, contentType: "text/html; charset=utf-8" }),
  );
}

/** Opens the pane in the stand-in for Excel on the web. */
export async function openInExcelOnTheWeb(page: Page, options: ExcelHostOptions = {}): Promise<ExcelHost> {
  const settings = {
    addin: ADDIN_ORIGIN,
    uiLocale: options.uiLocale ?? "da-DK",
    requirementSets: options.requirementSets ?? CURRENT_EXCEL_SETS,
    context: options.context ?? "now",
    workbook: options.workbook ?? "empty",
  };
  await page.goto(
    `${EXCEL_ORIGIN}/bar-host.html?${new URLSearchParams({ options: JSON.stringify(settings) })}`,
  );
  type HostWindow = {
    excelHost: {
      asked(): string[];
      workbookRequests(): string[][];
      answer(): void;
      setWorkbook(workbook: HostWorkbook): void;
    };
  };
  const frame = () => {
    const found = page.frame({ url: (url) => url.origin === ADDIN_ORIGIN });
    if (!found) throw new Error("The pane's frame is not in the host page.");
    return found;
  };
  return {
    pane: page.frameLocator('iframe[title="BAR"]'),
    frame,
    answer: () => page.evaluate(() => (window as unknown as HostWindow).excelHost.answer()),
    setWorkbook: (workbook) =>
      page.evaluate((next) => (window as unknown as HostWindow).excelHost.setWorkbook(next), workbook),
    asked: () => page.evaluate(() => (window as unknown as HostWindow).excelHost.asked()),
    workbookRequests: () =>
      page.evaluate(() => (window as unknown as HostWindow).excelHost.workbookRequests()),
  };
}
