import { Button } from "@fluentui/react-components";
import { useState } from "react";
import type { ChangeGroup } from "../../excel/changeGroups";
import type { PanelTexts } from "../../i18n/panelTexts";
import { ConfirmBar } from "./ConfirmBar";

/** Props of {@link UndoLastChange}. */
export type UndoLastChangeProps = {
  /** The user's last undoable change from the log; null when there is none, undefined when it could not be read (the caller says why). */
  findLast: () => Promise<ChangeGroup | null | undefined>;
  /** The change and when, in words. */
  describe: (group: ChangeGroup) => { what: string; when: string };
  onUndo: (group: ChangeGroup) => void;
  /** Says there is nothing to undo. */
  onNothing: () => void;
  busy: boolean;
  texts: PanelTexts;
};

/**
 * "Undo my last change", from the change log, on every host (Excel's own undo covers add-in
 * changes only from ExcelApi 1.20): it says what it will undo and asks first.
 */
export function UndoLastChange({ findLast, describe, onUndo, onNothing, busy, texts }: UndoLastChangeProps) {
  const t = texts.changes;
  const [pending, setPending] = useState<ChangeGroup | null>(null);
  const ask = async () => {
    const last = await findLast();
    if (last === null) onNothing();
    else if (last) setPending(last);
  };
  if (!pending)
    return (
      <Button disabledFocusable={busy} onClick={() => void ask()}>
        {t.undoLast}
      </Button>
    );
  const { what, when } = describe(pending);
  return (
    <ConfirmBar
      title={t.undoTitle}
      body={t.undoBody(what, when)}
      confirmLabel={t.undoConfirm}
      cancelLabel={t.keep}
      busy={busy}
      onConfirm={() => {
        setPending(null);
        onUndo(pending);
      }}
      onCancel={() => setPending(null)}
    />
  );
}
