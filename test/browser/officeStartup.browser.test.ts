import type { Page } from "playwright-core";
import { OFFICE_START_TIME_LIMIT_MS } from "../../src/excel/officeContext";
import { WORKBOOK_CALL_TIME_LIMITS_MS } from "../../src/taskpane/workbookCalls";
import { launchBrowser, type Browser } from "../support/browser";
import {
  ADDIN_ORIGIN,
  CURRENT_EXCEL_SETS,
  TELEMETRY,
  openInExcelOnTheWeb,
  serveAddInWithOfficeJs,
} from "./excelOnTheWeb";

// The production pane (dist/) with Microsoft's real Office.js from @microsoft/office-js, in a
// plain browser and in a stand-in for Excel on the web (see excelOnTheWeb.ts). Time in the
// pages is Playwright's fake clock: it runs on its own, and `fastForward` jumps ahead.

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser(ADDIN_ORIGIN);
  await serveAddInWithOfficeJs(browser.context);
  await browser.context.clock.install();
});

afterAll(async () => {
  await browser?.close();
});

// A page of its own for every test: Office.js keeps what it learnt about its host in the tab's sessionStorage.
beforeEach(async () => {
  page = await browser.context.newPage();
  browser.blockedRequests.length = 0;
});

afterEach(async () => {
  await page.close();
});

const SILENT = "Excel svarer ikke";
const WAITING = "Venter på Excel …";

describe("starting with Microsoft's Office.js", () => {
  it("runs as a web page in a plain browser: the function list, no waiting, nothing fetched from outside", async () => {
    await page.goto(`${ADDIN_ORIGIN}/taskpane.html`);
    await page.getByRole("heading", { name: "Funktioner i Excel" }).waitFor();
    expect({
      functions: await page.getByText("BAR.OVERFØR", { exact: true }).count(),
      waiting: await page.getByText(WAITING).count(),
      silent: await page.getByText(SILENT).count(),
      outside: browser.blockedRequests.filter((url) => !TELEMETRY.test(url)),
    }).toEqual({ functions: 1, waiting: 0, silent: 0, outside: [] });
  });

  it("shows that it waits at once, and says Excel is not answering after the time limit, function list usable", async () => {
    const excel = await openInExcelOnTheWeb(page, { context: "held" });
    await excel.pane.getByText(WAITING).waitFor();
    await page.clock.fastForward(OFFICE_START_TIME_LIMIT_MS);
    await excel.pane.getByText(SILENT).waitFor();
    await excel.pane.getByRole("heading", { name: "Funktioner i Excel" }).waitFor();
    expect({
      // Office.js believed it was in Excel on the web: it asked the host, which never answered.
      asked: (await excel.asked()).includes("ContextActivationManager_getAppContextAsync"),
      message: await excel.pane.getByText(/BAR har ventet 15 sekunder på Excel uden at få svar\./).count(),
      reload: await excel.pane.getByRole("button", { name: "Genindlæs BAR" }).count(),
      functions: await excel.pane.getByText("BAR.OVERFØR", { exact: true }).count(),
      waiting: await excel.pane.getByText(WAITING).count(),
    }).toEqual({ asked: true, message: 1, reload: 1, functions: 1, waiting: 0 });
  });

  it("says so in English when the user picks English while Excel does not answer", async () => {
    const excel = await openInExcelOnTheWeb(page, { context: "held" });
    await excel.pane.getByText(WAITING).waitFor();
    await page.clock.fastForward(OFFICE_START_TIME_LIMIT_MS);
    await excel.pane.getByRole("combobox", { name: "Sprog" }).selectOption("en");
    await excel.pane.getByText("Excel is not answering").waitFor();
    expect(await excel.pane.getByText(/BAR has waited 15 seconds for Excel/).count()).toBe(1);
  });

  it("starts normally when a slow Excel answers after the time limit", async () => {
    const excel = await openInExcelOnTheWeb(page, { context: "held" });
    await excel.pane.getByText(WAITING).waitFor();
    await page.clock.fastForward(OFFICE_START_TIME_LIMIT_MS);
    await excel.pane.getByText(SILENT).waitFor();
    await excel.answer();
    // The host's workbook is empty: a normal start offers to set it up.
    await excel.pane.getByRole("heading", { name: "Opsæt projektmappen" }).waitFor();
    expect({
      silent: await excel.pane.getByText(SILENT).count(),
      userName: await excel.pane.getByRole("textbox", { name: "Dit navn (til ændringsloggen)" }).count(),
      readTheWorkbook: (await excel.workbookRequests()).some((paths) => paths.includes("Tables")),
    }).toEqual({ silent: 0, userName: 1, readTheWorkbook: true });
  });

  it("never says Excel is silent when it answers in time", async () => {
    const excel = await openInExcelOnTheWeb(page, { context: "now" });
    await excel.pane.getByRole("heading", { name: "Opsæt projektmappen" }).waitFor();
    await page.clock.fastForward(OFFICE_START_TIME_LIMIT_MS * 2);
    await excel.pane.getByRole("button", { name: "Opsæt tomme tabeller" }).waitFor();
    expect(await excel.pane.getByText(SILENT).count()).toBe(0);
  });

  it("names the requirement set an older Excel lacks, and asks nothing of its workbook", async () => {
    const excel = await openInExcelOnTheWeb(page, {
      requirementSets: { ...CURRENT_EXCEL_SETS, ExcelApi: "1.12" },
    });
    await excel.pane.getByText("Denne version af Excel er for gammel til BAR").waitFor();
    expect({
      message: await excel.pane
        .getByText(/BAR kræver ExcelApi 1\.13, som denne Excel ikke understøtter\./)
        .count(),
      functions: await excel.pane.getByText("BAR.OVERFØR", { exact: true }).count(),
      // Office.js asks for an internal service of its own; the pane asks for no table.
      workbookCalls: (await excel.workbookRequests()).filter((paths) => paths.includes("Tables")),
    }).toEqual({ message: 1, functions: 1, workbookCalls: [] });
  });

  it("words Excel's failure in Danish with Office's code, not Office's English message, and retries", async () => {
    const excel = await openInExcelOnTheWeb(page, {
      workbook: { errorCode: "GeneralException", message: "An internal error has occurred." },
    });
    const message =
      "BAR kunne ikke læse projektmappen. Excel meldte en intern fejl. (Fejlkode fra Excel: GeneralException)";
    await excel.pane.getByText(message).waitFor();
    const english = await excel.pane.getByText("An internal error has occurred.").count();
    await excel.setWorkbook("empty");
    // Enter, as a keyboard user would: Playwright's click into this cross-origin frame keeps
    // retrying under jest (from plain node it clicks at once).
    await excel.pane.getByRole("button", { name: "Prøv igen" }).press("Enter");
    await excel.pane.getByRole("heading", { name: "Opsæt projektmappen" }).waitFor();
    expect(english).toBe(0);
  });

  it("gives up on a workbook read Excel never answers, after the read's time limit", async () => {
    const excel = await openInExcelOnTheWeb(page, { workbook: "silent" });
    await excel.pane.getByText("Læser projektmappen …").waitFor();
    await page.clock.fastForward(WORKBOOK_CALL_TIME_LIMITS_MS.read);
    await excel.pane
      .getByText("BAR kunne ikke læse projektmappen. Excel svarede ikke inden for 20 sekunder.")
      .waitFor();
    expect(await excel.pane.getByRole("button", { name: "Prøv igen" }).count()).toBe(1);
  });
});
