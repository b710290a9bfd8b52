import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import type { Repair, WorkbookProblem } from "../../engine/workbookProblem";
import { describeRepair, describeWorkbookProblem } from "../../i18n/describeWorkbookProblem";
import type { Language } from "../../i18n/language";
import { formatNumber } from "../../i18n/formatNumber";
import type { PaneTexts } from "../../i18n/paneTexts";
import { safeRepairs } from "../safeRepairs";

/** Props of {@link WorkbookProblems}. */
export type WorkbookProblemsProps = {
  problems: WorkbookProblem[];
  language: Language;
  texts: PaneTexts;
  busy: boolean;
  onRepair: (repair: Repair) => void;
  /** Runs every safe repair (safeRepairs.ts) in one go; the button shows when there are two or more. */
  onRepairAll?: (repairs: Repair[]) => void;
};

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: "6px",
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
});

/** What is wrong with the BAR tables, in words, each with its repair where the store offers one. */
export function WorkbookProblems({
  problems,
  language,
  texts,
  busy,
  onRepair,
  onRepairAll,
}: WorkbookProblemsProps) {
  const styles = useStyles();
  const shown = problems.filter((problem) => problem.key !== "notSetUp");
  if (shown.length === 0) return null;
  const safe = safeRepairs(shown);
  return (
    <section aria-label={texts.problems.heading(formatNumber(shown.length))}>
      {onRepairAll && safe.length > 1 && (
        <Button appearance="primary" disabledFocusable={busy} onClick={() => onRepairAll(safe)}>
          {texts.problems.repairAll(formatNumber(safe.length))}
        </Button>
      )}
      <ul className={styles.list}>
        {shown.map((problem, index) => (
          <li key={index}>
            <MessageBar intent={problem.severity} layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{describeWorkbookProblem(problem, language)}</MessageBarTitle>
                {problem.repair && (
                  <Button
                    size="small"
                    disabledFocusable={busy}
                    onClick={() => onRepair(problem.repair as Repair)}
                  >
                    {describeRepair(problem.repair, language)}
                  </Button>
                )}
              </MessageBarBody>
            </MessageBar>
          </li>
        ))}
      </ul>
    </section>
  );
}
