import { useRef, type FocusEvent, type MouseEvent } from "react";
import { NOT_ESTIMATED, expectedEffect, isRange, type YearEffect } from "../engine/initiative";
import type { Language } from "../i18n/language";
import type { PaneTexts } from "../i18n/paneTexts";
import type { WorkbookTexts } from "../i18n/workbookTexts";
import { formatUnderstood } from "./initiativeDraft";
import { parseAmountFor } from "./parseAmountFor";
import { parseYearEffectFor, type PaneYearEffectParse } from "./parseYearEffectFor";

/** What an amount field holds once read: its value, or why not in the UI language. */
export type AmountFieldRead = { ok: true; value: YearEffect } | { ok: false; message: string };

/**
 * The edit form's amount fields: read strictly by the UI language (a year's field may hold a
 * range, `ranges`; the full-year effect is one amount), what was understood for the hint
 * beside a changed field, and the focus behaviour that selects a lone "-" so typing replaces it.
 */
export function useAmountFields(language: Language, texts: PaneTexts, workbookTexts: WorkbookTexts) {
  // The amount field just focused by a click: its mouseup must not undo the selection.
  const selectedOnFocus = useRef<EventTarget | null>(null);
  const parse = (text: string, ranges: boolean): PaneYearEffectParse =>
    ranges ? parseYearEffectFor(text, language) : parseAmountFor(text, language);
  const amount = (value: number) => formatUnderstood(value, language);
  const describe = ({ problem }: Extract<PaneYearEffectParse, { ok: false }>) => {
    if (problem.code === "lowAboveHigh")
      return texts.form.lowAboveHigh(problem.found, amount(problem.low), amount(problem.high));
    if (problem.code === "wrongDecimalMark")
      return texts.form.wrongDecimalMark(problem.found, problem.suggestion);
    // The workbook's message gives a Danish example, which in English would read as a decimal.
    if (problem.code === "notANumber") return texts.form.notAnAmount(problem.found);
    return (workbookTexts.amountProblems[problem.code] as (p: unknown) => string)(problem);
  };
  return {
    /** A field's value; one the user did not touch keeps its exact value, whatever its shown form. */
    read(text: string, shown: string, original: YearEffect, ranges: boolean): AmountFieldRead {
      if (text === shown) return { ok: true, value: original };
      const parsed = parse(text, ranges);
      return parsed.ok ? parsed : { ok: false, message: describe(parsed) };
    },
    /** Beside an amount the user changed: what BAR reads from it, before anything is saved. */
    understood(text: string, shown: string, ranges: boolean): string | undefined {
      if (text === shown) return undefined;
      const parsed = parse(text, ranges);
      if (!parsed.ok) return undefined;
      const { value } = parsed;
      if (value === NOT_ESTIMATED) return texts.form.understoodNotEstimated;
      if (!isRange(value)) return texts.form.understood(amount(value));
      const expected = amount(expectedEffect(value) as number);
      return texts.form.understoodRange(amount(value.low), amount(value.high), expected);
    },
    // A field that holds only "-" (not estimated) is selected on focus, so typing replaces it.
    focus: {
      onFocus: (event: FocusEvent<HTMLInputElement>) => {
        if (event.currentTarget.value.trim() !== "-") return;
        event.currentTarget.select();
        selectedOnFocus.current = event.currentTarget;
      },
      onMouseUp: (event: MouseEvent<HTMLInputElement>) => {
        if (selectedOnFocus.current === event.currentTarget) event.preventDefault();
        selectedOnFocus.current = null;
      },
    },
  };
}
