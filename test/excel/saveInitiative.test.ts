import type { Initiative } from "../../src/engine/initiative";
import { readChangeLog } from "../../src/excel/changeLog";
import {
  resolveConflict,
  saveInitiative,
  type InitiativeEdit,
  type SaveResult,
} from "../../src/excel/saveInitiative";
import { TABLE_NAMES } from "../../src/excel/schema";
import type { FakeExcelClient } from "../../src/preview/officeFake/fakeExcel";
import { readWith, setUpFake, stampBy, describeEachHost } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];

async function seed() {
  const { workbook, client } = await setUpFake();
  const data = await readWith(client);
  return { workbook, client, unge: data.initiatives[1], analyse: data.initiatives[0] };
}

function save(client: FakeExcelClient, edit: InitiativeEdit, by = "Anna"): Promise<SaveResult> {
  return client.run((context) => saveInitiative(context, edit, YEARS, stampBy(by)));
}

async function reread(client: FakeExcelClient, id: string): Promise<Initiative | undefined> {
  return (await readWith(client)).initiatives.find((initiative) => initiative.id === id);
}

describeEachHost("saveInitiative", () => {
  it("saves a status change that reads back", async () => {
    const { client, unge } = await seed();
    await save(client, { base: unge, changes: { status: "decided" } });
    expect((await reread(client, unge.id))?.status).toBe("decided");
  });

  it("uses two round trips", async () => {
    const { client, unge } = await seed();
    const context = client.newContext();
    await saveInitiative(context.asExcel(), { base: unge, changes: { owner: "Bo" } }, YEARS, stampBy("Anna"));
    expect(context.syncCount).toBe(2);
  });

  it("stamps who changed the initiative and when", async () => {
    const { client, unge } = await seed();
    await save(client, { base: unge, changes: { owner: "Bo" } }, "Carla");
    expect((await reread(client, unge.id))?.lastChanged).toEqual({
      at: "2021-05-01T10:00:00.000Z",
      by: "Carla",
    });
  });

  it("logs every changed cell with its old and new value", async () => {
    const { client, unge } = await seed();
    await save(client, { base: unge, changes: { status: "decided", effects: { 2024: -1500 } } }, "Carla");
    const log = await client.run((context) => readChangeLog(context, unge.id));
    expect(log).toEqual([
      {
        time: "2021-05-01T10:00:00.000Z",
        by: "Carla",
        table: "BAR_Initiatives",
        id: "S002-02",
        field: "Status",
        oldValue: "estimated",
        newValue: "decided",
      },
      {
        time: "2021-05-01T10:00:00.000Z",
        by: "Carla",
        table: "BAR_Initiatives",
        id: "S002-02",
        field: "2024",
        oldValue: "-1257",
        newValue: "-1500",
      },
    ]);
  });

  it("stores zero as zero and not estimated as -", async () => {
    const { client, unge } = await seed();
    await save(client, { base: unge, changes: { effects: { 2021: 0, 2022: "notEstimated" } } });
    expect((await reread(client, unge.id))?.effects).toMatchObject({ 2021: 0, 2022: "notEstimated" });
  });

  it.each([
    '=HYPERLINK("http://example.com","klik")',
    "+45 1234",
    "@foo",
    "-minus",
    "'quoted",
    "0045",
    "TRUE",
    "1.257",
  ])("keeps the name %p as text, never a formula", async (name) => {
    const { workbook, client, unge } = await seed();
    await save(client, { base: unge, changes: { name } });
    expect((await reread(client, unge.id))?.name).toBe(name);
    const sheet = workbook.model.sheetByName("BAR");
    expect(sheet && workbook.model.cell(sheet.id, 2, 2)?.formula).toBeNull();
  });

  it("round-trips Danish letters, emoji and a 2,000-character note", async () => {
    const { client, unge } = await seed();
    const note = "Æblegrød på øen, så åen 👩‍👧‍👦🎉 ".repeat(80).slice(0, 2000);
    await save(client, { base: unge, changes: { name: "Særlige tilbud – ÆØÅ æøå 😀", note } });
    const back = await reread(client, unge.id);
    expect([back?.name, back?.note]).toEqual(["Særlige tilbud – ÆØÅ æøå 😀", note]);
  });

  it("refuses an invalid edit before any round trip", async () => {
    const { client, unge } = await seed();
    const context = client.newContext();
    const result = await saveInitiative(
      context.asExcel(),
      { base: unge, changes: { name: "" } },
      YEARS,
      stampBy("A"),
    );
    expect([result.status, context.syncCount]).toEqual(["invalid", 0]);
  });

  it("writes and logs nothing for an edit that changes nothing", async () => {
    const { client, unge } = await seed();
    expect((await save(client, { base: unge, changes: { name: unge.name } })).status).toBe("unchanged");
    expect(await client.run((context) => readChangeLog(context, unge.id))).toEqual([]);
  });

  it("reports a row that is gone", async () => {
    const { client, unge } = await seed();
    client.type("BAR!A3", [["X-1"]]);
    expect(await save(client, { base: unge, changes: { owner: "Bo" } })).toEqual({
      status: "notFound",
      id: "S002-02",
    });
  });

  it("refuses to save while the change log is missing", async () => {
    const { client, unge } = await seed();
    client.deleteTable(TABLE_NAMES.changeLog, false);
    expect(await save(client, { base: unge, changes: { owner: "Bo" } })).toMatchObject({
      status: "blocked",
      problems: [{ key: "tableMissing", table: "BAR_ChangeLog" }],
    });
  });
});

describeEachHost("saveInitiative with a co-author's change in between", () => {
  it("surfaces both versions when the same field was changed", async () => {
    const { client, unge } = await seed();
    await save(client, { base: unge, changes: { status: "decided" } }, "Bo");
    const result = await save(client, { base: unge, changes: { status: "dropped" } }, "Anna");
    expect(result).toMatchObject({
      status: "conflict",
      conflicts: [{ column: "Status", base: "estimated", mine: "dropped", theirs: "decided" }],
      theirs: { status: "decided" },
    });
  });

  it("writes nothing when there is a conflict", async () => {
    const { client, unge } = await seed();
    await save(client, { base: unge, changes: { status: "decided" } }, "Bo");
    await save(client, { base: unge, changes: { status: "dropped", owner: "Anna" } }, "Anna");
    expect(await reread(client, unge.id)).toMatchObject({ status: "decided", owner: "" });
  });

  it("keeps both edits when they touch different fields", async () => {
    const { client, unge } = await seed();
    await save(client, { base: unge, changes: { status: "decided" } }, "Bo");
    expect((await save(client, { base: unge, changes: { owner: "Anna" } }, "Anna")).status).toBe("saved");
    expect(await reread(client, unge.id)).toMatchObject({ status: "decided", owner: "Anna" });
  });

  it("does not call the same change by both a conflict", async () => {
    const { client, unge } = await seed();
    await save(client, { base: unge, changes: { status: "decided" } }, "Bo");
    expect((await save(client, { base: unge, changes: { status: "decided" } }, "Anna")).status).toBe(
      "unchanged",
    );
  });

  it("saves mine on keep mine", async () => {
    const { client, unge } = await seed();
    await save(client, { base: unge, changes: { status: "decided" } }, "Bo");
    const conflict = await save(client, { base: unge, changes: { status: "dropped" } }, "Anna");
    if (conflict.status !== "conflict") throw new Error(conflict.status);
    const resolved = resolveConflict(conflict, "keepMine", YEARS);
    expect(resolved && (await save(client, resolved, "Anna")).status).toBe("saved");
    expect((await reread(client, unge.id))?.status).toBe("dropped");
  });

  it("leaves nothing to save on keep theirs when that was the only change", async () => {
    const { client, unge } = await seed();
    await save(client, { base: unge, changes: { status: "decided" } }, "Bo");
    const conflict = await save(client, { base: unge, changes: { status: "dropped" } }, "Anna");
    if (conflict.status !== "conflict") throw new Error(conflict.status);
    expect(resolveConflict(conflict, "keepTheirs", YEARS)).toBeNull();
  });

  it("keeps my other changes on keep theirs", async () => {
    const { client, unge } = await seed();
    await save(client, { base: unge, changes: { status: "decided" } }, "Bo");
    const conflict = await save(
      client,
      { base: unge, changes: { status: "dropped", note: "mit notat" } },
      "Anna",
    );
    if (conflict.status !== "conflict") throw new Error(conflict.status);
    const resolved = resolveConflict(conflict, "keepTheirs", YEARS);
    expect(resolved && (await save(client, resolved, "Anna")).status).toBe("saved");
    expect(await reread(client, unge.id)).toMatchObject({ status: "decided", note: "mit notat" });
  });

  it("settles column by column", async () => {
    const { client, unge } = await seed();
    await save(client, { base: unge, changes: { status: "decided", effects: { 2023: -1300 } } }, "Bo");
    const conflict = await save(
      client,
      { base: unge, changes: { status: "dropped", effects: { 2023: -1400 } } },
      "Anna",
    );
    if (conflict.status !== "conflict") throw new Error(conflict.status);
    const resolved = resolveConflict(conflict, { Status: "theirs", "2023": "mine" }, YEARS);
    expect(resolved && (await save(client, resolved, "Anna")).status).toBe("saved");
    expect(await reread(client, unge.id)).toMatchObject({ status: "decided", effects: { 2023: -1400 } });
  });
});
