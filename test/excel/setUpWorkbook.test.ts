import { TABLE_KEYS, TABLE_NAMES } from "../../src/excel/schema";
import { setUpWorkbook } from "../../src/excel/setUpWorkbook";
import {
  readWith,
  setUpFake,
  stampBy,
  tableCells,
  describeEachHost,
  newWorkbook,
} from "../support/fakeExcel";

describeEachHost("setUpWorkbook", () => {
  it("creates every BAR table on a visible BAR sheet", async () => {
    const { workbook } = await setUpFake();
    const sheet = workbook.model.sheetByName("BAR");
    expect(sheet?.visibility).toBe("Visible");
    expect(workbook.model.tables.all().map((table) => [table.name, table.block.sheetId])).toEqual(
      TABLE_KEYS.map((key) => [TABLE_NAMES[key], sheet?.id]),
    );
  });

  it("reads back the seed example without problems", async () => {
    const { client } = await setUpFake();
    const data = await readWith(client);
    expect(data.problems).toEqual([]);
    expect(data.years).toEqual([2021, 2022, 2023, 2024]);
    expect(data.initiatives.map((initiative) => initiative.name)).toContain("Foranstaltninger for unge");
  });

  it("leaves other sheets exactly as they were", async () => {
    const workbook = newWorkbook();
    const client = workbook.createClient();
    workbook.model.addSheet("Budget");
    client.type("Budget!A1:B2", [
      ["Råderum", "=B2"],
      ['=HYPERLINK("x")', 70],
    ]);
    const before = [...(workbook.model.sheetByName("Budget")?.cells.entries() ?? [])];
    await client.run((context) => setUpWorkbook(context, { example: true }, stampBy("Anna")));
    expect([...(workbook.model.sheetByName("Budget")?.cells.entries() ?? [])]).toEqual(before);
    expect(workbook.model.sheets.map((sheet) => sheet.name)).toEqual(["Budget", "BAR"]);
  });

  it("keeps every table and its data when run again", async () => {
    const { workbook, client } = await setUpFake();
    const before = tableCells(workbook, TABLE_NAMES.initiatives);
    const result = await client.run((context) => setUpWorkbook(context, { example: true }, stampBy("Bo")));
    expect(result).toMatchObject({ created: [], restored: [], kept: TABLE_KEYS, exampleSkipped: true });
    expect(tableCells(workbook, TABLE_NAMES.initiatives)).toEqual(before);
  });
});
