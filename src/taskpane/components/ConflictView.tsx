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
import { FOCUS_AREAS, INITIATIVE_KINDS, STATUSES } from "../../engine/initiative";
import type { CellValue } from "../../engine/workbookProblem";
import type { CellConflict } from "../../excel/editRow";
import type { ConflictChoice } from "../../excel/saveInitiative";
import { INITIATIVE_COLUMNS } from "../../excel/schema";
import { formatNumber } from "../../i18n/formatNumber";
import type { Language } from "../../i18n/language";
import type { PaneTexts } from "../../i18n/paneTexts";
import type { WorkbookTexts } from "../../i18n/workbookTexts";
import { WorkbookCallFailure } from "./WorkbookCallFailure";

/** Props of {@link ConflictView}. */
export type ConflictViewProps = {
  conflicts: CellConflict[];
  /** Who changed the row meanwhile when the change log names them; null: "a co-author". */
  changedBy: string | null;
  onResolve: (choice: ConflictChoice) => void;
  onCancel: () => void;
  saving: boolean;
  /** Why the last attempt to save failed, if it did; its retry makes the same choice again. */
  error: string | null;
  texts: PaneTexts;
  workbookTexts: WorkbookTexts;
  language: Language;
};

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: "10px" },
  buttons: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

const isOneOf = <T extends string>(list: readonly T[], value: CellValue): value is T =>
  typeof value === "string" && (list as readonly string[]).includes(value);

/** A column's name as the rest of the pane says it ("Status", "Indsatsområde"); a year stays a year. */
export function toFieldLabel(column: string, texts: PaneTexts): string {
  const t = texts.initiatives;
  const labels: Record<string, string> = {
    [INITIATIVE_COLUMNS.kind]: t.kind,
    [INITIATIVE_COLUMNS.name]: t.name,
    [INITIATIVE_COLUMNS.authorityArea]: t.authorityArea,
    [INITIATIVE_COLUMNS.coreArea]: t.coreArea,
    [INITIATIVE_COLUMNS.focusArea]: t.focusArea,
    [INITIATIVE_COLUMNS.status]: t.status,
    [INITIATIVE_COLUMNS.owner]: t.owner,
    [INITIATIVE_COLUMNS.fullYearEffect]: t.fullYearEffect,
    [INITIATIVE_COLUMNS.note]: t.note,
  };
  return labels[column] ?? column;
}

/** A cell's value in the UI language: codes as their labels, amounts in its number format. */
export function toShownValue(
  column: string,
  value: CellValue,
  texts: PaneTexts,
  workbookTexts: WorkbookTexts,
  language: Language,
): string {
  if (typeof value === "number") return formatNumber(value, language);
  if (column === INITIATIVE_COLUMNS.status && isOneOf(STATUSES, value)) return workbookTexts.statuses[value];
  if (column === INITIATIVE_COLUMNS.kind && isOneOf(INITIATIVE_KINDS, value))
    return workbookTexts.kinds[value];
  if (column === INITIATIVE_COLUMNS.focusArea) {
    if (value === "") return texts.overview.noFocusArea;
    if (isOneOf(FOCUS_AREAS, value)) return workbookTexts.focusAreas[value];
  }
  return String(value) || texts.conflict.empty;
}

/** Both versions of the cells a co-author changed meanwhile, and the user's choice per cell. */
export function ConflictView(props: ConflictViewProps) {
  const { conflicts, changedBy, onResolve, onCancel, saving, error, texts, workbookTexts, language } = props;
  const show = (column: string, value: CellValue) =>
    toShownValue(column, value, texts, workbookTexts, language);
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
              <TableCell>{toFieldLabel(conflict.column, texts)}</TableCell>
              <TableCell colSpan={2}>
                <RadioGroup
                  layout="horizontal"
                  aria-label={toFieldLabel(conflict.column, texts)}
                  value={choices[conflict.column]}
                  onChange={(_, data) =>
                    setChoices((current) => ({
                      ...current,
                      [conflict.column]: data.value as "mine" | "theirs",
                    }))
                  }
                >
                  <Radio value="mine" label={show(conflict.column, conflict.mine)} />
                  <Radio value="theirs" label={show(conflict.column, conflict.theirs)} />
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
