import { readChangeLog } from "../../src/excel/changeLog";
import { saveInitiative, type InitiativeEdit } from "../../src/excel/saveInitiative";
import { TABLE_NAMES } from "../../src/excel/schema";
import { writeNewBudgetYear } from "../../src/excel/writeNewBudgetYear";
import type { FakeExcelClient } from "../../src/preview/officeFake/fakeExcel";
import { describeEachHost, readWith, setUpFake, stampBy, tableCells } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];

async function seed() {
  const { workbook, client } = await setUpFake();
  const header = tableCells(workbook, TABLE_NAMES.initiatives)[0] as string[];
  const cell = (name: string, row: number) => `BAR!${String.fromCharCode(65 + header.indexOf(name))}${row}`;
  const data = await readWith(client);
  return { workbook, client, cell, header, unge: data.initiatives[1] };
}

const save = (client: FakeExcelClient, edit: InitiativeEdit) =>
  client.run((context) => saveInitiative(context, edit, YEARS, stampBy("Anna")));

const cellOf = (workbook: Awaited<ReturnType<typeof seed>>["workbook"], row: number, column: string) => {
  const rows = tableCells(workbook, TABLE_NAMES.initiatives);
  return rows[row][(rows[0] as string[]).indexOf(column)];
};

describeEachHost("a year cell holding a range", () => {
  it("is saved as text in BAR's Danish notation, logged so, and reads back as the same range", async () => {
    const { workbook, client, unge } = await seed();
    const result = await save(client, {
      base: unge,
      changes: { effects: { 2023: { low: -1500, high: -900 } } },
    });
    expect(result.status).toBe("saved");
    expect(cellOf(workbook, 2, "2023")).toBe("-1.500 til -900");
    const reread = (await readWith(client)).initiatives.find((initiative) => initiative.id === unge.id);
    expect(reread?.effects[2023]).toEqual({ low: -1500, high: -900 });
    const log = await client.run((context) => readChangeLog(context, unge.id));
    expect(log.at(-1)).toMatchObject({ field: "2023", newValue: "-1.500 til -900" });
  });

  it("keeps decimals of both ends exactly", async () => {
    const { client, unge } = await seed();
    await save(client, { base: unge, changes: { effects: { 2022: { low: -0.3, high: -0.1 } } } });
    const reread = (await readWith(client)).initiatives.find((initiative) => initiative.id === unge.id);
    expect(reread?.effects[2022]).toEqual({ low: -0.3, high: -0.1 });
  });

  it("reads the documents' own form typed into the sheet, and the English form", async () => {
    const { client, cell } = await seed();
    client.type(cell("2022", 3), [["7,5-14,5"]]);
    client.type(cell("2023", 3), [["'-1,500 to -900"]]);
    client.type(cell("2024", 3), [["ukendt p.t."]]);
    client.type(cell("2021", 3), [["'-900 til -900"]]);
    const data = await readWith(client);
    expect(data.initiatives[1].effects).toMatchObject({
      2021: -900,
      2022: { low: 7.5, high: 14.5 },
      2023: { low: -1500, high: -900 },
      2024: "notEstimated",
    });
    expect(
      data.problems.filter((problem) => "table" in problem && problem.table === TABLE_NAMES.initiatives),
    ).toEqual([]);
  });

  it("refuses a range with its low end above its high end and names the cell; it is not swapped", async () => {
    const { client, cell, unge } = await seed();
    client.type(cell("2022", 3), [["14,5-7,5"]]);
    const data = await readWith(client);
    expect(data.initiatives[1].effects[2022]).toBe("notEstimated");
    expect(data.problems).toContainEqual(
      expect.objectContaining({ key: "invalidRange", id: unge.id, column: "2022", low: 14.5, high: 7.5 }),
    );
    expect(data.problems.find((problem) => problem.key === "invalidRange")).not.toHaveProperty("repair");
  });

  it("is no change when saved again unchanged, written in either notation", async () => {
    const { client, cell, unge } = await seed();
    client.type(cell("2022", 3), [["7,5-14,5"]]);
    const typed = (await readWith(client)).initiatives[1];
    const result = await save(client, {
      base: typed,
      changes: { effects: { 2022: { low: 7.5, high: 14.5 } } },
    });
    expect(result.status).toBe("unchanged");
    expect(unge.id).toBe(typed.id);
  });

  it("carries into a new budget year as the range, when last year's estimate is carried", async () => {
    const { workbook, client, unge } = await seed();
    await save(client, { base: unge, changes: { effects: { 2024: { low: -1500, high: -900 } } } });
    const plan = {
      from: { budgetYear: 2021, estimateYears: 3 },
      to: { budgetYear: 2022, estimateYears: 3 },
      carry: "lastYear",
      targets: {},
    } as const;
    const result = await client.run((context) => writeNewBudgetYear(context, plan, stampBy("Anna")));
    expect(result.status).toBe("started");
    expect(cellOf(workbook, 2, "2025")).toBe("-1.500 til -900");
  });
});
