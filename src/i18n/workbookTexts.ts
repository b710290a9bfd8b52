import type { SurplusRule } from "../engine/carryForward";
import type { FocusArea, InitiativeKind, InitiativeProblem, Status } from "../engine/initiative";
import type { AmountProblem } from "../engine/parseAmount";
import type { ProblemSeverity, Repair, WorkbookProblem } from "../engine/workbookProblem";
import type { YearsProblem } from "../engine/years";

type ByKey<T extends { key: string }> = { [K in T["key"]]: (problem: Extract<T, { key: K }>) => string };
type ByCode<T extends { code: string }> = { [K in T["code"]]: (problem: Extract<T, { code: K }>) => string };
type ByKind<T extends { kind: string }> = { [K in T["kind"]]: (repair: Extract<T, { kind: K }>) => string };

/**
 * The words for the store's problems and repairs, the form's validation and the stored
 * codes, in one language; the compiler checks that each language has every key.
 */
export type WorkbookTexts = {
  severity: Record<ProblemSeverity, string>;
  /** What is wrong and where; the repair, if any, is worded by `repairs`. */
  problems: ByKey<WorkbookProblem>;
  /** The label of the button that carries out a repair. */
  repairs: ByKind<Repair>;
  initiativeProblems: ByCode<InitiativeProblem>;
  amountProblems: ByCode<AmountProblem>;
  yearsProblems: ByCode<YearsProblem>;
  /** Display names of the codes stored in the tables. */
  statuses: Record<Status, string>;
  focusAreas: Record<FocusArea, string>;
  kinds: Record<InitiativeKind, string>;
  surplusRules: Record<SurplusRule, string>;
  /** How the "-" of a year without an estimate reads in a sentence. */
  notEstimated: string;
};
