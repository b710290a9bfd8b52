import { Button, MessageBar, MessageBarBody, Spinner, makeStyles } from "@fluentui/react-components";
import { Suspense, useEffect, useMemo, useState, type ReactNode } from "react";
import type { InitiativeFilter, Sort } from "../engine/filterInitiatives";
import type { BarStore } from "../excel/barStore";
import type { OwnWrite } from "../excel/ownWrite";
import type { WorkbookData } from "../excel/toWorkbookData";
import type { ReportResult } from "../excel/writeStatusReport";
import type { Language } from "../i18n/language";
import { calendarWords } from "../i18n/calendarTexts";
import type { PaneTexts } from "../i18n/paneTexts";
import { workbookTexts as workbookTextsOf } from "../i18n/describeWorkbookProblem";
import { OverviewView } from "./components/OverviewView";
import { PaneTabs } from "./components/PaneTabs";
import { SetUpView } from "./components/SetUpView";
import { WorkbookCallFailure } from "./components/WorkbookCallFailure";
import { WorkbookProblems } from "./components/WorkbookProblems";
import {
  ConflictView,
  DeletedPanel,
  GoalsPanel,
  NewBudgetYearPanel,
  HistoryPanel,
  ImportView,
  InitiativeForm,
  InitiativesView,
  UndoPanel,
  loadInitiativesView,
} from "./lazyViews";
import { useInitiativeEditor } from "./useInitiativeEditor";
import { useWorkbookActions } from "./useWorkbookActions";
import { workspaceCommands } from "./workspaceCommands";

/** Props of {@link Workspace}. */
export type WorkspaceProps = {
  data: WorkbookData;
  store: BarStore;
  language: Language;
  texts: PaneTexts;
  /** The Functions tab's content, rendered by the caller. */
  functions: ReactNode;
  /** Writes (or refreshes) the status report sheet; resolves to the sheet's name. */
  writeReport: () => Promise<ReportResult>;
  notify: (message: string) => void;
  /**
   * Reads the workbook again; called after the pane's own changes so it need not wait for the
   * change event (`afterOwnChange`: what changed is in the log already). Resolves to whether the read succeeded.
   */
  reload: (options?: { afterOwnChange?: boolean }) => Promise<boolean>;
  /** Shows a saved initiative without reading the workbook again and says `message`; false when it must be read. */
  showSaved?: (write: OwnWrite, message: string) => boolean;
};

const useStyles = makeStyles({
  workspace: { display: "flex", flexDirection: "column", rowGap: "12px" },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
});

type TabKey = "overview" | "initiatives" | "functions";

/** The pane once the workbook is read: set-up, problems, the three tabs and the editor. */
export function Workspace(props: WorkspaceProps) {
  const { data, store, language, texts, functions, writeReport, reload, showSaved } = props;
  const notify = (message: string) => {
    props.notify(message);
    void reload({ afterOwnChange: true });
  };
  const styles = useStyles();
  const workbookTexts = workbookTextsOf(language);
  const [tab, setTab] = useState<TabKey>("overview");
  const [filter, setFilter] = useState<InitiativeFilter>({});
  const [sort, setSort] = useState<Sort>({ key: "name", direction: "ascending" });
  const [editedId, setEditedId] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const { busy, failure, act, read, refresh } = useWorkbookActions({
    texts,
    language,
    notify: props.notify,
    reload,
  });
  // "Now" is when the data was read, so flags do not change between renders of the same data.
  const now = useMemo(() => new Date(), [data]);
  // Once the overview is on screen, fetch the list's code so the first switch to it is instant.
  useEffect(() => void loadInitiativesView(), []);
  const editor = useInitiativeEditor({
    store,
    years: data.years,
    language,
    texts,
    workbookTexts,
    notify,
    showSaved,
  });

  const panel = { store, data, texts, workbookTexts, language, busy, act, read };
  const { setUp, repair, repairAll, setSurplusRule, report } = workspaceCommands({
    store,
    data,
    texts,
    language,
    act,
    writeReport,
  });

  const notSetUp = data.problems.some((problem) => problem.key === "notSetUp");
  let content: ReactNode;
  if (notSetUp) {
    content = <SetUpView texts={texts} busy={busy} onSetUp={setUp} />;
  } else if (editor.state.mode === "form") {
    content = (
      <InitiativeForm
        key={editor.state.base.id}
        base={editor.state.base}
        isNew={editor.state.isNew}
        years={data.years}
        saving={editor.state.saving}
        storeProblems={editor.state.problems}
        failure={editor.state.failure}
        onSave={editor.save}
        onCancel={editor.close}
        texts={texts}
        workbookTexts={workbookTexts}
        language={language}
      />
    );
    if (!editor.state.isNew)
      content = (
        <>
          {content}
          <HistoryPanel {...panel} initiative={editor.state.base} onDone={editor.close} />
        </>
      );
  } else if (editor.state.mode === "conflict") {
    content = (
      <ConflictView
        key={editor.state.round}
        saving={editor.state.saving}
        error={editor.state.error}
        conflicts={editor.state.conflict.conflicts}
        changedBy={editor.state.changedBy}
        onResolve={editor.resolve}
        onCancel={editor.close}
        texts={texts}
        workbookTexts={workbookTexts}
        language={language}
      />
    );
  } else if (importing) {
    content = (
      <ImportView
        data={data}
        language={language}
        texts={texts}
        workbookTexts={workbookTexts}
        readRange={(source) => store.readRange(source)}
        addInitiatives={(initiatives, options) => store.addInitiatives(initiatives, options)}
        onDone={(message) => {
          setImporting(false);
          setTab("initiatives");
          notify(message);
        }}
        onCancel={() => setImporting(false)}
      />
    );
  } else {
    content = (
      <>
        <PaneTabs
          idPrefix="bar"
          selected={tab}
          onSelect={(key) => {
            setEditedId(null);
            setTab(key);
          }}
          tabs={(["overview", "initiatives", "functions"] as const).map((key) => ({
            key,
            label: texts.tabs[key],
          }))}
        />
        <div role="tabpanel" id="bar-panel" aria-labelledby={`bar-tab-${tab}`}>
          {/* Its own boundary: while a tab's view loads, the tabs (and the focus on them) stay. */}
          <Suspense fallback={<Spinner size="tiny" label={texts.loading} />}>
            {tab === "overview" && (
              <OverviewView
                data={data}
                texts={texts}
                workbookTexts={workbookTexts}
                now={now}
                calendarWords={calendarWords(language)}
                onSurplusRuleChange={setSurplusRule}
                onLinkMeasure={(measure, address) => store.linkMeasure(measure, address)}
                onUseSelection={() => store.readSelection()}
              />
            )}
            {tab === "overview" && <GoalsPanel {...panel} />}
            {/* Its own boundary: loading it must not hide the overview that is already shown. */}
            {tab === "overview" && (
              <Suspense fallback={null}>
                <NewBudgetYearPanel {...panel} />
              </Suspense>
            )}
            {tab === "initiatives" && (
              <InitiativesView
                data={data}
                texts={texts}
                workbookTexts={workbookTexts}
                now={now}
                onEdit={(initiative) => {
                  setEditedId(initiative.id);
                  editor.open(initiative);
                }}
                onAdd={editor.add}
                onImport={() => setImporting(true)}
                filter={filter}
                sort={sort}
                onFilterChange={setFilter}
                onSortChange={setSort}
                focusId={editedId}
              />
            )}
            {tab === "initiatives" && <DeletedPanel {...panel} />}
            {tab === "functions" && functions}
          </Suspense>
        </div>
      </>
    );
  }
  return (
    <div className={styles.workspace}>
      {!notSetUp && editor.state.mode === "closed" && (
        <div className={styles.actions}>
          <Button disabledFocusable={busy} onClick={report}>
            {texts.report.button}
          </Button>
          <Button disabledFocusable={busy} onClick={() => void refresh()}>
            {texts.refresh.button}
          </Button>
          <Suspense fallback={null}>
            <UndoPanel {...panel} notify={props.notify} />
          </Suspense>
        </div>
      )}
      {busy && <Spinner size="tiny" label={texts.working} />}
      {failure &&
        (failure.retry ? (
          <WorkbookCallFailure
            message={failure.message}
            retryLabel={texts.workbookCall.retry}
            onRetry={failure.retry}
            busy={busy}
          />
        ) : (
          <MessageBar intent="error">
            <MessageBarBody>{failure.message}</MessageBarBody>
          </MessageBar>
        ))}
      <WorkbookProblems
        problems={data.problems}
        language={language}
        texts={texts}
        busy={busy}
        onRepair={repair}
        onRepairAll={(repairs) => void repairAll(repairs)}
      />
      <Suspense fallback={<Spinner size="tiny" label={texts.loading} />}>{content}</Suspense>
    </div>
  );
}
