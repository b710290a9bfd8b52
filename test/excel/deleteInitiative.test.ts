import { readChangeLog } from "../../src/excel/changeLog";
import { deleteInitiative } from "../../src/excel/deleteInitiative";
import { TABLE_NAMES } from "../../src/excel/schema";
import { readWith, setUpFake, stampBy, describeEachHost, tableCells } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];

async function seed() {
  const { workbook, client } = await setUpFake();
  const data = await readWith(client);
  return { workbook, client, initiatives: data.initiatives };
}

describeEachHost("deleteInitiative", () => {
  it("removes the row from BAR_Initiatives and keeps every other initiative as it was", async () => {
    const { client, initiatives } = await seed();
    const result = await client.run((context) =>
      deleteInitiative(context, initiatives[1], YEARS, stampBy("Anna")),
    );
    expect(result.status).toBe("deleted");
    const after = (await readWith(client)).initiatives;
    expect(after).toEqual(initiatives.filter((initiative) => initiative.id !== initiatives[1].id));
  });

  it("logs the whole row, cell by cell, after a (deleted) entry naming the initiative", async () => {
    const { workbook, client, initiatives } = await seed();
    const header = tableCells(workbook, TABLE_NAMES.initiatives)[0];
    const row = tableCells(workbook, TABLE_NAMES.initiatives)[2];
    await client.run((context) => deleteInitiative(context, initiatives[1], YEARS, stampBy("Anna")));
    const log = await client.run((context) => readChangeLog(context, initiatives[1].id));
    const deleted = log.slice(-header.length - 1);
    expect(deleted[0]).toMatchObject({ field: "(deleted)", oldValue: initiatives[1].name, by: "Anna" });
    expect(deleted.slice(1).map((entry) => [entry.field, entry.oldValue, entry.newValue])).toEqual(
      header.map((column, at) => [column, String(row[at]), ""]),
    );
  });

  it("deletes nothing when a co-author changed the initiative since the user saw it", async () => {
    const { workbook, client, initiatives } = await seed();
    const bo = workbook.createClient("Bo");
    const before = tableCells(workbook, TABLE_NAMES.initiatives);
    const cell = before[0].indexOf("Owner");
    bo.type(`BAR!${String.fromCharCode(65 + cell)}3`, [["Bo"]]);
    const result = await client.run((context) =>
      deleteInitiative(context, initiatives[1], YEARS, stampBy("Anna")),
    );
    expect(result).toMatchObject({ status: "changed", columns: ["Owner"], theirs: { owner: "Bo" } });
    expect((await readWith(client)).initiatives).toHaveLength(initiatives.length);
  });

  it("says the initiative is gone when someone deleted it first", async () => {
    const { workbook, client, initiatives } = await seed();
    workbook.createClient("Bo").deleteTableRow(TABLE_NAMES.initiatives, 1);
    const result = await client.run((context) =>
      deleteInitiative(context, initiatives[1], YEARS, stampBy("Anna")),
    );
    expect(result).toEqual({ status: "notFound", id: initiatives[1].id });
  });

  it("clears a table's only row instead of deleting it, leaving no initiative", async () => {
    const { workbook, client, initiatives } = await seed();
    const bo = workbook.createClient("Bo");
    for (let left = initiatives.length; left > 1; left--) bo.deleteTableRow(TABLE_NAMES.initiatives, 0);
    const last = (await readWith(client)).initiatives[0];
    const result = await client.run((context) => deleteInitiative(context, last, YEARS, stampBy("Anna")));
    expect(result.status).toBe("deleted");
    expect((await readWith(client)).initiatives).toEqual([]);
  });

  it("puts back a row deleted by mistake when a co-author removed a row above it meanwhile", async () => {
    const { workbook, client, initiatives } = await seed();
    const bo = workbook.createClient("Bo");
    let trips = 0;
    client.roundTrip = async () => {
      // Between the check (first round trip) and the delete (second), Bo deletes row 0.
      if (++trips === 2) bo.deleteTableRow(TABLE_NAMES.initiatives, 0);
    };
    const result = await client.run((context) =>
      deleteInitiative(context, initiatives[1], YEARS, stampBy("Anna")),
    );
    expect(result).toEqual({ status: "moved", id: initiatives[1].id });
    const ids = (await readWith(client)).initiatives.map((initiative) => initiative.id).sort();
    expect(ids).toEqual(
      initiatives
        .slice(1)
        .map((initiative) => initiative.id)
        .sort(),
    );
    const log = await client.run((context) => readChangeLog(context, initiatives[1].id));
    expect(log.at(-1)).toMatchObject({ field: "(delete undone)" });
  });

  it("takes two round trips", async () => {
    const { client, initiatives } = await seed();
    const context = client.newContext();
    await deleteInitiative(context.asExcel(), initiatives[1], YEARS, stampBy("Anna"));
    expect(context.syncCount).toBe(2);
  });
});
