import { blankInitiative, type Initiative } from "../../src/engine/initiative";
import { addInitiatives } from "../../src/excel/addInitiatives";
import { readChangeLog } from "../../src/excel/changeLog";
import { TABLE_NAMES } from "../../src/excel/schema";
import type { FakeExcelClient } from "../../src/preview/officeFake/fakeExcel";
import { readWith, setUpFake, stampBy, tableCells, describeEachHost } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];

function initiative(id: string, overrides: Partial<Initiative> = {}): Initiative {
  return {
    ...blankInitiative(id, YEARS),
    name: `Initiativ ${id}`,
    effects: { ...blankInitiative(id, YEARS).effects, 2021: -10, 2022: -20 },
    ...overrides,
  };
}

function add(client: FakeExcelClient, initiatives: Initiative[]) {
  return client.run((context) => addInitiatives(context, initiatives, YEARS, stampBy("Anna")));
}

describeEachHost("addInitiatives", () => {
  it("adds an initiative below the table and grows the table over it", async () => {
    const { workbook, client } = await setUpFake();
    await add(client, [initiative("N-1")]);
    const cells = tableCells(workbook, TABLE_NAMES.initiatives);
    expect([cells.length, cells[8][0], cells[8][2]]).toEqual([9, "N-1", "Initiativ N-1"]);
  });

  it("stamps the new initiative and reads it back", async () => {
    const { client } = await setUpFake();
    await add(client, [initiative("N-1")]);
    const back = (await readWith(client)).initiatives.find((line) => line.id === "N-1");
    expect(back).toEqual({
      ...initiative("N-1"),
      lastChanged: { at: "2021-05-01T10:00:00.000Z", by: "Anna" },
    });
  });

  it("logs each new initiative as created", async () => {
    const { client } = await setUpFake();
    await add(client, [initiative("N-1"), initiative("N-2")]);
    const log = await client.run((context) => readChangeLog(context));
    expect(log.slice(-2).map((entry) => [entry.id, entry.field, entry.newValue])).toEqual([
      ["N-1", "(created)", "Initiativ N-1"],
      ["N-2", "(created)", "Initiativ N-2"],
    ]);
  });

  it("skips an id that is already there and says which", async () => {
    const { client } = await setUpFake();
    const result = await add(client, [initiative("S002-02"), initiative("N-1"), initiative("n-1")]);
    expect(result).toMatchObject({
      status: "added",
      skipped: [
        { index: 0, id: "S002-02", reason: "duplicateId" },
        { index: 2, id: "n-1", reason: "duplicateId" },
      ],
    });
  });

  it("refuses the whole add when one initiative is invalid, before any round trip", async () => {
    const { client } = await setUpFake();
    const context = client.newContext();
    const result = await addInitiatives(
      context.asExcel(),
      [initiative("N-1"), initiative("N-2", { name: "" })],
      YEARS,
      stampBy("A"),
    );
    expect([result.status, context.syncCount]).toEqual(["invalid", 0]);
  });

  it("does not overwrite a colleague's cells under the table", async () => {
    const { workbook, client } = await setUpFake();
    client.type("BAR!C10", [["mine"]]);
    const result = await add(client, [initiative("N-1"), initiative("N-2"), initiative("N-3")]);
    expect(result).toEqual({
      status: "blocked",
      problems: [
        { key: "blockedBelowTable", severity: "error", table: "BAR_Initiatives", address: "BAR!C10" },
      ],
    });
    expect(workbook.valueAt("BAR!C10")).toBe("mine");
  });

  it("imports 5,000 initiatives in two round trips with calculation suspended", async () => {
    const { workbook, client } = await setUpFake();
    const many = Array.from({ length: 5000 }, (_, index) => initiative(`M-${index}`));
    const context = client.newContext();
    await addInitiatives(context.asExcel(), many, YEARS, stampBy("Anna"));
    expect([context.syncCount, workbook.model.suspendedBatches]).toEqual([2, 1]);
    expect((await readWith(client)).initiatives).toHaveLength(5007);
  }, 30000);
});
