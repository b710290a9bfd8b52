import {
  Body1,
  Button,
  Radio,
  RadioGroup,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { CellValue } from "../../engine/workbookProblem";
import type { CellConflict } from "../../excel/editRow";
import type { ConflictChoice } from "../../excel/saveInitiative";
import { formatNumber } from "../../i18n/formatNumber";
import type { PaneTexts } from "../../i18n/paneTexts";
import { WorkbookCallFailure } from "./WorkbookCallFailure";

/** Props of {@link ConflictView}. */
export type ConflictViewProps = {
  conflicts: CellConflict[];
  /** Who changed the row meanwhile, from its ChangedBy cell. */
  changedBy: string;
  onResolve: (choice: ConflictChoice) => void;
  onCancel: () => void;
  saving: boolean;
  /** Why the last attempt to save failed, if it did; its retry makes the same choice again. */
  error: string | null;
  texts: PaneTexts;
};

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: "10px" },
  buttons: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

const show = (value: CellValue) => (typeof value === "number" ? formatNumber(value) : String(value) || "–");

/** Both versions of the cells a co-author changed meanwhile, and the user's choice per cell. */
export function ConflictView(props: ConflictViewProps) {
  const { conflicts, changedBy, onResolve, onCancel, saving, error, texts } = props;
  const styles = useStyles();
  const t = texts.conflict;
  const [choices, setChoices] = useState<Record<string, "mine" | "theirs">>(() =>
    Object.fromEntries(conflicts.map((conflict) => [conflict.column, "mine"])),
  );
  const lastChoice = useRef<ConflictChoice>("keepMine");
  const resolve = (choice: ConflictChoice) => {
    lastChoice.current = choice;
    onResolve(choice);
  };
  return (
    <section className={styles.view} aria-labelledby="conflict-heading" role="alertdialog">
      <Subtitle2 as="h2" id="conflict-heading">
        {t.heading}
      </Subtitle2>
      <Body1>{t.intro(changedBy)}</Body1>
      <Table size="small" aria-labelledby="conflict-heading">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.field}</TableHeaderCell>
            <TableHeaderCell>{t.mine}</TableHeaderCell>
            <TableHeaderCell>{t.theirs}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {conflicts.map((conflict) => (
            <TableRow key={conflict.column}>
              <TableCell>{conflict.column}</TableCell>
              <TableCell colSpan={2}>
                <RadioGroup
                  layout="horizontal"
                  aria-label={conflict.column}
                  value={choices[conflict.column]}
                  onChange={(_, data) =>
                    setChoices((current) => ({
                      ...current,
                      [conflict.column]: data.value as "mine" | "theirs",
                    }))
                  }
                >
                  <Radio value="mine" label={show(conflict.mine)} />
                  <Radio value="theirs" label={show(conflict.theirs)} />
                </RadioGroup>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {error && (
        <WorkbookCallFailure
          message={error}
          retryLabel={texts.workbookCall.retry}
          onRetry={() => onResolve(lastChoice.current)}
          busy={saving}
        />
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" disabledFocusable={saving} onClick={() => resolve(choices)}>
          {saving ? texts.form.saving : t.keepChosen}
        </Button>
        <Button disabledFocusable={saving} onClick={() => resolve("keepMine")}>
          {t.keepMine}
        </Button>
        <Button disabledFocusable={saving} onClick={() => resolve("keepTheirs")}>
          {t.keepTheirs}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {texts.form.cancel}
        </Button>
      </div>
    </section>
  );
}
