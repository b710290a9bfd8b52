import { NOT_ESTIMATED, effectIn, expectedEffect, hasRange, type Status } from "../engine/initiative";
import { rangeSpans, type Certainty, type RangeSpan, type ReportLine } from "../engine/reportLines";
import { AMOUNT_FORMAT, NOT_ESTIMATED_CELL, TEXT_FORMAT, encodeText } from "./cells";
import type { ReportCell } from "./toStatusReport";

/** The words of the lines. */
export type LineTexts = {
  statuses: Record<Status, string>;
  /** A grouped line's Status cell: its certainty in a word. */
  certaintyWords: Record<Certainty, string>;
  /** A grouped line: `count` initiatives of `area` (null: the other areas together), `ranged` of them with a range. */
  others: (area: string | null, count: number, ranged: number) => string;
  /** The row under a line with ranges, e.g. "interval 2021–2024: -2.500 til -1.500". */
  rangeNote: (spans: readonly RangeSpan[]) => string;
};

/** A cell of user text (a name, a heading): the text format and apostrophe keep "=HYPERLINK(…)" as typed (encodeText). */
export const reportLabel = (value: string): ReportCell => ({
  value: encodeText(value).value as string,
  numberFormat: TEXT_FORMAT,
});

/**
 * A line's rows: its name, per year the amount (a range's exact midpoint, so the SUMs above
 * stay the expected case) or "-", and its status; for an initiative with ranges, a second
 * row saying which years are ranges and their ends. Its year cells are empty, so no SUM
 * takes it in, and the note has room to run over them.
 */
export function lineRows(line: ReportLine, years: readonly number[], texts: LineTexts): ReportCell[][] {
  const effect =
    line.kind === "initiative"
      ? (year: number) => expectedEffect(effectIn(line.initiative, year))
      : (year: number) => line.effects[year] ?? NOT_ESTIMATED;
  const name =
    line.kind === "initiative" ? line.initiative.name : texts.others(line.area, line.count, line.ranged);
  const status =
    line.kind === "initiative" && line.initiative.kind === "initiative"
      ? texts.statuses[line.initiative.status]
      : texts.certaintyWords[line.certainty];
  const rows = [
    [
      reportLabel(name),
      ...years.map((year) => {
        const amount = effect(year);
        return amount === NOT_ESTIMATED
          ? { value: NOT_ESTIMATED_CELL, numberFormat: TEXT_FORMAT }
          : { value: amount, numberFormat: AMOUNT_FORMAT };
      }),
      reportLabel(status),
    ],
  ];
  if (line.kind === "initiative" && hasRange(line.initiative, years)) {
    rows.push([reportLabel(texts.rangeNote(rangeSpans(line.initiative, years)))]);
  }
  return rows;
}
