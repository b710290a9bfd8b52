import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useEffect, useId, useRef } from "react";

/** Props of {@link ConfirmBar}. */
export type ConfirmBarProps = {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
};

/**
 * A question in the pane before something is changed (delete, undo). Not a modal dialog:
 * a modal hides the rest of the pane from screen readers. The safe choice has the focus.
 */
export function ConfirmBar({
  title,
  body,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  busy,
}: ConfirmBarProps) {
  const titleId = useId();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <MessageBar intent="warning" role="alertdialog" aria-labelledby={titleId} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle id={titleId}>{title}</MessageBarTitle>
        {body}
      </MessageBarBody>
      <MessageBarActions>
        <Button ref={keep} appearance="primary" onClick={onCancel}>
          {cancelLabel}
        </Button>
        <Button disabledFocusable={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
