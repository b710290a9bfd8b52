import type { ChangeStamp } from "../../src/excel/changeLog";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { setUpWorkbook, type SetUpOptions } from "../../src/excel/setUpWorkbook";
import type { WorkbookData } from "../../src/excel/toWorkbookData";
import { FakeWorkbook, type FakeExcelClient } from "../../src/preview/officeFake/fakeExcel";
import {
  HOST_KINDS,
  hostProfile,
  type HostKind,
  type HostProfile,
} from "../../src/preview/officeFake/host/hostProfile";

let currentHost: HostKind = "web";

/**
 * Runs a suite once under each host profile of the in-memory workbook (Excel on the web,
 * Windows, Mac): `newWorkbook` and `setUpFake` inside it make workbooks of that host.
 */
export function describeEachHost(title: string, suite: (host: HostKind) => void): void {
  describe.each(HOST_KINDS)(`${title} — Excel on %s`, (host) => {
    beforeAll(() => {
      currentHost = host;
    });
    afterAll(() => {
      currentHost = "web";
    });
    suite(host);
  });
}

/** A fake workbook of the current host (see describeEachHost), with profile overrides. */
export function newWorkbook(overrides: Partial<HostProfile> = {}): FakeWorkbook {
  return new FakeWorkbook(hostProfile(currentHost, overrides));
}

/** A stamp at a fixed time, so log rows are predictable. */
export function stampBy(by: string, at = "2021-05-01T10:00:00.000Z"): ChangeStamp {
  return { by, at: new Date(at) };
}

/** A fake workbook with one client, set up (with the seed 002 example unless told otherwise). */
export async function setUpFake(
  options: SetUpOptions = { example: true },
  overrides: Partial<HostProfile> = {},
): Promise<{
  workbook: FakeWorkbook;
  client: FakeExcelClient;
}> {
  const workbook = newWorkbook(overrides);
  const client = workbook.createClient("Anna");
  await client.run((context) => setUpWorkbook(context, options, stampBy("Anna")));
  return { workbook, client };
}

/**
 * A fake workbook set up before BAR gave the coded columns drop-downs: set up with the example,
 * then every validation in BAR_Initiatives removed.
 */
export async function setUpOldFake(
  overrides: Partial<HostProfile> = {},
): Promise<{ workbook: FakeWorkbook; client: FakeExcelClient }> {
  const fake = await setUpFake({ example: true }, overrides);
  await fake.client.run(async (context) => {
    context.workbook.tables.getItem("BAR_Initiatives").getDataBodyRange().dataValidation.clear();
    await context.sync();
  });
  return fake;
}

/** Reads the workbook through the store, as the pane does. */
export function readWith(client: FakeExcelClient): Promise<WorkbookData> {
  return client.run((context) => readWorkbook(context));
}

/** The cells of a table as the fake holds them, header first. */
export function tableCells(workbook: FakeWorkbook, name: string): unknown[][] {
  const table = workbook.model.tables.byName(name);
  if (!table) throw new Error(`no table ${name}`);
  return workbook.model.readBlock(table.block, (row, column) =>
    workbook.model.valueAt(table.block.sheetId, row, column),
  );
}

/**
 * What the pane reads, with the example's coming challenges (seed 000) left out: for tests
 * of seed 002's own figures and layout, which the challenges' rows would move.
 */
export async function readWithoutChallenges(client: FakeExcelClient): Promise<WorkbookData> {
  return { ...(await readWith(client)), challenges: [] };
}
