import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      paddingBlock: "4px",
      paddingInline: "4px",
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
      textAlign: "left",
      verticalAlign: "top",
      // Long area names wrap, so four years of amounts fit a 320 px pane beside them.
      overflowWrap: "anywhere",
    },
    "& th": { fontWeight: tokens.fontWeightSemibold },
    // Two classes deep, so it wins over the cell rule above.
    "& .bar-amount": { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  },
  scroll: { overflowX: "auto" },
});

/** The class of a cell holding an amount: right-aligned digits, as in the workbook. */
export const AMOUNT_CELL = "bar-amount";

/** Props of {@link SimpleTable}. */
export type SimpleTableProps = { labelledBy: string; children: ReactNode };

/**
 * A plain, semantic HTML table in Fluent's look. The overview's tables are static, so
 * Fluent's interactive Table would only add to the pane's first download.
 */
export function SimpleTable({ labelledBy, children }: SimpleTableProps) {
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <table className={styles.table} aria-labelledby={labelledBy}>
        {children}
      </table>
    </div>
  );
}
