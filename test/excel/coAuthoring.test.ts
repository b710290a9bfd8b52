import { STATUSES, type Initiative } from "../../src/engine/initiative";
import { readChangeLog } from "../../src/excel/changeLog";
import {
  resolveConflict,
  saveInitiative,
  type InitiativeEdit,
  type SaveResult,
} from "../../src/excel/saveInitiative";
import { setUpWorkbook } from "../../src/excel/setUpWorkbook";
import type { FakeExcelClient } from "../../src/preview/officeFake/fakeExcel";
import { readWith, stampBy, describeEachHost, newWorkbook } from "../support/fakeExcel";

const YEARS = [2021, 2022, 2023, 2024];

/** Two co-authors on one workbook set up with the seed. */
async function coAuthors() {
  const workbook = newWorkbook();
  const anna = workbook.createClient("Anna");
  const bo = workbook.createClient("Bo");
  await anna.run((context) => setUpWorkbook(context, { example: true }, stampBy("Anna")));
  return { workbook, anna, bo };
}

function save(client: FakeExcelClient, edit: InitiativeEdit): Promise<SaveResult> {
  return client.run((context) => saveInitiative(context, edit, YEARS, stampBy(client.name)));
}

/** A small deterministic generator (mulberry32), so a failing run can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describeEachHost("two co-authors on one workbook", () => {
  it("keeps both edits when they change different initiatives at the same time", async () => {
    const { anna, bo } = await coAuthors();
    const [annaSees, boSees] = await Promise.all([readWith(anna), readWith(bo)]);
    await Promise.all([
      save(anna, { base: annaSees.initiatives[1], changes: { status: "decided" } }),
      save(bo, { base: boSees.initiatives[2], changes: { owner: "Bo" } }),
    ]);
    const after = (await readWith(anna)).initiatives;
    expect([after[1].status, after[2].owner]).toEqual(["decided", "Bo"]);
  });

  it("surfaces a conflict when both change the same field of the same initiative", async () => {
    const { anna, bo } = await coAuthors();
    const [annaSees, boSees] = await Promise.all([readWith(anna), readWith(bo)]);
    const results = await Promise.all([
      save(anna, { base: annaSees.initiatives[1], changes: { effects: { 2022: -1300 } } }),
      save(bo, { base: boSees.initiatives[1], changes: { effects: { 2022: -1400 } } }),
    ]);
    // Both checks ran before either write, so the later writer learns it overwrote the other.
    expect(results.map((result) => result.status)).toEqual(["saved", "overwrote"]);
  });

  it("shows the later writer both versions of the cell", async () => {
    const { anna, bo } = await coAuthors();
    const [annaSees, boSees] = await Promise.all([readWith(anna), readWith(bo)]);
    const [, second] = await Promise.all([
      save(anna, { base: annaSees.initiatives[1], changes: { effects: { 2022: -1300 } } }),
      save(bo, { base: boSees.initiatives[1], changes: { effects: { 2022: -1400 } } }),
    ]);
    expect(second).toMatchObject({
      status: "overwrote",
      conflicts: [{ column: "2022", base: -1257, mine: -1400, theirs: "-1300" }],
      theirs: { effects: { 2022: -1300 } },
    });
  });

  it("puts the co-author's value back when the later writer keeps theirs", async () => {
    const { anna, bo } = await coAuthors();
    const [annaSees, boSees] = await Promise.all([readWith(anna), readWith(bo)]);
    const [, second] = await Promise.all([
      save(anna, { base: annaSees.initiatives[1], changes: { effects: { 2022: -1300 } } }),
      save(bo, { base: boSees.initiatives[1], changes: { effects: { 2022: -1400 } } }),
    ]);
    if (second.status !== "overwrote") throw new Error(second.status);
    const restore = resolveConflict(second, "keepTheirs", YEARS);
    expect(restore && (await save(bo, restore)).status).toBe("saved");
    expect((await readWith(anna)).initiatives[1].effects[2022]).toBe(-1300);
  });

  it("finds the conflict before writing when the other save finished first", async () => {
    const { anna, bo } = await coAuthors();
    const [annaSees, boSees] = await Promise.all([readWith(anna), readWith(bo)]);
    await save(anna, { base: annaSees.initiatives[1], changes: { effects: { 2022: -1300 } } });
    const late = await save(bo, { base: boSees.initiatives[1], changes: { effects: { 2022: -1400 } } });
    expect(late).toMatchObject({
      status: "conflict",
      conflicts: [{ column: "2022", base: -1257, mine: -1400, theirs: -1300 }],
    });
  });

  it("loses nothing in 1,000 interleaved edits (seeded)", async () => {
    const { anna, bo } = await coAuthors();
    const next = random(20210420);
    const ids = (await readWith(anna)).initiatives.map((initiative) => initiative.id);
    for (const client of [anna, bo]) {
      // Each round trip waits 0–3 microtasks, so the two clients' batches interleave differently every time.
      client.roundTrip = async () => {
        for (let wait = Math.floor(next() * 4); wait > 0; wait--) await Promise.resolve();
      };
    }
    let applied = 0;
    let conflicts = 0;
    let overwrittenReported = 0;
    const edit = async (client: FakeExcelClient, base: Initiative, n: number): Promise<void> => {
      const pick = next();
      const changes: InitiativeEdit["changes"] =
        pick < 0.3
          ? { status: STATUSES[Math.floor(next() * 5)] }
          : pick < 0.6
            ? { note: `${client.name} ${n}` }
            : { effects: { [YEARS[Math.floor(next() * 4)]]: -Math.floor(next() * 5000) } };
      let result = await save(client, { base, changes });
      for (;;) {
        if (result.status === "saved" || result.status === "overwrote")
          applied += result.changedColumns.length;
        if (result.status === "overwrote") overwrittenReported += result.conflicts.length;
        if (result.status !== "conflict" && result.status !== "overwrote") break;
        conflicts++;
        const resolved = resolveConflict(result, next() < 0.5 ? "keepMine" : "keepTheirs", YEARS);
        if (resolved === null) return;
        result = await save(client, resolved);
      }
      if (result.status !== "saved" && result.status !== "unchanged")
        throw new Error(`edit ${n}: ${result.status}`);
    };
    for (let round = 0; round < 500; round++) {
      const [annaSees, boSees] = await Promise.all([readWith(anna), readWith(bo)]);
      const pickFrom = (initiatives: Initiative[]) => {
        const id = ids[Math.floor(next() * 3)];
        return initiatives.find((line) => line.id === id) as Initiative;
      };
      await Promise.all([
        edit(anna, pickFrom(annaSees.initiatives), 2 * round),
        edit(bo, pickFrom(boSees.initiatives), 2 * round + 1),
      ]);
    }

    const log = (await anna.run((context) => readChangeLog(context))).filter(
      (entry) => entry.table === "BAR_Initiatives" && !entry.field.startsWith("("),
    );
    expect(log).toHaveLength(applied);
    expect(conflicts).toBeGreaterThan(0);
    // A write that did not see the one before it on the same cell shows as a break in the log's chain
    // of old → new values; every such break must have been reported to its writer as "overwrote".
    const lastNew = new Map<string, string>();
    let breaks = 0;
    for (const entry of log) {
      const cell = `${entry.id}|${entry.field}`;
      if (lastNew.has(cell) && lastNew.get(cell) !== entry.oldValue) breaks++;
      lastNew.set(cell, entry.newValue);
    }
    expect(breaks).toBe(overwrittenReported);
    expect(overwrittenReported).toBeGreaterThan(0);
    // Replaying the log from the seed gives exactly what the workbook holds: no write was lost or overwritten unseen.
    const final = (await readWith(anna)).initiatives;
    for (const entry of log) {
      const later = log.filter((other) => other.id === entry.id && other.field === entry.field);
      if (later[later.length - 1] !== entry) continue;
      const initiative = final.find((line) => line.id === entry.id) as Initiative;
      const shown = /^\d{4}$/.test(entry.field)
        ? String(initiative.effects[Number(entry.field)])
        : String(initiative[entry.field.toLowerCase() as "status" | "note"]);
      expect(shown).toBe(entry.newValue);
    }
  }, 30000);
});
