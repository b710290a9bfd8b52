import { useCallback, useMemo } from "react";
import type { Initiative } from "../../engine/initiative";
import type { BarStore } from "../../excel/barStore";
import { deletedInitiatives, toChangeGroups, type ChangeGroup } from "../../excel/changeGroups";
import { CO_AUTHOR } from "../../excel/coAuthor";
import { TABLE_NAMES } from "../../excel/schema";
import type { WorkbookData } from "../../excel/toWorkbookData";
import type { Language } from "../../i18n/language";
import { panelTexts } from "../../i18n/panelTexts";
import type { PaneTexts } from "../../i18n/paneTexts";
import type { WorkbookTexts } from "../../i18n/workbookTexts";
import { changeActions, deletedName } from "../changeActions";
import { describeChange, formatWhen } from "../describeChange";
import { DeletedInitiatives } from "./DeletedInitiatives";
import { InitiativeHistory } from "./InitiativeHistory";
import { UndoLastChange } from "./UndoLastChange";

/** What every change-log panel needs from the workspace. */
export type ChangeLogPanelProps = {
  store: BarStore;
  data: WorkbookData;
  texts: PaneTexts;
  workbookTexts: WorkbookTexts;
  language: Language;
  busy: boolean;
  /** Runs a change with the workspace's busy state and messages (its result is the message to show). */
  act: (work: () => Promise<string | null>) => Promise<void>;
  /** Shows why a read of the log failed; resolves to undefined then. */
  read: <T>(work: () => Promise<T>) => Promise<T | undefined>;
};

// These panels load with the editor and the list, not with the pane's first download.
function useChangeLog(props: ChangeLogPanelProps) {
  const { store, data, workbookTexts, language } = props;
  const texts = useMemo(() => panelTexts(props.texts, language), [props.texts, language]);
  const actions = useMemo(
    () => changeActions(store, data.initiatives, texts, language),
    [store, data.initiatives, texts, language],
  );
  const who = (group: ChangeGroup) =>
    group.by === CO_AUTHOR ? texts.changes.coAuthor : group.by.trim() || texts.unnamedUser;
  return {
    texts,
    actions,
    describe: (group: ChangeGroup) => describeChange(group, data.years, texts, workbookTexts, language),
    when: (group: ChangeGroup) => formatWhen(group.time, language),
    who,
  };
}

/**
 * The history and delete under the edit form of an existing initiative. After a delete or
 * a change set back, the form closes (`onDone`): what it shows is no longer the row.
 */
export function HistoryPanel(props: ChangeLogPanelProps & { initiative: Initiative; onDone: () => void }) {
  const { store, initiative, act, onDone } = props;
  const log = useChangeLog(props);
  const { texts } = log;
  const loadHistory = useCallback(
    async () =>
      toChangeGroups(await store.readChangeLog(initiative.id)).filter(
        (group) => group.table === TABLE_NAMES.initiatives,
      ),
    [store, initiative.id],
  );
  return (
    <InitiativeHistory
      name={initiative.name}
      loadHistory={loadHistory}
      describe={log.describe}
      describeWhen={(group) => texts.changes.historyLine(log.when(group), log.who(group))}
      onRevert={(group) =>
        void act(async () => {
          const message = await log.actions.revert(group);
          onDone();
          return message;
        })
      }
      onDelete={() =>
        void act(async () => {
          const message = await log.actions.deleteInitiative(initiative);
          onDone();
          return message;
        })
      }
      busy={props.busy}
      texts={texts}
    />
  );
}

/** The deleted initiatives under the list, with "Gendan". */
export function DeletedPanel(props: ChangeLogPanelProps) {
  const { store, act, read } = props;
  const log = useChangeLog(props);
  const { texts } = log;
  return (
    <DeletedInitiatives
      loadDeleted={async () =>
        (await read(async () => deletedInitiatives(await store.readChangeLog()))) ?? null
      }
      describe={(group) => {
        const name = deletedName(group);
        return { name, line: texts.changes.deletedLine(name, log.when(group), log.who(group)) };
      }}
      onRestore={(group) => void act(() => log.actions.restore(group))}
      busy={props.busy}
      texts={texts}
    />
  );
}

/** "Undo my last change" beside the report and refresh buttons. */
export function UndoPanel(props: ChangeLogPanelProps & { notify: (message: string) => void }) {
  const { store, act, read, notify } = props;
  const log = useChangeLog(props);
  const { texts } = log;
  return (
    <UndoLastChange
      findLast={() => read(() => store.readLastChange())}
      describe={(group) => ({
        what: `${log.actions.nameOf(group.id, deletedName(group))}: ${log.describe(group)}`,
        when: log.when(group),
      })}
      onUndo={(group) => void act(() => log.actions.revert(group))}
      onNothing={() => notify(texts.changes.undoNothing)}
      busy={props.busy}
      texts={texts}
    />
  );
}
