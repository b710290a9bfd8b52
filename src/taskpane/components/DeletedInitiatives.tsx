import { Button, Caption1, Subtitle2, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import type { ChangeGroup } from "../../excel/changeGroups";
import type { PanelTexts } from "../../i18n/panelTexts";

/** Props of {@link DeletedInitiatives}. */
export type DeletedInitiativesProps = {
  /** The deleted initiatives from the log, newest first; null when the log could not be read (the caller says why). */
  loadDeleted: () => Promise<ChangeGroup[] | null>;
  /** A deleted initiative's line: its name, when and who deleted it. */
  describe: (group: ChangeGroup) => { name: string; line: string };
  onRestore: (group: ChangeGroup) => void;
  busy: boolean;
  texts: PanelTexts;
};

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: "8px" },
  list: { margin: 0, paddingInlineStart: "18px", display: "flex", flexDirection: "column", rowGap: "6px" },
  line: { overflowWrap: "anywhere" },
});

/** Under the list: the initiatives deleted with BAR, read from the change log on request, each with "Gendan". */
export function DeletedInitiatives({
  loadDeleted,
  describe,
  onRestore,
  busy,
  texts,
}: DeletedInitiativesProps) {
  const t = texts.changes;
  const styles = useStyles();
  const [deleted, setDeleted] = useState<ChangeGroup[] | null>(null);
  if (deleted === null)
    return (
      <div>
        <Button
          disabledFocusable={busy}
          onClick={() => void loadDeleted().then((groups) => groups && setDeleted(groups))}
        >
          {t.showDeleted}
        </Button>
      </div>
    );
  return (
    <section className={styles.section} aria-labelledby="deleted-heading">
      <Subtitle2 as="h3" id="deleted-heading">
        {t.deletedHeading}
      </Subtitle2>
      {deleted.length === 0 && <Caption1>{t.noDeleted}</Caption1>}
      <ul className={styles.list}>
        {deleted.map((group) => {
          const { name, line } = describe(group);
          return (
            <li key={`${group.id}-${group.time}`}>
              <div className={styles.line}>{line}</div>
              <Button
                size="small"
                disabledFocusable={busy}
                onClick={() => {
                  setDeleted(deleted.filter((other) => other !== group));
                  onRestore(group);
                }}
              >
                {t.restoreButton(name)}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
