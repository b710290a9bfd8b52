import {
  Button,
  Combobox,
  Field,
  Input,
  Option,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
} from "@fluentui/react-components";
import { useEffect, useRef, useState, type FocusEvent, type FormEvent, type MouseEvent } from "react";
import {
  AUTHORITY_AREAS,
  CORE_AREAS,
  FOCUS_AREAS,
  INITIATIVE_KINDS,
  NOT_ESTIMATED,
  STATUSES,
  effectIn,
  expectedEffect,
  isRange,
  validateInitiative,
  type Initiative,
  type InitiativeProblem,
  type YearEffect,
} from "../../engine/initiative";
import { formatNumber } from "../../i18n/formatNumber";
import type { Language } from "../../i18n/language";
import type { PaneTexts } from "../../i18n/paneTexts";
import type { WorkbookTexts } from "../../i18n/workbookTexts";
import { TEXT_LIMITS, formatUnderstood, toDraft, type Draft, type LimitedField } from "../initiativeDraft";
import { parseAmountFor } from "../parseAmountFor";
import { parseYearEffectFor, type PaneYearEffectParse } from "../parseYearEffectFor";
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
 * Adds or edits an initiative. Amounts are read strictly by the UI language (parseAmountFor)
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
  // The amount field just focused by a click: its mouseup must not undo the selection.
  const selectedOnFocus = useRef<EventTarget | null>(null);
  useEffect(() => firstField.current?.focus(), []);

  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const requestCancel = () => {
    if (dirty) setConfirmingDiscard(true);
    else onCancel();
  };
  // A year's field may hold a range; the full-year effect is one amount.
  const parse = (text: string, ranges: boolean): PaneYearEffectParse =>
    ranges ? parseYearEffectFor(text, language) : parseAmountFor(text, language);
  const amount = (value: number) => formatUnderstood(value, language);
  const describeAmountProblem = (parsed: Extract<PaneYearEffectParse, { ok: false }>) => {
    const problem = parsed.problem;
    if (problem.code === "lowAboveHigh")
      return texts.form.lowAboveHigh(problem.found, amount(problem.low), amount(problem.high));
    if (problem.code === "wrongDecimalMark")
      return texts.form.wrongDecimalMark(problem.found, problem.suggestion);
    // The workbook's message gives a Danish example, which in English would read as a decimal.
    if (problem.code === "notANumber") return texts.form.notAnAmount(problem.found);
    return (workbookTexts.amountProblems[problem.code] as (p: unknown) => string)(problem);
  };
  /** Beside an amount the user changed: what BAR reads from it, before anything is saved. */
  const understood = (text: string, shown: string, ranges: boolean): string | undefined => {
    if (text === shown) return undefined;
    const parsed = parse(text, ranges);
    if (!parsed.ok) return undefined;
    const { value } = parsed;
    if (value === NOT_ESTIMATED) return texts.form.understoodNotEstimated;
    if (!isRange(value)) return texts.form.understood(amount(value));
    const expected = amount(expectedEffect(value) as number);
    return texts.form.understoodRange(amount(value.low), amount(value.high), expected);
  };
  // A field that holds only "-" (not estimated) is selected on focus, so typing replaces it.
  const amountFocus = {
    onFocus: (event: FocusEvent<HTMLInputElement>) => {
      if (event.currentTarget.value.trim() !== "-") return;
      event.currentTarget.select();
      selectedOnFocus.current = event.currentTarget;
    },
    onMouseUp: (event: MouseEvent<HTMLInputElement>) => {
      if (selectedOnFocus.current === event.currentTarget) event.preventDefault();
      selectedOnFocus.current = null;
    },
  };
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
    // An amount the user did not touch keeps its exact value, whatever its shown form.
    if (text === shown) return original;
    const parsed = parse(text, key !== "fullYear");
    if (parsed.ok) return parsed.value;
    errors[key] = describeAmountProblem(parsed);
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
      <Field label={t.kind}>
        <Select value={draft.kind} onChange={(_, data) => set("kind", data.value as Draft["kind"])}>
          {INITIATIVE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {workbookTexts.kinds[kind]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.authorityArea} validationMessage={textMessage("authorityArea")}>
        <Combobox
          freeform
          expandIcon={{ "aria-label": texts.form.showOptions }}
          value={draft.authorityArea}
          onChange={(event) => set("authorityArea", event.target.value)}
          onOptionSelect={(_, data) => set("authorityArea", data.optionText ?? "")}
        >
          {AUTHORITY_AREAS.map((area) => (
            <Option key={area}>{area}</Option>
          ))}
        </Combobox>
      </Field>
      <Field label={t.coreArea} validationMessage={textMessage("coreArea")}>
        <Combobox
          freeform
          expandIcon={{ "aria-label": texts.form.showOptions }}
          value={draft.coreArea}
          onChange={(event) => set("coreArea", event.target.value)}
          onOptionSelect={(_, data) => set("coreArea", data.optionText ?? "")}
        >
          {CORE_AREAS.map((area) => (
            <Option key={area}>{area}</Option>
          ))}
        </Combobox>
      </Field>
      <Field label={t.focusArea}>
        <Select
          value={draft.focusArea ?? ""}
          onChange={(_, data) => set("focusArea", (data.value || null) as Draft["focusArea"])}
        >
          <option value="">{texts.overview.noFocusArea}</option>
          {FOCUS_AREAS.map((area) => (
            <option key={area} value={area}>
              {workbookTexts.focusAreas[area]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.status}>
        <Select value={draft.status} onChange={(_, data) => set("status", data.value as Draft["status"])}>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {workbookTexts.statuses[status]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.owner} validationMessage={textMessage("owner")}>
        <Input value={draft.owner} onChange={(_, data) => set("owner", data.value)} />
      </Field>
      <YearFields
        years={years}
        legend={texts.form.effectsLegend}
        values={draft.effects}
        onChange={(year, value) => set("effects", { ...draft.effects, [year]: value })}
        hintFor={(year) =>
          understood(draft.effects[year], initial.effects[year], true) ?? texts.form.effectHint
        }
        errorFor={(year) => amountErrors[String(year)]}
        amountFocus={amountFocus}
      />
      <Field
        label={t.fullYearEffect}
        hint={understood(draft.fullYearEffect, initial.fullYearEffect, false)}
        validationMessage={amountErrors.fullYear}
      >
        <Input
          inputMode="decimal"
          {...amountFocus}
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
