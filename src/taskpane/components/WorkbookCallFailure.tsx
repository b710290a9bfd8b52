import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";

/** Props of {@link WorkbookCallFailure}. */
export type WorkbookCallFailureProps = {
  /** The whole message, already in the pane's language (see describeWorkbookCall). */
  message: string;
  retryLabel: string;
  /** Runs the same call again. */
  onRetry: () => void;
  /** "warning" when the pane is still usable without the call (a background refresh). */
  intent?: "error" | "warning";
  /** Disables the retry while another call is under way. */
  busy?: boolean;
};

/** A workbook call that failed or got no answer in time, with a button that tries it again. */
export function WorkbookCallFailure({
  message,
  retryLabel,
  onRetry,
  intent = "error",
  busy,
}: WorkbookCallFailureProps) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{message}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" disabledFocusable={busy} onClick={onRetry}>
          {retryLabel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
