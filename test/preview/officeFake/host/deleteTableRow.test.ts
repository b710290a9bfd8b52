import { tableOnSheet } from "../../../support/tableOnSheet";

const CELLS = [
  ["Id", "Name"],
  ["a", "Alpha"],
  ["b", "Beta"],
  ["c", "Gamma"],
];

describe("TableRow.delete in the in-memory workbook", () => {
  it("removes the row, moves the rows below up and shortens the table", async () => {
    const { workbook, client } = tableOnSheet("T", CELLS);
    await client.run(async (context) => {
      context.workbook.tables.getItem("T").rows.getItemAt(0).delete();
      await context.sync();
    });
    const body = await client.run(async (context) => {
      const range = context.workbook.tables.getItem("T").getDataBodyRange().load("values");
      await context.sync();
      return range.values;
    });
    expect(body).toEqual([
      ["b", "Beta"],
      ["c", "Gamma"],
    ]);
    expect(workbook.valueAt("Ark1!A4")).toBe("");
  });

  it("moves the user's cells below the table in its columns up with it, and no others", async () => {
    const { workbook, client } = tableOnSheet("T", CELLS);
    client.type("Ark1!A7:C7", [["under A", "under B", "beside"]]);
    await client.run(async (context) => {
      context.workbook.tables.getItem("T").rows.getItemAt(1).delete();
      await context.sync();
    });
    expect([workbook.valueAt("Ark1!A6"), workbook.valueAt("Ark1!B6"), workbook.valueAt("Ark1!C7")]).toEqual([
      "under A",
      "under B",
      "beside",
    ]);
  });

  it("reads a row's cells in the same request, before it is deleted", async () => {
    const { client } = tableOnSheet("T", CELLS);
    const seen = await client.run(async (context) => {
      const row = context.workbook.tables.getItem("T").rows.getItemAt(2);
      const range = row.getRange().load("values");
      row.delete();
      await context.sync();
      return range.values;
    });
    expect(seen).toEqual([["c", "Gamma"]]);
  });

  it("refuses to delete a table's only body row (not documented)", async () => {
    const { client } = tableOnSheet("T", CELLS.slice(0, 2));
    await expect(
      client.run(async (context) => {
        context.workbook.tables.getItem("T").rows.getItemAt(0).delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("refuses a delete that would shift part of another table", async () => {
    const { workbook, client } = tableOnSheet("T", CELLS);
    await client.run(async (context) => {
      context.workbook.tables.add("Ark1!B8:C9", true).name = "Below";
      await context.sync();
    });
    await expect(
      client.run(async (context) => {
        context.workbook.tables.getItem("T").rows.getItemAt(0).delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(workbook.valueAt("Ark1!A2")).toBe("a");
  });

  it("fails a position past the last row with ItemNotFound", async () => {
    const { client } = tableOnSheet("T", CELLS);
    await expect(
      client.run(async (context) => {
        context.workbook.tables.getItem("T").rows.getItemAt(3).delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
