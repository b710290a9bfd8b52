import type { Page } from "playwright-core";
import { REFRESH_RETRY_DELAYS_MS } from "../../src/taskpane/useWorkbook";
import {
  coAuthorSets,
  excelFaults,
  linkMeasure,
  startPreviewSession,
  typeInto,
  workbookValues,
  type PreviewSession,
} from "../support/previewPage";

// The pane shows its own save from what the save read back, and its change events read only
// the saved row back, not the workbook (ownWrite.ts). Time in the page is Playwright's fake
// clock, so "no read came after" is checked after jumping past every wait, not by waiting.

let session: PreviewSession;

beforeAll(async () => {
  session = await startPreviewSession();
  await session.browser.context.clock.install();
});

afterAll(async () => {
  await session?.close();
});

/** Longer than the watch's quiet time (300 ms) and any retry the pane would make. */
const PAST_EVERY_WAIT_MS = 60_000;

/** Each Excel.run the pane made so far: its syncs and the bytes Excel answered, from the in-memory workbook. */
function paneRuns(page: Page): Promise<{ syncs: number; response: number }[]> {
  return page.evaluate(() => {
    type Context = { syncCount: number; batch: { payloads: { response: number }[] } };
    const preview = window as unknown as { barPreview: { paneClient(): { contexts: Context[] } } };
    return preview.barPreview.paneClient().contexts.map((context) => ({
      syncs: context.syncCount,
      response: context.batch.payloads.reduce((sum, payload) => sum + payload.response, 0),
    }));
  });
}

/** Saves Kontraktgrundlag's 2023 in the form; resolves to how many Excel.run the pane had made before the save. */
async function saveContractYear(value: string): Promise<number> {
  const { pane } = session;
  await pane.getByRole("tab", { name: "Initiativer" }).click();
  await pane.getByRole("searchbox").fill("Kontraktgrundlag");
  await pane.getByRole("button", { name: "Rediger Kontraktgrundlag" }).click();
  await pane.getByRole("textbox", { name: "2023" }).fill(value);
  // The form reads the initiative's history when it opens: wait for it, so the save is the next run.
  await pane
    .getByText(/^Oprettet$|^Ændringsloggen har intet om dette initiativ endnu\.$/)
    .first()
    .waitFor();
  const before = (await paneRuns(session.page)).length;
  await pane.getByRole("button", { name: "Gem" }).click();
  await pane.getByText("Gemt.").waitFor();
  return before;
}

/**
 * The pane's Excel.run from the save on, once its change events have come and been answered:
 * past the watch's quiet time, until the run after the save has started, and past every wait again.
 */
async function runsAfterItsEvents(before: number) {
  const { page } = session;
  await page.clock.fastForward(PAST_EVERY_WAIT_MS);
  await page.waitForFunction(
    (count) =>
      (window as unknown as { barPreview: { paneClient(): { contexts: unknown[] } } }).barPreview.paneClient()
        .contexts.length > count,
    before + 1,
  );
  await page.clock.fastForward(PAST_EVERY_WAIT_MS);
  return (await paneRuns(page)).slice(before);
}

/** What the edit form shows for Kontraktgrundlag's 2023: what the pane holds as read. */
async function contractYearShown(): Promise<string> {
  const { pane } = session;
  await pane.getByRole("button", { name: "Rediger Kontraktgrundlag" }).click();
  const shown = await pane.getByRole("textbox", { name: "2023" }).inputValue();
  await pane.getByRole("button", { name: "Annuller" }).click();
  return shown;
}

describe("the pane's own save", () => {
  it("shows the saved value at once, then reads back only the saved row, never the whole workbook", async () => {
    await session.open();
    const { pane, page } = session;
    await pane.getByRole("heading", { name: /^Reduktionsmål: / }).waitFor();
    const [firstRead] = await paneRuns(page);
    const before = await saveContractYear("-2.720");
    const [save, check, ...more] = await runsAfterItsEvents(before);
    expect({ save: save.syncs, check: check.syncs, more }).toEqual({ save: 2, check: 1, more: [] });
    // One row and a header, against the whole workbook the first read loaded.
    expect(check.response).toBeLessThan(firstRead.response / 10);
    expect(await contractYearShown()).toBe("-2.720");
  });

  it("reads every table but the initiatives again when a linked measure makes the BAR sheet recalculate", async () => {
    // 1,000 initiatives more than the example, so what is not read again shows in the bytes.
    await session.open("?initiatives=1000");
    const { pane, page } = session;
    await pane.getByRole("heading", { name: /^Reduktionsmål: / }).waitFor();
    await typeInto(page, "Ark1", { B2: 150, C2: 150, D2: 150, E2: 150 });
    await linkMeasure(pane, "Råderum", "Ark1!B2:E2");
    const [firstRead] = await paneRuns(page);
    const before = await saveContractYear("-2.720");
    const [save, settle, ...more] = await runsAfterItsEvents(before);
    // The saved row, then every table but BAR_Initiatives' body: two syncs in one Excel.run.
    expect({ save: save.syncs, settle: settle.syncs, more }).toEqual({ save: 2, settle: 2, more: [] });
    expect(settle.response).toBeLessThan(firstRead.response / 10);
  });

  it("reads everything after a save that follows a failed refresh: what that read missed is still unknown", async () => {
    await session.open();
    const { pane, page } = session;
    await pane.getByRole("heading", { name: /^Reduktionsmål: / }).waitFor();
    // The read after the co-author's change fails, and so does every retry: the pane stops trying.
    await excelFaults(page, "failAlways");
    await coAuthorSets(page, "Takstgruppe", "2024", -100);
    for (const delay of REFRESH_RETRY_DELAYS_MS) {
      await pane.getByText(new RegExp(`BAR prøver igen om ${delay / 1000} sekunder`)).waitFor();
      await page.clock.fastForward(delay);
    }
    await pane.getByText(/BAR har prøvet flere gange og venter nu på dig/).waitFor();
    await excelFaults(page, "clear");
    await saveContractYear("-2.720");
    // Nothing else reads now: the save itself must, or the co-author's change stays unseen.
    await pane.getByRole("searchbox").fill("Takstgruppe");
    await pane.getByRole("cell", { name: "-100" }).first().waitFor();
    expect(await pane.getByText(/BAR har prøvet flere gange/).count()).toBe(0);
  });

  it("reads the workbook again when the user typed into the saved cell before its change events came", async () => {
    await session.open();
    const { page } = session;
    const header = (await workbookValues(page, "BAR", "A1:P1"))[0];
    const names = (await workbookValues(page, "BAR", "C1:C12")).map((row) => row[0]);
    const cell = `${String.fromCharCode(65 + header.map(String).indexOf("2023"))}${names.indexOf("Kontraktgrundlag") + 1}`;
    await saveContractYear("-2.720");
    await typeInto(page, "BAR", { [cell]: -3000 });
    await page.clock.fastForward(PAST_EVERY_WAIT_MS);
    await session.pane.getByRole("cell", { name: "-3.000" }).first().waitFor();
    expect(await contractYearShown()).toBe("-3.000");
  });
});
