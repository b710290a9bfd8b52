import {
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
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
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
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
      <Table size="small" aria-labelledby={headingId}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{areaLabel}</TableHeaderCell>
            {years.map((year) => (
              <TableHeaderCell key={year} className={styles.number}>
                {year}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {groups.map((group) => (
            <TableRow key={group.label}>
              <TableCell>{group.label}</TableCell>
              {group.perYear.map((value, index) => (
                <TableCell key={years[index]} className={styles.number}>
                  {formatAmount(value)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
