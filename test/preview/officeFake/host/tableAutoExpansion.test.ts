import { tableOnSheet } from "../../../support/tableOnSheet";
import { FakeWorkbook, type FakeExcelClient } from "../../../../src/preview/officeFake/fakeExcel";
import { hostProfile, type HostProfile } from "../../../../src/preview/officeFake/host/hostProfile";

function withTable(profile: HostProfile = hostProfile("web")) {
  return tableOnSheet(
    "T",
    [
      ["Id", "Name"],
      ["1", "Første"],
    ],
    profile,
  );
}

async function write(client: FakeExcelClient, address: string, values: unknown[][]): Promise<void> {
  await client.run(async (context) => {
    context.workbook.worksheets.getItem("Ark1").getRange(address).values = values as Excel.Range["values"];
    await context.sync();
  });
}

const tableAddress = (workbook: FakeWorkbook) => workbook.model.tables.byName("T")?.block;

describe("tables grow over data set next to them", () => {
  it("expands a table over values set in the row directly below it", async () => {
    const { workbook, client } = withTable();
    await write(client, "A3:B4", [
      ["2", "Anden"],
      ["3", "Tredje"],
    ]);
    expect(tableAddress(workbook)).toMatchObject({ row: 0, rows: 4, columns: 2 });
  });

  it("does not expand over blank rows", async () => {
    const { workbook, client } = withTable();
    await write(client, "A3:B3", [["", ""]]);
    expect(tableAddress(workbook)).toMatchObject({ rows: 2 });
  });

  it("does not expand over values set one row further down", async () => {
    const { workbook, client } = withTable();
    await write(client, "A4:B4", [["4", "Fjerde"]]);
    expect(tableAddress(workbook)).toMatchObject({ rows: 2 });
  });

  it("does not expand over number formats alone", async () => {
    const { workbook, client } = withTable();
    await client.run(async (context) => {
      context.workbook.worksheets.getItem("Ark1").getRange("A3:B3").numberFormat = [["@", "@"]];
      await context.sync();
    });
    expect(tableAddress(workbook)).toMatchObject({ rows: 2 });
  });

  it("expands sideways over a header name set directly to its right", async () => {
    const { workbook, client } = withTable();
    await write(client, "C1:C2", [["Note"], ["x"]]);
    expect(tableAddress(workbook)).toMatchObject({ columns: 3 });
    expect(workbook.model.tables.columnNames(workbook.model.tables.byName("T")!)).toEqual([
      "Id",
      "Name",
      "Note",
    ]);
  });

  it("grows twice when code resizes by a relative amount after writing below (the defect the store avoids)", async () => {
    const { workbook, client } = withTable();
    await client.run(async (context) => {
      const table = context.workbook.tables.getItem("T");
      table.getDataBodyRange().getLastRow().getOffsetRange(1, 0).values = [["2", "Anden"]];
      table.resize(table.getRange().getResizedRange(1, 0));
      await context.sync();
    });
    expect(tableAddress(workbook)).toMatchObject({ rows: 4 });
  });

  it("can be switched off to show what the store does on a host that does not expand", async () => {
    const { workbook, client } = withTable(hostProfile("web", { autoExpandTables: false }));
    await write(client, "A3:B3", [["2", "Anden"]]);
    expect(tableAddress(workbook)).toMatchObject({ rows: 2 });
  });
});
