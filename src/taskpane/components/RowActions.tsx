import { Button, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { ConfirmBar } from "./ConfirmBar";

/** Props of {@link RowActions}. */
export type RowActionsProps = {
  /** "Gem" for a row that exists, "Tilføj …" for a new one (which has no delete). */
  submitLabel: string;
  onSubmit: () => void;
  /** Absent for a new row. */
  remove?: { label: string; title: string; body: string; keepLabel: string; onRemove: () => void };
  busy: boolean;
};

const useStyles = makeStyles({ buttons: { display: "flex", flexWrap: "wrap", gap: "8px" } });

/** Save (or add) and delete for one row of an editor; delete asks first. */
export function RowActions({ submitLabel, onSubmit, remove, busy }: RowActionsProps) {
  const styles = useStyles();
  const [confirming, setConfirming] = useState(false);
  if (confirming && remove)
    return (
      <ConfirmBar
        title={remove.title}
        body={remove.body}
        confirmLabel={remove.label}
        cancelLabel={remove.keepLabel}
        onConfirm={() => {
          setConfirming(false);
          remove.onRemove();
        }}
        onCancel={() => setConfirming(false)}
        busy={busy}
      />
    );
  return (
    <div className={styles.buttons}>
      <Button appearance="primary" disabledFocusable={busy} onClick={onSubmit}>
        {submitLabel}
      </Button>
      {remove && (
        <Button disabledFocusable={busy} onClick={() => setConfirming(true)}>
          {remove.label}
        </Button>
      )}
    </div>
  );
}
