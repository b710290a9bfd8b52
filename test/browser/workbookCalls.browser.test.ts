import { WORKBOOK_CALL_TIME_LIMITS_MS } from "../../src/taskpane/workbookCalls";
import { REFRESH_RETRY_DELAYS_MS } from "../../src/taskpane/useWorkbook";
import {
  coAuthorSets,
  excelFaults,
  excelRuns,
  startPreviewSession,
  type PreviewSession,
} from "../support/previewPage";

// Workbook calls that fail or never answer, made so by the Office stand-in (excelFaults), in the
// preview. Time in the pages is Playwright's fake clock: it runs on its own, and `fastForward`
// jumps ahead, so no test waits for a limit in real time or proves with a timer that nothing
// happened.

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
  await session.browser.context.clock.install();
});

afterAll(async () => {
  await session?.close();
});

const RETRY = "Prøv igen";
const seconds = (ms: number) => ms / 1000;

describe("a workbook read that fails or hangs", () => {
  it("gives up on a read that never answers after its time limit, in Danish, and reads again on retry", async () => {
    await session.open("?excel=hang");
    const { pane, page } = session;
    await pane.getByText("Læser projektmappen …").waitFor();
    await page.clock.fastForward(WORKBOOK_CALL_TIME_LIMITS_MS.read);
    await pane
      .getByText(
        `BAR kunne ikke læse projektmappen. Excel svarede ikke inden for ${seconds(WORKBOOK_CALL_TIME_LIMITS_MS.read)} sekunder.`,
      )
      .waitFor();
    await excelFaults(page, "clear");
    await pane.getByRole("button", { name: RETRY }).click();
    await pane.getByRole("heading", { name: /^Reduktionsmål: / }).waitFor();
    // The watch had given up too; the retry started it again.
    await session.page.clock.fastForward(WORKBOOK_CALL_TIME_LIMITS_MS.watch);
    expect(await pane.getByText(/^BAR kan ikke følge med i ændringer/).count()).toBe(0);
  });

  it("names the operation and Office's code in Danish, never Office's English message", async () => {
    await session.open("?excel=fail");
    const { pane } = session;
    await pane
      .getByText(
        "BAR kunne ikke læse projektmappen. Excel meldte en intern fejl. (Fejlkode fra Excel: GeneralException)",
      )
      .waitFor();
    expect(await pane.getByText("An internal error has occurred.").count()).toBe(0);
  });

  it("says the same in English on an English pane", async () => {
    await session.open("?excel=fail:ItemNotFound&lang=en-US");
    await session.pane
      .getByText(
        "BAR could not read the workbook. Something BAR needs is no longer in the workbook (such as a table or a sheet). (Error code from Excel: ItemNotFound)",
      )
      .waitFor();
    expect(await session.pane.getByRole("button", { name: "Try again" }).count()).toBe(1);
  });
});

describe("a save that fails or hangs", () => {
  it("says in the form that Excel did not answer, keeps what was typed, and saves on retry", async () => {
    await session.open();
    const { pane, page } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("button", { name: "Rediger Kontraktgrundlag" }).click();
    await pane.getByRole("textbox", { name: "2023" }).fill("-2.720");
    await excelFaults(page, "hangNext", 1);
    await pane.getByRole("button", { name: "Gem" }).click();
    await pane.getByRole("button", { name: "Gemmer …" }).waitFor();
    await page.clock.fastForward(WORKBOOK_CALL_TIME_LIMITS_MS.saveInitiative);
    await pane
      .getByText(
        "BAR kunne ikke gemme initiativet. Excel svarede ikke inden for 30 sekunder. Ændringen kan være gemt alligevel; se efter i projektmappen, før du prøver igen.",
      )
      .waitFor();
    const typed = await pane.getByRole("textbox", { name: "2023" }).inputValue();
    await pane.getByRole("button", { name: RETRY }).click();
    await pane.getByText("Gemt.").waitFor();
    expect(typed).toBe("-2.720");
  });

  it("offers a retry when writing the report fails", async () => {
    await session.open();
    const { pane, page } = session;
    await pane.getByRole("heading", { name: /^Reduktionsmål: / }).waitFor();
    await excelFaults(page, "failNext", 1, "AccessDenied");
    await pane.getByRole("button", { name: "Skriv statusrapport" }).click();
    await pane.getByText(/^BAR kunne ikke skrive statusrapporten\. Excel afviste handlingen/).waitFor();
    await pane.getByRole("button", { name: RETRY }).click();
    await pane.getByText("Statusrapporten er skrevet på arket BAR Status.").waitFor();
    expect(await pane.getByText(/^BAR kunne ikke skrive statusrapporten/).count()).toBe(0);
  });
});

describe("a failed background refresh", () => {
  it("keeps the open edit form and what was typed, says so without blocking, and retries", async () => {
    await session.open();
    const { pane, page } = session;
    await pane.getByRole("tab", { name: "Initiativer" }).click();
    await pane.getByRole("button", { name: "Rediger Kontraktgrundlag" }).click();
    await pane.getByRole("textbox", { name: "2023" }).fill("-2.720");
    await excelFaults(page, "failNext", 1);
    // Another initiative changes: the pane reads again, and that read fails.
    await coAuthorSets(page, "Takstgruppe", "2024", -100);
    const warning = pane.getByText(
      /^Visningen kunne ikke opdateres efter en ændring i projektmappen\. Excel meldte en intern fejl\. .* BAR prøver igen om 2 sekunder/,
    );
    await warning.waitFor();
    const duringFailure = {
      form: await pane.getByRole("heading", { name: "Rediger: Kontraktgrundlag" }).count(),
      typed: await pane.getByRole("textbox", { name: "2023" }).inputValue(),
    };
    await page.clock.fastForward(REFRESH_RETRY_DELAYS_MS[0]);
    await warning.waitFor({ state: "detached" });
    const afterRetry = {
      form: await pane.getByRole("heading", { name: "Rediger: Kontraktgrundlag" }).count(),
      typed: await pane.getByRole("textbox", { name: "2023" }).inputValue(),
    };
    await pane.getByRole("button", { name: "Gem" }).click();
    await pane.getByText("Gemt.").waitFor();
    expect({ duringFailure, afterRetry }).toEqual({
      duringFailure: { form: 1, typed: "-2.720" },
      afterRetry: { form: 1, typed: "-2.720" },
    });
  });

  it("stops after three retries and leaves the next one to the user", async () => {
    await session.open();
    const { pane, page } = session;
    await pane.getByRole("heading", { name: /^Reduktionsmål: / }).waitFor();
    await excelFaults(page, "failAlways");
    const before = await excelRuns(page);
    await coAuthorSets(page, "Takstgruppe", "2024", -100);
    for (const delay of REFRESH_RETRY_DELAYS_MS) {
      await pane.getByText(new RegExp(`BAR prøver igen om ${seconds(delay)} sekunder`)).waitFor();
      await page.clock.fastForward(delay);
    }
    await pane.getByText(/BAR har prøvet flere gange og venter nu på dig/).waitFor();
    const afterRetries = (await excelRuns(page)) - before;
    // Ten minutes on the fake clock: no read comes by itself any more.
    await page.clock.fastForward(10 * 60_000);
    const muchLater = (await excelRuns(page)) - before;
    await excelFaults(page, "clear");
    await pane.getByRole("button", { name: RETRY }).click();
    await pane.getByText(/BAR har prøvet flere gange/).waitFor({ state: "detached" });
    // The first read and one per wait; the overview is still on screen throughout.
    expect({
      afterRetries,
      muchLater,
      overview: await pane.getByRole("heading", { name: /^Reduktionsmål: / }).count(),
    }).toEqual({
      afterRetries: 1 + REFRESH_RETRY_DELAYS_MS.length,
      muchLater: 1 + REFRESH_RETRY_DELAYS_MS.length,
      overview: 1,
    });
  });
});

describe("an Excel without the requirement sets BAR needs", () => {
  it("names the set and version in Danish, reads nothing and still lists the functions", async () => {
    await session.open("?unsupported=ExcelApi@1.13");
    const { pane, page } = session;
    await pane.getByText("Denne version af Excel er for gammel til BAR").waitFor();
    expect({
      message: await pane.getByText(/BAR kræver ExcelApi 1\.13, som denne Excel ikke understøtter\./).count(),
      functions: await pane.getByRole("heading", { name: "Funktioner i Excel" }).count(),
      runs: await excelRuns(page),
    }).toEqual({ message: 1, functions: 1, runs: 0 });
  });

  it("names every missing set in English", async () => {
    await session.open("?unsupported=ExcelApi@1.13,SharedRuntime&lang=en-US");
    await session.pane.getByText("This version of Excel is too old for BAR").waitFor();
    expect(
      await session.pane
        .getByText(/BAR needs ExcelApi 1\.13 and SharedRuntime 1\.1, which this Excel does not support\./)
        .count(),
    ).toBe(1);
  });
});
