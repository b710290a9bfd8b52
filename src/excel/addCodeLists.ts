import type { Repair } from "../engine/workbookProblem";
import { parseAddress, toAddress } from "./a1";
import { appendCheckResult, queueAppend, queueAppendCheck } from "./appendRows";
import { LOG_EVENTS, logEntry, logRows, type ChangeEntry, type ChangeStamp } from "./changeLog";
import { codeListColumns, queueCodeList, queueCodeListCheck, uncheckedCellsOf } from "./codeLists";
import type { RepairResult } from "./repairWorkbook";
import { TABLE_NAMES, tableKeyOf } from "./schema";
import { syncExpecting, type ExpectedTable } from "./tableAccess";

/**
 * Puts the drop-down of the allowed codes on the cells of the repair's coded columns that
 * have no validation rule, in two round trips: what each column has now (checked again, as
 * a co-author may have changed it) and the change log's free rows; then the rules and the log
 * entries. A cell that has any rule, BAR's list or a colleague's, is left as it is: Office
 * refuses a rule over cells whose validation differs (office-js #2594), and replacing a
 * colleague's rule unasked would lose it. No value is written.
 */
export async function addCodeLists(
  context: Excel.RequestContext,
  repair: Extract<Repair, { kind: "addCodeLists" }>,
  stamp: ChangeStamp,
): Promise<RepairResult> {
  const wanted = repair.columns.flatMap(({ table, column }) => {
    const key = tableKeyOf(table);
    const spec =
      key && codeListColumns(key).find((candidate) => candidate.name.toLowerCase() === column.toLowerCase());
    return key && spec ? [{ key, spec }] : [];
  });
  if (wanted.length === 0 || wanted.length !== repair.columns.length) return { status: "stale" };
  const checks = wanted.map(({ key, spec }) => ({
    key,
    spec,
    check: queueCodeListCheck(context, key, spec.name),
  }));
  const log = queueAppendCheck(context, TABLE_NAMES.changeLog, wanted.length);
  const expected: ExpectedTable[] = [...new Set(wanted.map(({ key }) => key))].map((key) => ({
    table: TABLE_NAMES[key],
    columns: wanted.filter((entry) => entry.key === key).map(({ spec }) => spec.name),
  }));
  const missing = await syncExpecting(context, [...expected, { table: TABLE_NAMES.changeLog }]);
  // A table or column of the repair changed since the problem was found: read again.
  const tables = new Set(expected.map((entry) => entry.table));
  if (missing.some((problem) => "table" in problem && tables.has(problem.table))) return { status: "stale" };
  if (missing.length > 0) return { status: "blocked", problems: missing };
  const logState = appendCheckResult(log);
  if ("problems" in logState) return { status: "blocked", problems: logState.problems };

  const entries: ChangeEntry[] = [];
  for (const { key, spec, check } of checks) {
    const body = parseAddress(check.body.address);
    const gaps = uncheckedCellsOf(check);
    if (!body || gaps.length === 0) continue;
    const column = () =>
      context.workbook.tables.getItem(TABLE_NAMES[key]).columns.getItem(spec.name).getDataBodyRange();
    // Relative to the column's body, as appends are (appendRows.ts), so the cells are found when the batch runs.
    for (const gap of gaps)
      queueCodeList(
        column()
          .getRow(gap.row - body.row)
          .getResizedRange(gap.rows - 1, 0),
        spec,
      );
    const where = gaps.map(toAddress).join(", ");
    entries.push(
      logEntry(stamp, TABLE_NAMES[key], "", LOG_EVENTS.codeListAdded, "", `${spec.name}: ${where}`),
    );
  }
  // Nothing lacks its drop-down any more (a co-author added them): the next read shows that.
  if (entries.length === 0) return { status: "stale" };
  queueAppend(context, TABLE_NAMES.changeLog, logRows(logState.header, entries));
  await context.sync();
  return { status: "repaired" };
}
