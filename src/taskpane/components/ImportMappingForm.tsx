import { Body1, Field, Select, Subtitle2, makeStyles } from "@fluentui/react-components";
import { useId } from "react";
import { cellText, HEADER_SEARCH_ROWS } from "../../engine/importHeader";
import type { ImportMapping, SourceGrid } from "../../engine/importMapping";
import {
  IMPORT_TEXT_FIELDS,
  yearField,
  type ImportField,
  type ImportUnit,
} from "../../engine/importVocabulary";
import type { CellValue } from "../../engine/workbookProblem";
import type { ImportTexts } from "../../i18n/importTexts";

/** Props of {@link ImportMappingForm}. */
export type ImportMappingFormProps = {
  grid: SourceGrid;
  mapping: ImportMapping;
  years: readonly number[];
  texts: ImportTexts;
  onHeaderRow: (row: number) => void;
  onField: (column: number, field: ImportField) => void;
  onUnit: (unit: ImportUnit) => void;
};

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: "8px" },
  columns: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(160px, 1fr))", gap: "8px" },
  // A long header row in the option must not push the select out of the pane.
  settings: { display: "flex", flexDirection: "column", rowGap: "8px", "& select": { minWidth: 0 } },
});

const UNITS: readonly ImportUnit[] = ["thousands", "kroner", "millions"];

/** A header or title as an option shows it: the start of its first filled cells. */
function rowPreview(row: readonly CellValue[]): string {
  const text = row
    .map(cellText)
    .filter((cell) => cell !== "")
    .slice(0, 3)
    .join(" | ");
  return text.length > 48 ? `${text.slice(0, 47)}…` : text;
}

/** The guessed mapping, to correct: the header row, the unit, and what each column becomes. */
export function ImportMappingForm(props: ImportMappingFormProps) {
  const { grid, mapping, years, texts } = props;
  const styles = useStyles();
  const headingId = useId();
  const t = texts.mapping;
  const header = grid.values[mapping.headerRow] ?? [];
  const candidates = grid.values.slice(0, HEADER_SEARCH_ROWS);
  const fields: ImportField[] = ["ignore", ...IMPORT_TEXT_FIELDS, ...years.map(yearField)];
  const label = (field: ImportField) =>
    field.startsWith("year:") ? field.slice(5) : t.fields[field as keyof typeof t.fields];

  return (
    <section className={styles.form} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t.heading}
      </Subtitle2>
      <Body1 as="p">{t.intro}</Body1>
      <div className={styles.settings}>
        <Field label={t.headerRow}>
          <Select
            value={String(mapping.headerRow)}
            onChange={(_, data) => props.onHeaderRow(Number(data.value))}
          >
            {candidates.map((row, at) => (
              <option key={at} value={at}>
                {t.headerRowOption(String(grid.firstRow + at), rowPreview(row))}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.unit}>
          <Select value={mapping.unit} onChange={(_, data) => props.onUnit(data.value as ImportUnit)}>
            {UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {t.units[unit]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.columns}>
        {grid.columns.map((letter, column) => (
          <Field key={letter} label={t.column(letter, cellText(header[column] ?? ""))}>
            <Select
              value={mapping.fields[column] ?? "ignore"}
              onChange={(_, data) => props.onField(column, data.value as ImportField)}
            >
              {fields.map((field) => (
                <option key={field} value={field}>
                  {label(field)}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
    </section>
  );
}
