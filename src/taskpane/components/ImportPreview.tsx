import { Caption1, Subtitle2, makeStyles } from "@fluentui/react-components";
import { useId } from "react";
import type { ImportPlan, PlannedRow } from "../../engine/importRows";
import type { ImportTexts } from "../../i18n/importTexts";
import { formatNumber } from "../../i18n/formatNumber";
import type { Language } from "../../i18n/language";
import { AMOUNT_CELL, SimpleTable } from "./SimpleTable";

/** Props of {@link ImportPreview}. */
export type ImportPreviewProps = {
  plan: ImportPlan;
  years: readonly number[];
  texts: ImportTexts;
  language: Language;
};

/** Rows of the table shown; the rest are counted. Problems shown before "… and N more". */
const SHOWN_ROWS = 20;
const SHOWN_PROBLEMS = 50;

const useStyles = makeStyles({
  preview: { display: "flex", flexDirection: "column", rowGap: "8px" },
  list: { margin: 0, paddingInlineStart: "18px" },
});

/** What the import will do: how many initiatives, the first of them, every problem by row and column, and what is left out. */
export function ImportPreview({ plan, years, texts, language }: ImportPreviewProps) {
  const styles = useStyles();
  const headingId = useId();
  const tableId = useId();
  const problemsId = useId();
  const leftOutId = useId();
  const t = texts.preview;
  const num = (value: number) => formatNumber(value, language);
  const counts = plan.counts;
  const importing = plan.rows.filter((row) => row.outcome === "import");
  const problems = plan.rows.flatMap((row) =>
    row.problems.map((problem, index) => {
      const where =
        "column" in problem
          ? texts.cell(String(row.row), problem.column, problem.header)
          : texts.row(String(row.row));
      const describe = texts.problems[problem.code] as (p: typeof problem, where: string) => string;
      return {
        key: `${row.row}-${index}`,
        text: describe(problem, where),
      };
    }),
  );
  const leftOut = plan.rows.flatMap((row) => leftOutNote(row, texts, years));

  return (
    <section className={styles.preview} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t.heading}
      </Subtitle2>
      <div role="status">
        <ul className={styles.list}>
          <li>{t.summary(num(counts.import), counts.import)}</li>
          {counts.problem > 0 && <li>{t.withProblems(num(counts.problem), counts.problem)}</li>}
          {counts.empty > 0 && <li>{t.empty(num(counts.empty), counts.empty)}</li>}
        </ul>
      </div>
      {importing.length > 0 && (
        <>
          <SimpleTable labelledBy={tableId}>
            <caption id={tableId} hidden>
              {t.heading}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.authorityArea}</th>
                {years.map((year) => (
                  <th key={year} scope="col" className={AMOUNT_CELL}>
                    {year}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {importing.slice(0, SHOWN_ROWS).map((row) => (
                <tr key={row.row}>
                  <td>{row.name}</td>
                  <td>{row.initiative?.authorityArea}</td>
                  {years.map((year) => (
                    <td key={year} className={AMOUNT_CELL}>
                      {texts.amount(row.effects[year] ?? "notEstimated")}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </SimpleTable>
          {importing.length > SHOWN_ROWS && (
            <Caption1>{t.firstRows(num(SHOWN_ROWS), num(importing.length))}</Caption1>
          )}
        </>
      )}
      {problems.length > 0 && (
        <>
          <Subtitle2 as="h4" id={problemsId}>
            {t.problemsHeading}
          </Subtitle2>
          <ul className={styles.list} aria-labelledby={problemsId}>
            {problems.slice(0, SHOWN_PROBLEMS).map((problem) => (
              <li key={problem.key}>{problem.text}</li>
            ))}
            {problems.length > SHOWN_PROBLEMS && <li>{t.more(num(problems.length - SHOWN_PROBLEMS))}</li>}
          </ul>
        </>
      )}
      {leftOut.length > 0 && (
        <>
          <Subtitle2 as="h4" id={leftOutId}>
            {t.leftOutHeading}
          </Subtitle2>
          <ul className={styles.list} aria-labelledby={leftOutId}>
            {leftOut.slice(0, SHOWN_PROBLEMS).map((note) => (
              <li key={note.row}>{note.text}</li>
            ))}
            {leftOut.length > SHOWN_PROBLEMS && <li>{t.more(num(leftOut.length - SHOWN_PROBLEMS))}</li>}
          </ul>
        </>
      )}
    </section>
  );
}

/** Why a total, target or heading row is not imported; nothing for other rows. */
function leftOutNote(
  row: PlannedRow,
  texts: ImportTexts,
  years: readonly number[],
): { row: number; text: string }[] {
  const t = texts.preview;
  // Row numbers as Excel shows them: no thousands separator.
  const at = String(row.row);
  if (row.outcome === "total") return [{ row: row.row, text: t.total(at, row.name) }];
  if (row.outcome === "heading") return [{ row: row.row, text: t.headingRow(at, row.name) }];
  if (row.outcome !== "target") return [];
  const amounts = years
    .map((year) => `${year}: ${texts.amount(row.effects[year] ?? "notEstimated")}`)
    .join("; ");
  return [{ row: row.row, text: t.target(at, row.name, amounts) }];
}
