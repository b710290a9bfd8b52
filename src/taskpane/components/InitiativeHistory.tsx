import { Button, Caption1, Subtitle2, makeStyles } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { ChangeGroup } from "../../excel/changeGroups";
import type { PanelTexts } from "../../i18n/panelTexts";
import { ConfirmBar } from "./ConfirmBar";

/** Props of {@link InitiativeHistory}. */
export type InitiativeHistoryProps = {
  name: string;
  /** The initiative's changes from the log, oldest first. */
  loadHistory: () => Promise<ChangeGroup[]>;
  /** A change in words ("Status: Idé → Besluttet"), and when and who in words. */
  describe: (group: ChangeGroup) => string;
  describeWhen: (group: ChangeGroup) => string;
  onRevert: (group: ChangeGroup) => void;
  onDelete: () => void;
  busy: boolean;
  texts: PanelTexts;
};

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: "8px" },
  list: { margin: 0, paddingInlineStart: "18px", display: "flex", flexDirection: "column", rowGap: "6px" },
  change: { overflowWrap: "anywhere" },
});

/** Under the edit form: the initiative's history with "set back" per change, and delete. */
export function InitiativeHistory(props: InitiativeHistoryProps) {
  const { name, loadHistory, describe, describeWhen, onRevert, onDelete, busy, texts } = props;
  const t = texts.changes;
  const styles = useStyles();
  const [history, setHistory] = useState<ChangeGroup[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    let current = true;
    // A log that cannot be read shows no history; the form itself does not depend on it.
    loadHistory().then(
      (groups) => current && setHistory(groups),
      () => current && setHistory([]),
    );
    return () => {
      current = false;
    };
  }, [loadHistory]);
  const newestFirst = [...(history ?? [])].reverse();
  return (
    <section className={styles.section} aria-labelledby="history-heading">
      <Subtitle2 as="h3" id="history-heading">
        {t.historyHeading}
      </Subtitle2>
      {history !== null && newestFirst.length === 0 && <Caption1>{t.historyEmpty}</Caption1>}
      <ul className={styles.list}>
        {newestFirst.map((group, at) => (
          <li key={`${group.time}-${at}`}>
            <Caption1>{describeWhen(group)}</Caption1>
            <div className={styles.change}>{describe(group)}</div>
            {group.event === null && (
              <Button size="small" disabledFocusable={busy} onClick={() => onRevert(group)}>
                {t.revertButton}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {confirming ? (
        <ConfirmBar
          title={t.deleteTitle(name)}
          body={t.deleteBody}
          confirmLabel={t.deleteConfirm}
          cancelLabel={t.keep}
          busy={busy}
          onConfirm={() => {
            setConfirming(false);
            onDelete();
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <div>
          <Button disabledFocusable={busy} onClick={() => setConfirming(true)}>
            {t.deleteButton}
          </Button>
        </div>
      )}
    </section>
  );
}
