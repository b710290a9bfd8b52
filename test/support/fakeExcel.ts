import type { ChangeStamp } from "../../src/excel/changeLog";
import { readWorkbook } from "../../src/excel/readWorkbook";
import { setUpWorkbook, type SetUpOptions } from "../../src/excel/setUpWorkbook";
import type { WorkbookData } from "../../src/excel/toWorkbookData";
import { FakeWorkbook, type FakeExcelClient } from "../../src/preview/officeFake/fakeExcel";

/** A stamp at a fixed time, so log rows are predictable. */
export function stampBy(by: string, at = "2021-05-01T10:00:00.000Z"): ChangeStamp {
  return { by, at: new Date(at) };
}

/** A fake workbook with one client, set up (with the seed 002 example unless told otherwise). */
export async function setUpFake(options: SetUpOptions = { example: true }): Promise<{
  workbook: FakeWorkbook;
  client: FakeExcelClient;
}> {
  const workbook = new FakeWorkbook();
  const client = workbook.createClient("Anna");
  await client.run((context) => setUpWorkbook(context, options, stampBy("Anna")));
  return { workbook, client };
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
