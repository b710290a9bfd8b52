import { describeEachHost, newWorkbook } from "../support/fakeExcel";
import { createBarStore, type ExcelRun } from "../../src/excel/barStore";
import { StoreError } from "../../src/excel/storeError";
import { FakeOfficeError } from "../../src/preview/officeFake/fakeOfficeError";

function store() {
  const workbook = newWorkbook();
  const client = workbook.createClient();
  const barStore = createBarStore({
    run: client.run,
    user: () => "Anna",
    now: () => new Date("2021-05-01T10:00:00Z"),
  });
  return { workbook, client, barStore };
}

describeEachHost("createBarStore", () => {
  it("sets up, reads and saves through one object", async () => {
    const { barStore } = store();
    await barStore.setUp({ example: true });
    const base = (await barStore.read()).initiatives[1];
    expect(await barStore.saveInitiative({ base, changes: { owner: "Bo" } })).toMatchObject({
      status: "saved",
      initiative: { owner: "Bo", lastChanged: { by: "Anna", at: "2021-05-01T10:00:00.000Z" } },
    });
  });

  it("reads a save's row back as a read: no undo step of its own, whatever the host can group", async () => {
    const workbook = newWorkbook();
    const client = workbook.createClient();
    const options: unknown[] = [];
    const run = ((first: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<unknown>) => {
      options.push(first);
      return client.run(first, batch);
    }) as ExcelRun;
    const barStore = createBarStore({ run, user: () => "Anna", mergeUndoGroup: true });
    await barStore.setUp({ example: true });
    const data = await barStore.read();
    const saved = await barStore.saveInitiative({ base: data.initiatives[1], changes: { owner: "Bo" } });
    if (saved.status !== "saved") throw new Error(saved.status);
    options.length = 0;
    await barStore.settleOwnWrites([saved.written], data, false);
    expect(options).toEqual([{ delayForCellEdit: true }]);
  });

  it("reads the horizon first when a write comes before any read", async () => {
    const { client, barStore } = store();
    await barStore.setUp({ example: true });
    const before = client.contexts.length;
    await barStore.saveCells("settings", "StaleAfterDays", [{ column: "Value", from: "60", to: 90 }]);
    expect(client.contexts.length - before).toBe(2);
  });

  it("turns an Office failure into a StoreError carrying Office's code", async () => {
    const failing = createBarStore({
      run: () => Promise.reject(new FakeOfficeError("ItemNotFound", "gone")),
      user: () => "Anna",
    });
    await expect(failing.readChangeLog()).rejects.toEqual(
      new StoreError("readChangeLog", "ItemNotFound", "gone"),
    );
  });

  it("names the operation that failed", async () => {
    const failing = createBarStore({ run: () => Promise.reject(new Error("offline")), user: () => "Anna" });
    await expect(failing.read()).rejects.toMatchObject({ operation: "read", code: "Unknown" });
  });
});

describeEachHost("createBarStore while the user types in a cell", () => {
  it("waits for the user to leave the cell instead of failing with InvalidOperationInCellEditMode", async () => {
    const { client, barStore } = store();
    await barStore.setUp({ example: true });
    client.cellEdit.enter();
    let done = false;
    const read = barStore.read().then((data) => {
      done = true;
      return data;
    });
    // A co-author's batch, which is not held, runs to the end meanwhile; ours must still wait.
    const other = client.workbook.createClient("Bo");
    await other.run((context) => context.sync());
    expect(done).toBe(false);
    client.cellEdit.leave();
    expect((await read).initiatives).toHaveLength(7);
  });
});
