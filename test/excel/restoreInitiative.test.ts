import { addInitiatives } from "../../src/excel/addInitiatives";
import { deletedInitiatives, lastChangeBy } from "../../src/excel/changeGroups";
import { readChangeLog } from "../../src/excel/changeLog";
import { deleteInitiative } from "../../src/excel/deleteInitiative";
import { restoreInitiative } from "../../src/excel/restoreInitiative";
import { revertChange } from "../../src/excel/revertChange";
import { saveInitiative } from "../../src/excel/saveInitiative";
import { TABLE_NAMES } from "../../src/excel/schema";
import type { FakeExcelClient } from "../../src/preview/officeFake/fakeExcel";
import { readWith, setUpFake, stampBy, describeEachHost, tableCells } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];

async function seed() {
  const { workbook, client } = await setUpFake();
  const data = await readWith(client);
  return { workbook, client, initiatives: data.initiatives };
}

const log = (client: FakeExcelClient) => client.run((context) => readChangeLog(context));
const withoutStamp = <T extends { lastChanged?: unknown }>({ lastChanged: _, ...rest }: T) => rest;

describeEachHost("restoring and undoing from the change log", () => {
  it("restores a deleted initiative with every field as it was, logged (restored)", async () => {
    const { client, initiatives } = await seed();
    const gone = initiatives[2];
    await client.run((context) => deleteInitiative(context, gone, YEARS, stampBy("Anna")));
    expect(deletedInitiatives(await log(client)).map((group) => group.id)).toEqual([gone.id]);
    const result = await client.run((context) => restoreInitiative(context, gone.id, YEARS, stampBy("Bo")));
    expect(result.status).toBe("added");
    const back = (await readWith(client)).initiatives.find((initiative) => initiative.id === gone.id);
    expect(back && withoutStamp(back)).toEqual(withoutStamp(gone));
    expect((await log(client)).at(-1)).toMatchObject({ field: "(restored)", by: "Bo", id: gone.id });
    expect(deletedInitiatives(await log(client))).toEqual([]);
  });

  it("restores a column BAR does not know, as the log recorded it", async () => {
    const { workbook, client, initiatives } = await seed();
    const header = tableCells(workbook, TABLE_NAMES.initiatives)[0];
    const extra = String.fromCharCode(65 + header.length);
    client.type(`BAR!${extra}1:${extra}3`, [["Kontakt"], ["x"], ["Mette, 2211"]]);
    await client.run((context) => deleteInitiative(context, initiatives[1], YEARS, stampBy("Anna")));
    await client.run((context) => restoreInitiative(context, initiatives[1].id, YEARS, stampBy("Anna")));
    const rows = tableCells(workbook, TABLE_NAMES.initiatives);
    expect(rows.at(-1)?.at(-1)).toBe("Mette, 2211");
  });

  it("says so when the initiative is not deleted", async () => {
    const { client, initiatives } = await seed();
    const result = await client.run((context) =>
      restoreInitiative(context, initiatives[0].id, YEARS, stampBy("Anna")),
    );
    expect(result).toEqual({ status: "notDeleted", id: initiatives[0].id });
  });

  it("undoes my last save: the cells I changed get their old values", async () => {
    const { client, initiatives } = await seed();
    const unge = initiatives[1];
    await client.run((context) =>
      saveInitiative(
        context,
        { base: unge, changes: { status: "decided", effects: { 2022: -1300.5 } } },
        YEARS,
        stampBy("Anna"),
      ),
    );
    const last = lastChangeBy(await log(client), "Anna");
    expect(last?.cells.map((entry) => entry.field)).toEqual(["Status", "2022"]);
    const result = await client.run((context) => revertChange(context, last!, YEARS, stampBy("Anna")));
    expect(result).toMatchObject({ kind: "cells", outcome: { status: "saved" } });
    const after = (await readWith(client)).initiatives[1];
    expect([after.status, after.effects[2022]]).toEqual([unge.status, unge.effects[2022]]);
  });

  it("never overwrites a co-author's later change when undoing: it is a conflict", async () => {
    const { workbook, client, initiatives } = await seed();
    const unge = initiatives[1];
    await client.run((context) =>
      saveInitiative(context, { base: unge, changes: { owner: "Anna" } }, YEARS, stampBy("Anna")),
    );
    const bo = workbook.createClient("Bo");
    const boSees = (await readWith(bo)).initiatives[1];
    await bo.run((context) =>
      saveInitiative(context, { base: boSees, changes: { owner: "Bo" } }, YEARS, stampBy("Bo")),
    );
    const last = lastChangeBy(await log(client), "Anna");
    const result = await client.run((context) => revertChange(context, last!, YEARS, stampBy("Anna")));
    expect(result).toMatchObject({ kind: "cells", outcome: { status: "conflict" } });
    expect((await readWith(client)).initiatives[1].owner).toBe("Bo");
  });

  it("undoes a co-author's change as well as my own", async () => {
    const { workbook, client, initiatives } = await seed();
    const bo = workbook.createClient("Bo");
    await bo.run((context) =>
      saveInitiative(context, { base: initiatives[1], changes: { note: "Bo" } }, YEARS, stampBy("Bo")),
    );
    const theirs = lastChangeBy(await log(client), "Bo");
    await client.run((context) => revertChange(context, theirs!, YEARS, stampBy("Anna")));
    expect((await readWith(client)).initiatives[1].note).toBe(initiatives[1].note);
  });

  it("undoes a new initiative by deleting it", async () => {
    const { client, initiatives } = await seed();
    const fresh = { ...initiatives[1], id: "I-0100", name: "Nyt" };
    await client.run((context) => addInitiatives(context, [fresh], YEARS, stampBy("Anna")));
    const created = lastChangeBy(await log(client), "Anna");
    expect(created?.event).toBe("(created)");
    const current = (await readWith(client)).initiatives.find((initiative) => initiative.id === "I-0100");
    const result = await client.run((context) =>
      revertChange(context, created!, YEARS, stampBy("Anna"), current),
    );
    expect(result).toMatchObject({ kind: "delete", outcome: { status: "deleted" } });
    expect((await readWith(client)).initiatives.map((initiative) => initiative.id)).not.toContain("I-0100");
  });

  it("undoes a delete by restoring the row", async () => {
    const { client, initiatives } = await seed();
    await client.run((context) => deleteInitiative(context, initiatives[3], YEARS, stampBy("Anna")));
    const deleted = lastChangeBy(await log(client), "Anna");
    expect(deleted?.event).toBe("(deleted)");
    await client.run((context) => revertChange(context, deleted!, YEARS, stampBy("Anna")));
    const restored = lastChangeBy(await log(client), "Anna");
    expect(restored).toBeNull();
    expect((await readWith(client)).initiatives.map((initiative) => initiative.id)).toContain(
      initiatives[3].id,
    );
  });

  it("leaves set-ups and repairs to Excel's own undo", async () => {
    const { client } = await seed();
    expect(lastChangeBy(await log(client), "Anna")).toBeNull();
  });
});
