import { Field, Input, makeStyles } from "@fluentui/react-components";
import type { FocusEvent, MouseEvent } from "react";

/** Props of {@link YearFields}. */
export type YearFieldsProps = {
  years: number[];
  legend: string;
  /** What is typed in each year's field. */
  values: Record<number, string>;
  onChange: (year: number, value: string) => void;
  /** Under a year's field: what BAR understood, or how to write an amount. */
  hintFor: (year: number) => string;
  /** A year's error, if its amount cannot be read. */
  errorFor: (year: number) => string | undefined;
  /** Focus handling shared with the form's other amount fields. */
  amountFocus: {
    onFocus: (event: FocusEvent<HTMLInputElement>) => void;
    onMouseUp: (event: MouseEvent<HTMLInputElement>) => void;
  };
};

const useStyles = makeStyles({
  fieldset: { border: "none", margin: 0, padding: 0, minWidth: 0 },
  // Two columns in a 320 px pane, so the hints and errors under the fields have room to wrap.
  years: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 130px), 1fr))",
    gap: "8px",
  },
  field: { minWidth: 0, overflowWrap: "anywhere" },
});

/** The effect of each year of an initiative, one amount field per year in a grid that fits the pane. */
export function YearFields({
  years,
  legend,
  values,
  onChange,
  hintFor,
  errorFor,
  amountFocus,
}: YearFieldsProps) {
  const styles = useStyles();
  return (
    <fieldset className={styles.fieldset}>
      <legend>{legend}</legend>
      <div className={styles.years}>
        {years.map((year) => (
          <Field
            key={year}
            className={styles.field}
            label={String(year)}
            hint={hintFor(year)}
            validationMessage={errorFor(year)}
          >
            <Input
              inputMode="decimal"
              {...amountFocus}
              value={values[year]}
              onChange={(_, data) => onChange(year, data.value)}
            />
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
