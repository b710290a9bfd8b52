import { appendCheckResult, queueAppend, queueAppendCheck } from "./appendRows";
import { readRecentChangeLog, logRows, type ChangeEntry } from "./changeLog";
import { withoutLogged } from "./observedChanges";
import { TABLE_NAMES } from "./schema";
import { syncExpecting } from "./tableAccess";

/** How much of the log's tail is searched for what BAR logged since the previous read. */
const RECENT_ENTRIES = 2_000;

/** What logging observed changes came to: how many entries were written (0 when BAR had logged them all). */
export type ObservedLogResult = { status: "logged"; entries: number } | { status: "noLog" };

/**
 * Writes to BAR_ChangeLog the changes the pane saw between two reads that nobody logged:
 * edits typed straight into the tables, by this user or a co-author without BAR. Reads the
 * log's last entries (two round trips), leaves out what is logged since `since`, and
 * appends the rest (one more). Two panes that see the same change both check first; only
 * a check within the same round trip can log it twice, never lose it.
 */
export async function logObservedChanges(
  context: Excel.RequestContext,
  observed: readonly ChangeEntry[],
  since: Date,
): Promise<ObservedLogResult> {
  const log = await readRecentChangeLog(context, RECENT_ENTRIES);
  const missing = withoutLogged(observed, log, since);
  if (missing.length === 0) return { status: "logged", entries: 0 };
  const check = queueAppendCheck(context, TABLE_NAMES.changeLog, missing.length);
  const problems = await syncExpecting(context, [{ table: TABLE_NAMES.changeLog }]);
  const state = appendCheckResult(check);
  if (problems.length > 0 || "problems" in state) return { status: "noLog" };
  queueAppend(context, TABLE_NAMES.changeLog, logRows(state.header, missing));
  await context.sync();
  return { status: "logged", entries: missing.length };
}
