import { FakeWorkbook, type FakeExcelClient } from "../../src/preview/officeFake/fakeExcel";
import { hostProfile, type HostProfile } from "../../src/preview/officeFake/host/hostProfile";

/** A workbook with sheet Ark1 holding `cells` from A1, made a table named `name` (header first). */
export function tableOnSheet(
  name: string,
  cells: string[][],
  profile: HostProfile = hostProfile("web"),
): { workbook: FakeWorkbook; client: FakeExcelClient } {
  const workbook = new FakeWorkbook(profile);
  const client = workbook.createClient("Anna");
  const sheet = workbook.model.addSheet("Ark1");
  workbook.model.writeBlock(
    { sheetId: sheet.id, row: 0, column: 0, rows: cells.length, columns: cells[0].length },
    "values",
    cells,
  );
  const block = { sheetId: sheet.id, row: 0, column: 0, rows: cells.length, columns: cells[0].length };
  workbook.model.tables.rename(workbook.model.tables.add(block), name);
  // As after typing: the set-up's changes and events are done with before the test begins.
  workbook.model.flush();
  return { workbook, client };
}
