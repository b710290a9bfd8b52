import { deletedInitiatives } from "../../src/excel/changeGroups";
import { readChangeLog, type ChangeEntry } from "../../src/excel/changeLog";
import { logObservedChanges } from "../../src/excel/logObservedChanges";
import { CO_AUTHOR, toObservedChanges } from "../../src/excel/observedChanges";
import { restoreInitiative } from "../../src/excel/restoreInitiative";
import { saveInitiative } from "../../src/excel/saveInitiative";
import { TABLE_NAMES } from "../../src/excel/schema";
import type { FakeExcelClient } from "../../src/preview/officeFake/fakeExcel";
import { readWith, setUpFake, stampBy, describeEachHost, tableCells } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];
const SINCE = new Date("2021-05-01T09:00:00.000Z");

async function seed() {
  const { workbook, client } = await setUpFake();
  const before = (await readWith(client)).initiatives;
  const column = (name: string) =>
    String.fromCharCode(65 + tableCells(workbook, TABLE_NAMES.initiatives)[0].indexOf(name));
  return { workbook, client, before, column };
}

/** What the pane does after a read: log what changed since the one before. */
async function observe(
  client: FakeExcelClient,
  before: Awaited<ReturnType<typeof seed>>["before"],
  by: string,
) {
  const after = (await readWith(client)).initiatives;
  const observed = toObservedChanges(before, after, YEARS, stampBy(by, "2021-05-01T11:00:00.000Z"));
  return client.run((context) => logObservedChanges(context, observed, SINCE));
}

const log = (client: FakeExcelClient): Promise<ChangeEntry[]> =>
  client.run((context) => readChangeLog(context));

describeEachHost("logging the edits typed into BAR_Initiatives", () => {
  it("logs a cell typed into the table, old and new value, with the name of the user whose Excel it was", async () => {
    const { client, before, column } = await seed();
    client.type(`BAR!${column("2022")}3`, [[-1300]]);
    expect(await observe(client, before, "Anna")).toEqual({ status: "logged", entries: 1 });
    expect((await log(client)).at(-1)).toMatchObject({
      by: "Anna",
      id: before[1].id,
      field: "2022",
      oldValue: String(before[1].effects[2022]),
      newValue: "-1300",
    });
  });

  it("names no one for a co-author's edit", async () => {
    const { workbook, client, before, column } = await seed();
    workbook.createClient("Bo").type(`BAR!${column("Owner")}3`, [["Bo"]]);
    await observe(client, before, CO_AUTHOR);
    expect((await log(client)).at(-1)).toMatchObject({ by: CO_AUTHOR, field: "Owner", newValue: "Bo" });
  });

  it("does not log again what BAR saved and logged itself", async () => {
    const { client, before } = await seed();
    await client.run((context) =>
      saveInitiative(context, { base: before[1], changes: { owner: "Carla" } }, YEARS, stampBy("Carla")),
    );
    const entries = (await log(client)).length;
    expect(await observe(client, before, "Anna")).toEqual({ status: "logged", entries: 0 });
    expect(await log(client)).toHaveLength(entries);
  });

  it("logs a change once when two panes see it", async () => {
    const { workbook, client, before, column } = await seed();
    const bo = workbook.createClient("Bo");
    workbook.createClient("Carla").type(`BAR!${column("Note")}4`, [["typed by Carla"]]);
    await observe(client, before, CO_AUTHOR);
    expect(await observe(bo, before, CO_AUTHOR)).toEqual({ status: "logged", entries: 0 });
    expect((await log(client)).filter((entry) => entry.newValue === "typed by Carla")).toHaveLength(1);
  });

  it("logs a row deleted by hand with all its cells, so the pane can restore it", async () => {
    const { client, before } = await seed();
    client.deleteTableRow(TABLE_NAMES.initiatives, 2);
    await observe(client, before, "Anna");
    expect(deletedInitiatives(await log(client)).map((group) => group.id)).toEqual([before[2].id]);
    await client.run((context) => restoreInitiative(context, before[2].id, YEARS, stampBy("Anna")));
    const back = (await readWith(client)).initiatives.find((initiative) => initiative.id === before[2].id);
    expect(back?.effects).toEqual(before[2].effects);
  });

  it("logs a row typed below the table as created", async () => {
    const { workbook, client, before, column } = await seed();
    const rows = tableCells(workbook, TABLE_NAMES.initiatives).length;
    client.type(`BAR!A${rows + 1}:${column("Name")}${rows + 1}`, [
      ["I-0100", "initiative", "Skrevet i arket"],
    ]);
    await observe(client, before, "Anna");
    expect((await log(client)).at(-1)).toMatchObject({
      field: "(created)",
      id: "I-0100",
      newValue: "Skrevet i arket",
    });
  });
});
