import { challengeLines } from "../engine/challenges";
import { InputError } from "../engine/inputError";
import { NOT_ESTIMATED } from "../engine/parseAmount";
import { exactEstimate, type Estimate } from "../engine/parseRange";
import { CASES, CHALLENGED_MEASURE, checkStrategyCases, type YearCases } from "../engine/scenarioCases";
import type { StrategyStatus } from "../engine/strategy";
import type { WorkbookData } from "../excel/toWorkbookData";
import { formatNumber } from "../i18n/formatNumber";
import type { PaneTexts } from "../i18n/paneTexts";

/** One year of the strategy as the pane shows it: the expected case's status, and why in words. */
export type StrategyRow = { year: number; status: StrategyStatus | "MISSING"; why: string };

/**
 * The strategy year by year under the coming challenges (BAR_Challenges), or null while a
 * measure the rules name has no figures. The status is the expected case's; the words say
 * where the other cases differ ("Brud i det pessimistiske tilfælde"). A year with a
 * challenge not estimated is unknown, and says so; what the estimated challenges alone
 * would give is added as just that, never as the year's status.
 */
export function toStrategyRows(data: WorkbookData, texts: PaneTexts): StrategyRow[] | null {
  const lines = challengeLines(data.challenges, data.years);
  const checks = check(data, lines);
  if (checks === null) return null;
  // The same check with the unknown challenges left out, for the "estimated alone" sentence.
  const unknown = lines.some((line) => line.includes(NOT_ESTIMATED));
  const known = unknown
    ? check(
        data,
        lines.map((line) => line.map((cost): Estimate => (cost === NOT_ESTIMATED ? exactEstimate(0) : cost))),
      )
    : null;
  const t = texts.overview;
  const measureName = (measure: string) => t.measureNames[measure] ?? measure;
  const amount = (value: number | null) => (value === null ? "-" : formatNumber(value));
  const caseWords = (year: YearCases) => {
    const check = year.expected;
    if (check.status === "MISSING") return [];
    const failed = check.failedRules.map((rule) =>
      t.ruleFailed(
        measureName(rule.measure),
        amount(year.figures.expected[rule.measure]),
        rule.comparison,
        formatNumber(rule.threshold),
        rule.severity,
      ),
    );
    const cases = (["pessimistic", "optimistic"] as const).flatMap((scenario) => {
      const other = year[scenario].status;
      return other !== check.status && other !== "MISSING" ? [t.strategyInCase(other, scenario)] : [];
    });
    const headroom = CASES.map((scenario) => year.figures[scenario][CHALLENGED_MEASURE] ?? null);
    const after = data.challenges.length > 0 && headroom.every((value) => value !== null);
    return [
      failed.join("; "),
      cases.join("; "),
      after ? t.headroomAfterChallenges(...(headroom.map(amount) as [string, string, string])) : "",
    ].filter(Boolean);
  };
  return checks.map((year, index) => {
    const status = year.expected.status;
    if (status !== "MISSING") return { year: data.years[index], status, why: sentences(caseWords(year)) };
    const unknown = data.challenges.filter(
      (challenge) => challenge.costs[data.years[index]] === NOT_ESTIMATED,
    );
    const missing = year.expected.missingMeasures.filter(
      (measure) => measure !== CHALLENGED_MEASURE || data.measures[measure]?.[index] === null,
    );
    const alone = known && missing.length === 0 ? known[index] : null;
    const why = [
      missing.map(measureName).join(", "),
      unknown.length > 0
        ? t.challengesUnknown(
            formatNumber(unknown.length),
            unknown.map((challenge) => challenge.name).join(", "),
          )
        : "",
      alone && alone.expected.status !== "MISSING"
        ? t.estimatedChallengesAlone(t.strategyStatus[alone.expected.status], sentences(caseWords(alone)))
        : "",
    ];
    return { year: data.years[index], status, why: why.filter(Boolean).join(" ") };
  });
}

/** Parts of an explanation as sentences: each ends with its full stop (a part ending "mio. kr." has it). */
function sentences(parts: readonly string[]): string {
  return parts.map((part) => (/[.)]$/.test(part) ? part : `${part}.`)).join(" ");
}

function check(data: WorkbookData, challenges: Estimate[][]): YearCases[] | null {
  try {
    const measures = Object.fromEntries(
      Object.entries(data.measures).map(([measure, values]) => [
        measure,
        values.map((value) => (value === null ? NOT_ESTIMATED : exactEstimate(value))),
      ]),
    );
    return checkStrategyCases({ measures, challenges }, data.strategy);
  } catch (error) {
    // A measure without figures is the normal state before the user points BAR at them.
    if (error instanceof InputError) return null;
    throw error;
  }
}
