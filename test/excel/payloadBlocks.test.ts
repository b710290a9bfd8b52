import { blankInitiative } from "../../src/engine/initiative";
import { addInitiatives, type AddResult } from "../../src/excel/addInitiatives";
import { LOG_EVENTS, readChangeLog } from "../../src/excel/changeLog";
import { TABLE_NAMES } from "../../src/excel/schema";
import { SEED_002_SETTINGS } from "../../src/excel/seed002";
import { setUpFake, stampBy, tableCells } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];

/** `count` initiatives with names and notes of the given lengths (plain ASCII, one byte a letter). */
function importOf(count: number, nameLength: number, noteLength: number) {
  return Array.from({ length: count }, (_, index) => ({
    ...blankInitiative(`L-${index}`, YEARS),
    name: `Initiativ ${index} `.padEnd(nameLength, "x"),
    note: "n".repeat(noteLength),
    effects: { 2021: -index, 2022: -index, 2023: "notEstimated" as const, 2024: -2 * index },
  }));
}

/** Imports on Excel on the web (the fake's default host); a failed sync is returned, not thrown. */
async function importOnTheWeb(count: number, nameLength: number, noteLength: number) {
  const { workbook, client } = await setUpFake({ example: false, settings: SEED_002_SETTINGS });
  const outcome: AddResult | Error = await client
    .run((context) =>
      addInitiatives(context, importOf(count, nameLength, noteLength), YEARS, stampBy("Anna")),
    )
    .catch((error: Error) => error);
  const ids = tableCells(workbook, TABLE_NAMES.initiatives)
    .slice(1)
    .map((row) => String(row[0]))
    .filter((id) => id !== "");
  const logged = (await client.run((context) => readChangeLog(context)))
    .filter((entry) => entry.table === TABLE_NAMES.initiatives && entry.field === LOG_EVENTS.created)
    .map((entry) => entry.id);
  return { outcome, ids, logged };
}

describe("imports in blocks under Excel on the web's 5 MB request limit", () => {
  it("imports 5,000 initiatives with 700-character notes: number formats and the change log count too", async () => {
    // The values alone are under toWriteBlocks' 4 MB, so they go as one block; with their
    // number formats and the change log's rows in the same request it is 5.5 MB.
    const { outcome, ids } = await importOnTheWeb(5000, 20, 700);
    // Office refuses a request over the limit before running it; none may be sent.
    expect(outcome).not.toBeInstanceOf(Error);
    expect(outcome).toMatchObject({ status: "added" });
    expect(ids).toHaveLength(5000);
  }, 60000);

  it("never leaves imported initiatives in the table without their log entries", async () => {
    // Two blocks: the first is written and synced; the second goes in the caller's sync
    // together with the change log's rows, which is over the limit and fails.
    const { outcome, ids, logged } = await importOnTheWeb(5000, 100, 1400);
    expect({ inTable: ids.length, logged: logged.length }).toEqual({
      inTable: ids.length,
      logged: ids.length,
    });
    expect(outcome).toMatchObject({ status: "added" });
  }, 60000);
});
