import { Subtitle2, makeStyles } from "@fluentui/react-components";
import { AMOUNT_CELL, SimpleTable } from "./SimpleTable";
import { useId } from "react";
import { formatAmount } from "../formatAmount";

/** Props of {@link GroupTotalsTable}. */
export type GroupTotalsTableProps = {
  heading: string;
  areaLabel: string;
  years: number[];
  groups: { label: string; perYear: number[] }[];
};

const useStyles = makeStyles({
  scroll: { overflowX: "auto" },
});

/** The initiatives' effect per year, summed by a grouping (authority area, focus area). */
export function GroupTotalsTable({ heading, areaLabel, years, groups }: GroupTotalsTableProps) {
  const styles = useStyles();
  const headingId = useId();
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className={styles.scroll}>
      <Subtitle2 as="h2" id={headingId}>
        {heading}
      </Subtitle2>
      <SimpleTable labelledBy={headingId}>
        <thead>
          <tr>
            <th scope="col">{areaLabel}</th>
            {years.map((year) => (
              <th scope="col" key={year} className={AMOUNT_CELL}>
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.label}>
              <td>{group.label}</td>
              {group.perYear.map((value, index) => (
                <td key={years[index]} className={AMOUNT_CELL}>
                  {formatAmount(value)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </SimpleTable>
    </section>
  );
}
