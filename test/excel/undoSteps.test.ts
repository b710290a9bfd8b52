import { blankInitiative } from "../../src/engine/initiative";
import { createBarStore } from "../../src/excel/barStore";
import { SEED_002_SETTINGS } from "../../src/excel/seed002";
import { writeStatusReport } from "../../src/excel/writeStatusReport";
import { toExcelNamespace } from "../../src/preview/officeFake/excelEnums";
import type { FakeExcelClient } from "../../src/preview/officeFake/fakeExcel";
import { readWith, setUpFake } from "../support/fakeExcel";
import { REPORT_TEXTS } from "../support/reportTexts";

const YEARS = [2021, 2022, 2023, 2024];
const many = Array.from({ length: 3000 }, (_, index) => ({
  ...blankInitiative(`U-${index}`, YEARS),
  name: `Initiativ ${index}`,
  note: "x".repeat(2000),
}));

async function importWith(client: FakeExcelClient, mergeUndoGroup: boolean) {
  const store = createBarStore({ run: client.run, user: () => "Anna", mergeUndoGroup });
  await store.read();
  const before = client.undo.steps.length;
  expect((await store.addInitiatives(many)).status).toBe("added");
  return client.undo.steps.slice(before);
}

describe("one action, one Ctrl+Z", () => {
  it("makes an import in several blocks one undo step where Excel groups (ExcelApi 1.20)", async () => {
    const { client } = await setUpFake({ example: false, settings: SEED_002_SETTINGS });
    const steps = await importWith(client, true);
    expect(steps).toHaveLength(1);
    expect(steps[0]).toBeGreaterThan(1);
  });

  it("leaves each block its own step without the group, or on an Excel before 1.20", async () => {
    const plain = await setUpFake({ example: false, settings: SEED_002_SETTINGS });
    const old = await setUpFake(
      { example: false, settings: SEED_002_SETTINGS },
      { apiVersions: { ExcelApi: "1.19", CustomFunctionsRuntime: "1.3" } },
    );
    expect((await importWith(plain.client, false)).length).toBeGreaterThan(1);
    expect((await importWith(old.client, true)).length).toBeGreaterThan(1);
  });

  it("writes the status report as one step, with nothing Excel on the web cannot undo", async () => {
    const { client } = await setUpFake();
    (globalThis as { Excel?: unknown }).Excel = toExcelNamespace(client);
    try {
      const before = client.undo.steps.length;
      const data = await readWith(client);
      await client.run({ mergeUndoGroup: true }, (context) => writeStatusReport(context, data, REPORT_TEXTS));
      await client.run({ mergeUndoGroup: true }, (context) => writeStatusReport(context, data, REPORT_TEXTS));
      expect(client.undo.steps.length - before).toBe(2);
    } finally {
      delete (globalThis as { Excel?: unknown }).Excel;
    }
  });

  it("fails a group with UndoNotSupported for a member that has no undo on the web", async () => {
    const { client } = await setUpFake();
    await expect(
      client.run({ mergeUndoGroup: true }, async (context) => {
        context.workbook.names.add("N", "BAR!A1", "a comment");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "UndoNotSupported" });
  });
});
