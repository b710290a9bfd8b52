import { FakeOfficeError } from "../fakeOfficeError";
import type { HostProfile } from "./hostProfile";
import { versionAtLeast } from "./hostProfile";

/**
 * The user's undo stack as add-in writes reach it (docs/excel/excel-add-ins-undo-capabilities.md):
 * every write is on it; `Excel.run({ mergeUndoGroup: true }, …)` (ExcelApi 1.20) makes the
 * whole run one undo step, and a member without undo support in such a group fails it with
 * `UndoNotSupported` ("the operation can't be grouped"). The fake counts the steps a user
 * would press Ctrl+Z for; it does not restore cells.
 */
export class UndoSteps {
  /** The steps so far, oldest first: each is the number of syncs that wrote in it. */
  readonly steps: number[] = [];

  constructor(private readonly profile: HostProfile) {}

  /** Whether a run with these options is one undo group on this host. */
  groups(options: Excel.RunOptions | undefined): boolean {
    return Boolean(options?.mergeUndoGroup) && versionAtLeast(this.profile.apiVersions.ExcelApi, "1.20");
  }

  /** Records a step of `syncs` writing syncs (nothing when none wrote). */
  record(syncs: number): void {
    if (syncs > 0) this.steps.push(syncs);
  }
}

/** The error of a member without undo support in a merged group. */
export function undoNotSupported(member: string): FakeOfficeError {
  return new FakeOfficeError("UndoNotSupported", `${member} does not support undo and cannot be grouped.`);
}
