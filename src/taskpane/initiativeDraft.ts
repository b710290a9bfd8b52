import {
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  NOT_ESTIMATED,
  effectIn,
  isRange,
  type Initiative,
  type YearEffect,
} from "../engine/initiative";
import { RANGE_WORDS } from "../engine/parseRange";
import type { Language } from "../i18n/language";

/** What the edit form holds while the user types: every field as text, amounts as shown. */
export type Draft = Record<
  "name" | "authorityArea" | "coreArea" | "owner" | "note" | "fullYearEffect",
  string
> & {
  kind: Initiative["kind"];
  focusArea: Initiative["focusArea"];
  status: Initiative["status"];
  effects: Record<number, string>;
};

// Exact and readable back by parseAmountFor in the same language: Danish with thousands
// points; English without grouping, which reads more plainly in a field. Never rounded, so an
// untouched amount saves unchanged.
const EDIT_FORMATS = {
  da: new Intl.NumberFormat("da-DK", { maximumFractionDigits: 10 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 10, useGrouping: false }),
};
// What BAR understood, grouped in both languages so -1.257 and -1,257 look as different as they are.
const UNDERSTOOD_FORMATS = {
  da: new Intl.NumberFormat("da-DK", { maximumFractionDigits: 10 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 10 }),
};
/** An effect as an edit field shows it: exact, readable back by parseYearEffectFor; "-" for none. */
export const showEffect = (effect: YearEffect, language: Language): string => {
  if (effect === NOT_ESTIMATED) return "-";
  const format = EDIT_FORMATS[language];
  if (!isRange(effect)) return format.format(effect);
  return `${format.format(effect.low)} ${RANGE_WORDS[language]} ${format.format(effect.high)}`;
};

/** The text fields with a length limit, and their limits. */
export const TEXT_LIMITS = {
  name: MAX_NAME_LENGTH,
  owner: MAX_NAME_LENGTH,
  authorityArea: MAX_NAME_LENGTH,
  coreArea: MAX_NAME_LENGTH,
  note: MAX_TEXT_LENGTH,
} as const;
export type LimitedField = keyof typeof TEXT_LIMITS;

/** The form's starting text for an initiative, amounts in the UI language's form. */
export function toDraft(initiative: Initiative, years: number[], language: Language): Draft {
  return {
    kind: initiative.kind,
    name: initiative.name,
    authorityArea: initiative.authorityArea,
    coreArea: initiative.coreArea,
    focusArea: initiative.focusArea,
    status: initiative.status,
    owner: initiative.owner,
    note: initiative.note,
    fullYearEffect: showEffect(initiative.fullYearEffect, language),
    effects: Object.fromEntries(
      years.map((year) => [year, showEffect(effectIn(initiative, year), language)]),
    ),
  };
}

/** A value BAR read from an amount field, shown beside it before anything is saved. */
export function formatUnderstood(value: number, language: Language): string {
  return UNDERSTOOD_FORMATS[language].format(value);
}
