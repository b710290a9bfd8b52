import { Button, Field, Input, Subtitle2, Textarea, makeStyles } from "@fluentui/react-components";
import { useEffect, useRef, useState, type FormEvent } from "react";
import {
  AUTHORITY_AREAS,
  CORE_AREAS,
  FOCUS_AREAS,
  INITIATIVE_KINDS,
  NOT_ESTIMATED,
  STATUSES,
  effectIn,
  validateInitiative,
  type Initiative,
  type InitiativeProblem,
  type YearEffect,
} from "../../engine/initiative";
import { formatNumber } from "../../i18n/formatNumber";
import type { Language } from "../../i18n/language";
import type { PaneTexts } from "../../i18n/paneTexts";
import type { WorkbookTexts } from "../../i18n/workbookTexts";
import { TEXT_LIMITS, toDraft, type Draft, type LimitedField } from "../initiativeDraft";
import { useAmountFields } from "../useAmountFields";
import { CodeSelectField, SuggestedTextField } from "./ChoiceFields";
import { ConfirmBar } from "./ConfirmBar";
import { WorkbookCallFailure } from "./WorkbookCallFailure";
import { YearFields } from "./YearFields";

/** Props of {@link InitiativeForm}. */
export type InitiativeFormProps = {
  /** The initiative as the user found it; a fresh one (with a new id) when adding. */
  base: Initiative;
  isNew: boolean;
  years: number[];
  saving: boolean;
  /** Problems the store reported on the last save, shown above the buttons. */
  storeProblems: string[];
  /** Why the last save did not reach the workbook, shown with a retry that saves the form again. */
  failure?: string | null;
  onSave: (initiative: Initiative) => void;
  onCancel: () => void;
  texts: PaneTexts;
  workbookTexts: WorkbookTexts;
  /** The UI language: amounts are read and shown by its decimal mark. */
  language: Language;
};

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: "10px" },
  buttons: { display: "flex", columnGap: "8px" },
  problems: { margin: 0, paddingInlineStart: "18px" },
});

/**
 * Adds or edits an initiative. Amounts are read strictly by the UI language (useAmountFields)
 * and what was understood shows beside the field; "-" means not estimated yet; nothing is
 * saved while a field is wrong, and nothing typed is thrown away without asking.
 */
export function InitiativeForm(props: InitiativeFormProps) {
  const { base, isNew, years, saving, storeProblems, failure, onSave, onCancel, texts, workbookTexts } =
    props;
  const { language } = props;
  const styles = useStyles();
  const t = texts.initiatives;
  const [initial] = useState(() => toDraft(base, years, language));
  const [draft, setDraft] = useState(initial);
  const [amountErrors, setAmountErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<InitiativeProblem[]>([]);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  // After a refused save the first field that says what is wrong gets the focus, not "Gem".
  const focusInvalid = useRef(false);
  useEffect(() => {
    if (!focusInvalid.current) return;
    focusInvalid.current = false;
    formElement.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
  const firstField = useRef<HTMLInputElement>(null);
  const formElement = useRef<HTMLFormElement>(null);
  useEffect(() => firstField.current?.focus(), []);

  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const requestCancel = () => {
    if (dirty) setConfirmingDiscard(true);
    else onCancel();
  };
  const amounts = useAmountFields(language, texts, workbookTexts);
  const textProblem = (field: LimitedField) =>
    problems.find((problem) => problem.code === "textTooLong" && problem.field === field);
  const textMessage = (field: LimitedField) =>
    textProblem(field) &&
    texts.form.textTooLong(
      t[field],
      formatNumber(TEXT_LIMITS[field], language),
      formatNumber(draft[field].trim().length, language),
    );

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const readAmount = (
    key: string,
    text: string,
    shown: string,
    original: YearEffect,
    errors: Record<string, string>,
  ) => {
    const read = amounts.read(text, shown, original, key !== "fullYear");
    if (read.ok) return read.value;
    errors[key] = read.message;
    return NOT_ESTIMATED;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const effects = Object.fromEntries(
      years.map((year) => [
        year,
        readAmount(String(year), draft.effects[year], initial.effects[year], effectIn(base, year), errors),
      ]),
    );
    const initiative: Initiative = {
      ...base,
      kind: draft.kind,
      name: draft.name.trim(),
      authorityArea: draft.authorityArea.trim(),
      coreArea: draft.coreArea.trim(),
      focusArea: draft.focusArea,
      status: draft.status,
      owner: draft.owner.trim(),
      note: draft.note,
      effects,
      // Read as one amount (no range), so it is an Effect.
      fullYearEffect: readAmount(
        "fullYear",
        draft.fullYearEffect,
        initial.fullYearEffect,
        base.fullYearEffect,
        errors,
      ) as Initiative["fullYearEffect"],
    };
    const found = validateInitiative(initiative, years);
    setAmountErrors(errors);
    setProblems(found);
    if (Object.keys(errors).length === 0 && !found.some((problem) => problem.severity === "error"))
      onSave(initiative);
    else focusInvalid.current = true;
  };
  const describeProblem = (problem: InitiativeProblem) =>
    (workbookTexts.initiativeProblems[problem.code] as (p: InitiativeProblem) => string)(problem);
  const nameProblem = problems.find((problem) => problem.code === "nameMissing");
  // Shown at their fields rather than in the list.
  const atFields = new Set([nameProblem, ...(Object.keys(TEXT_LIMITS) as LimitedField[]).map(textProblem)]);
  const messages = [
    ...problems.filter((problem) => !atFields.has(problem)).map(describeProblem),
    ...storeProblems,
  ];
  const lengthHint = (field: LimitedField) =>
    texts.form.length(
      formatNumber(draft[field].length, language),
      formatNumber(TEXT_LIMITS[field], language),
    );

  return (
    <form
      ref={formElement}
      className={styles.form}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        // Escape while asked means "no, keep editing"; otherwise it asks when something would be lost.
        if (confirmingDiscard) setConfirmingDiscard(false);
        else requestCancel();
      }}
      aria-labelledby="initiative-form-heading"
      noValidate
    >
      <Subtitle2 as="h2" id="initiative-form-heading">
        {isNew ? texts.form.addHeading : texts.form.editHeading(base.name)}
      </Subtitle2>
      <Field
        label={t.name}
        required
        hint={lengthHint("name")}
        validationMessage={(nameProblem && describeProblem(nameProblem)) || textMessage("name")}
      >
        <Input ref={firstField} value={draft.name} onChange={(_, data) => set("name", data.value)} />
      </Field>
      <CodeSelectField
        label={t.kind}
        value={draft.kind}
        codes={INITIATIVE_KINDS}
        words={workbookTexts.kinds}
        onChange={(kind) => set("kind", kind ?? draft.kind)}
      />
      <SuggestedTextField
        label={t.authorityArea}
        value={draft.authorityArea}
        suggestions={AUTHORITY_AREAS}
        showOptions={texts.form.showOptions}
        validationMessage={textMessage("authorityArea")}
        onChange={(value) => set("authorityArea", value)}
      />
      <SuggestedTextField
        label={t.coreArea}
        value={draft.coreArea}
        suggestions={CORE_AREAS}
        showOptions={texts.form.showOptions}
        validationMessage={textMessage("coreArea")}
        onChange={(value) => set("coreArea", value)}
      />
      <CodeSelectField
        label={t.focusArea}
        value={draft.focusArea}
        codes={FOCUS_AREAS}
        words={workbookTexts.focusAreas}
        none={texts.overview.noFocusArea}
        onChange={(area) => set("focusArea", area)}
      />
      <CodeSelectField
        label={t.status}
        value={draft.status}
        codes={STATUSES}
        words={workbookTexts.statuses}
        onChange={(status) => set("status", status ?? draft.status)}
      />
      <Field label={t.owner} validationMessage={textMessage("owner")}>
        <Input value={draft.owner} onChange={(_, data) => set("owner", data.value)} />
      </Field>
      <YearFields
        years={years}
        legend={texts.form.effectsLegend}
        values={draft.effects}
        onChange={(year, value) => set("effects", { ...draft.effects, [year]: value })}
        hintFor={(year) =>
          amounts.understood(draft.effects[year], initial.effects[year], true) ?? texts.form.effectHint
        }
        errorFor={(year) => amountErrors[String(year)]}
        amountFocus={amounts.focus}
      />
      <Field
        label={t.fullYearEffect}
        hint={amounts.understood(draft.fullYearEffect, initial.fullYearEffect, false)}
        validationMessage={amountErrors.fullYear}
      >
        <Input
          inputMode="decimal"
          {...amounts.focus}
          value={draft.fullYearEffect}
          onChange={(_, data) => set("fullYearEffect", data.value)}
        />
      </Field>
      <Field label={t.note} validationMessage={textMessage("note")}>
        <Textarea resize="vertical" value={draft.note} onChange={(_, data) => set("note", data.value)} />
      </Field>
      {messages.length > 0 && (
        <ul className={styles.problems} role="alert">
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {failure && (
        <WorkbookCallFailure
          message={failure}
          retryLabel={texts.workbookCall.retry}
          onRetry={() => formElement.current?.requestSubmit()}
          busy={saving}
        />
      )}
      {confirmingDiscard && (
        <ConfirmBar
          title={texts.form.discard.title}
          body={texts.form.discard.body}
          confirmLabel={texts.form.discard.discard}
          cancelLabel={texts.form.discard.keepEditing}
          onConfirm={onCancel}
          onCancel={() => setConfirmingDiscard(false)}
        />
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabledFocusable={saving}>
          {saving ? texts.form.saving : texts.form.save}
        </Button>
        <Button onClick={requestCancel}>{texts.form.cancel}</Button>
      </div>
    </form>
  );
}
