import type { WorkbookProblem } from "../engine/workbookProblem";
import { decodeText } from "./cells";
import { columnsOf, tableKeyOf } from "./schema";
import { mapColumns } from "./columnMap";

/**
 * How the store reaches tables and columns it expects. Microsoft documents what an
 * `…OrNullObject` result is (its `isNullObject`), not what its children do before that is
 * known (docs/develop/application-specific-api-model.md, "*OrNullObject methods and
 * properties"), so the store never chains calls onto one. Instead it asks with `getItem`,
 * which "throws an ItemNotFound exception" when the item is missing (same page): the
 * normal case costs no extra round trip, and only a broken workbook pays for finding out
 * what is missing.
 */

/** Office's error code of a failed sync ("ItemNotFound", …), or "" for anything else. */
export function officeCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
}

/** True for the errors Excel gives a request or response over its size limits (docs/excel/performance.md). */
export function isPayloadLimit(error: unknown): boolean {
  const code = officeCode(error);
  return (
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "ResponsePayloadSizeLimitExceeded" ||
    // Over five million cells Excel answers with a general failure; the read is split too.
    (code === "GeneralException" && /cells for read/i.test(String((error as Error).message)))
  );
}

/** A table the batch expects, and the columns it asked for with `columns.getItem`. */
export type ExpectedTable = { table: string; columns?: readonly string[] };

/**
 * Syncs a batch that used `getItem` on tables (and columns) it expects. Returns [] when all
 * were there; when Office failed the batch with ItemNotFound, finds out in one or two more
 * round trips which tables or columns are missing and returns them as problems (the batch
 * itself did nothing: read batches only). Any other failure is rethrown.
 */
export async function syncExpecting(
  context: Excel.RequestContext,
  expected: readonly ExpectedTable[],
  years: readonly number[] = [],
): Promise<WorkbookProblem[]> {
  try {
    await context.sync();
    return [];
  } catch (error) {
    if (officeCode(error) !== "ItemNotFound") throw error;
    const problems = await findMissing(context, expected, years);
    if (problems.length === 0) throw error;
    return problems;
  }
}

/** The names among `names` that are tables in the workbook, in one round trip. */
export async function existingTables(
  context: Excel.RequestContext,
  names: readonly string[],
): Promise<string[]> {
  const probes = names.map((name) => ({ name, table: context.workbook.tables.getItemOrNullObject(name) }));
  await context.sync();
  return probes.filter((probe) => !probe.table.isNullObject).map((probe) => probe.name);
}

async function findMissing(
  context: Excel.RequestContext,
  expected: readonly ExpectedTable[],
  years: readonly number[],
): Promise<WorkbookProblem[]> {
  const present = new Set(
    await existingTables(
      context,
      expected.map((entry) => entry.table),
    ),
  );
  const problems: WorkbookProblem[] = expected
    .filter((entry) => !present.has(entry.table))
    .map((entry) => ({
      key: "tableMissing",
      severity: "error",
      table: entry.table,
      repair: { kind: "setUp" },
    }));
  if (problems.length > 0) return problems;
  const withColumns = expected.filter((entry) => (entry.columns ?? []).length > 0);
  const headers = withColumns.map((entry) => ({
    entry,
    header: context.workbook.tables.getItem(entry.table).getHeaderRowRange().load("values"),
  }));
  await context.sync();
  for (const { entry, header } of headers) {
    const key = tableKeyOf(entry.table);
    const names = header.values[0].map((cell) => decodeText(cell).trim().toLowerCase());
    const specs = key ? columnsOf(key, years) : [];
    const mapped = mapColumns(
      { name: entry.table, header: header.values[0], rows: [], bodyAddress: "A1" },
      specs,
    );
    for (const column of entry.columns ?? []) {
      if (names.includes(column.toLowerCase())) continue;
      const known = mapped.problems.find(
        (problem) => problem.key === "columnMissing" && problem.column.toLowerCase() === column.toLowerCase(),
      );
      problems.push(
        known ?? { key: "columnMissing", severity: "error", table: entry.table, column, renamedTo: null },
      );
    }
  }
  return problems;
}
