import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  makeStyles,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import {
  checkMapping,
  guessMapping,
  type ImportMapping,
  type MappingNote,
  type SourceGrid,
} from "../../engine/importMapping";
import { planImport } from "../../engine/importRows";
import type { Initiative } from "../../engine/initiative";
import type { AddOptions, AddResult } from "../../excel/addInitiatives";
import type { SourceRange, SourceRangeResult } from "../../excel/readSourceRange";
import type { WorkbookData } from "../../excel/toWorkbookData";
import { CODE_WORDS } from "../../i18n/codeWords";
import { describeWorkbookProblem } from "../../i18n/describeWorkbookProblem";
import { formatNumber } from "../../i18n/formatNumber";
import { importTexts } from "../../i18n/importTexts";
import { IMPORT_WORDS } from "../../i18n/importWords";
import type { Language } from "../../i18n/language";
import type { PaneTexts } from "../../i18n/paneTexts";
import type { WorkbookTexts } from "../../i18n/workbookTexts";
import { describeWorkbookCall } from "../describeWorkbookCall";
import { ImportMappingForm } from "./ImportMappingForm";
import { ImportPreview } from "./ImportPreview";
import { ImportSourceForm } from "./ImportSourceForm";
import { WorkbookCallFailure } from "./WorkbookCallFailure";

/** Props of {@link ImportView}. */
export type ImportViewProps = {
  data: WorkbookData;
  language: Language;
  texts: PaneTexts;
  workbookTexts: WorkbookTexts;
  readRange: (source: SourceRange) => Promise<SourceRangeResult>;
  addInitiatives: (initiatives: readonly Initiative[], options: AddOptions) => Promise<AddResult>;
  /** The import is done; `message` says how many were added. */
  onDone: (message: string) => void;
  onCancel: () => void;
};

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: "12px" },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

type Message = { intent: "info" | "error"; text: string };
type Read = { grid: SourceGrid; notes: MappingNote[]; mapping: ImportMapping };

/**
 * "Import from sheet": reads a table from the selection or an address, shows what BAR
 * guessed each column to be (to correct), previews every row with its problems, and adds
 * the initiatives in one action, which is one undo step and one entry per initiative in the log.
 */
export function ImportView(props: ImportViewProps) {
  const { data, language, texts, workbookTexts } = props;
  const styles = useStyles();
  const t = importTexts(language);
  const num = (value: number) => formatNumber(value, language);
  const [busy, setBusy] = useState<"reading" | "importing" | null>(null);
  const [messages, setMessages] = useState<Message[]>([]);
  const [failure, setFailure] = useState<{ text: string; retry: () => void } | null>(null);
  const [read, setRead] = useState<Read | null>(null);

  const plan = useMemo(
    () =>
      read &&
      planImport(read.grid, read.mapping, {
        years: data.years,
        existing: data.initiatives,
        vocabulary: IMPORT_WORDS,
        codeWords: CODE_WORDS,
      }),
    [read, data],
  );
  const checks = useMemo(() => (read ? checkMapping(read.grid, read.mapping) : []), [read]);
  const blocked = checks.some((note) => note.severity === "error");

  const readSource = async (source: SourceRange) => {
    setBusy("reading");
    setFailure(null);
    setMessages([]);
    try {
      const result = await props.readRange(source);
      if (result.status !== "read") {
        setRead(null);
        setMessages([{ intent: "error", text: describeSource(result) }]);
        return;
      }
      const { grid } = result;
      const guess = guessMapping(grid, IMPORT_WORDS, data.years);
      setRead({ grid, notes: guess.notes, mapping: guess.mapping });
      const size = t.source.read(grid.address, num(grid.values.length), num(grid.columns.length));
      setMessages([
        { intent: "info", text: size },
        ...(result.onActiveSheet
          ? [{ intent: "info" as const, text: t.source.onActiveSheet(source, result.sheet) }]
          : []),
      ]);
    } catch (error) {
      setFailure({
        text: describeWorkbookCall(error, texts, language),
        retry: () => void readSource(source),
      });
    } finally {
      setBusy(null);
    }
  };
  const describeSource = (result: Exclude<SourceRangeResult, { status: "read" }>): string => {
    switch (result.status) {
      case "empty":
        return t.source.empty(result.address);
      case "notAnAddress":
        return t.source.notAnAddress(result.address);
      case "sheetMissing":
        return t.source.sheetMissing(result.sheet);
      case "multipleSelection":
        return t.source.multipleSelection;
    }
  };

  const runImport = async () => {
    if (!plan || blocked || plan.initiatives.length === 0) return;
    setBusy("importing");
    setFailure(null);
    try {
      const result = await props.addInitiatives(plan.initiatives, { readableIds: plan.readableIds });
      if (result.status === "added") {
        const count = result.added.length;
        props.onDone(
          result.skipped.length > 0
            ? t.doneSkipped(num(count), num(result.skipped.length))
            : t.done(num(count), count),
        );
        return;
      }
      const reasons =
        result.status === "blocked"
          ? result.problems.map((problem) => describeWorkbookProblem(problem, language))
          : result.problems.flatMap((entry) =>
              entry.problems.map((problem) =>
                (workbookTexts.initiativeProblems[problem.code] as (p: typeof problem) => string)(problem),
              ),
            );
      setMessages([{ intent: "error", text: [t.failed, ...reasons].join(" ") }]);
    } catch (error) {
      setFailure({ text: describeWorkbookCall(error, texts, language), retry: () => void runImport() });
    } finally {
      setBusy(null);
    }
  };

  const update = (change: (current: Read) => Read) => setRead((current) => current && change(current));
  const notes = read ? [...read.notes, ...checks] : [];

  return (
    <section className={styles.view} aria-labelledby="import-heading">
      <Subtitle2 as="h2" id="import-heading">
        {t.heading}
      </Subtitle2>
      <Body1 as="p">{t.intro}</Body1>
      <ImportSourceForm texts={t} busy={busy !== null} onRead={(source) => void readSource(source)} />
      {busy && <Spinner size="tiny" label={busy === "reading" ? t.reading : t.importing} />}
      {failure && (
        <WorkbookCallFailure
          message={failure.text}
          retryLabel={texts.workbookCall.retry}
          onRetry={failure.retry}
          busy={busy !== null}
        />
      )}
      {messages.map((message) => (
        <MessageBar key={message.text} intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      ))}
      {read && (
        <ImportMappingForm
          grid={read.grid}
          mapping={read.mapping}
          years={data.years}
          texts={t}
          onHeaderRow={(headerRow) =>
            update((current) => {
              const guess = guessMapping(current.grid, IMPORT_WORDS, data.years, { headerRow });
              return { ...current, notes: guess.notes, mapping: guess.mapping };
            })
          }
          onField={(column, field) =>
            update((current) => ({
              ...current,
              mapping: {
                ...current.mapping,
                fields: current.mapping.fields.map((old, at) => (at === column ? field : old)),
              },
            }))
          }
          onUnit={(unit) => update((current) => ({ ...current, mapping: { ...current.mapping, unit } }))}
        />
      )}
      {notes.map((note, at) => (
        <MessageBar key={at} intent={note.severity === "info" ? "info" : note.severity}>
          <MessageBarBody>{(t.notes[note.code] as (n: typeof note) => string)(note)}</MessageBarBody>
        </MessageBar>
      ))}
      {plan && <ImportPreview plan={plan} years={data.years} texts={t} language={language} />}
      <div className={styles.actions}>
        {plan && (
          <Button
            appearance="primary"
            disabledFocusable={busy !== null || blocked || plan.initiatives.length === 0}
            onClick={() => void runImport()}
          >
            {t.importButton(num(plan.initiatives.length), plan.initiatives.length)}
          </Button>
        )}
        <Button disabledFocusable={busy === "importing"} onClick={props.onCancel}>
          {t.cancel}
        </Button>
      </div>
    </section>
  );
}
