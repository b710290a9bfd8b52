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
  type Effect,
  type Initiative,
  type InitiativeProblem,
} from "../../engine/initiative";
import { parseAmount } from "../../engine/parseAmount";
import { currentLanguage } from "../../i18n/language";
import type { PaneTexts } from "../../i18n/paneTexts";
import type { WorkbookTexts } from "../../i18n/workbookTexts";
import { WorkbookCallFailure } from "./WorkbookCallFailure";

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
};

type Draft = Record<"name" | "authorityArea" | "coreArea" | "owner" | "note" | "fullYearEffect", string> & {
  kind: Initiative["kind"];
  focusArea: Initiative["focusArea"];
  status: Initiative["status"];
  effects: Record<number, string>;
};

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: "10px" },
  years: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(110px, 1fr))", gap: "8px" },
  fieldset: { border: "none", margin: 0, padding: 0 },
  buttons: { display: "flex", columnGap: "8px" },
  problems: { margin: 0, paddingInlineStart: "18px" },
});

// Exact and readable back by parseAmount: Danish with thousands points; English without
// grouping, since "1,257" is ambiguous. Never rounded, so an untouched amount saves unchanged.
const EDIT_FORMATS = {
  da: new Intl.NumberFormat("da-DK", { maximumFractionDigits: 10 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 10, useGrouping: false }),
};
const showEffect = (effect: Effect) =>
  effect === NOT_ESTIMATED ? "-" : EDIT_FORMATS[currentLanguage()].format(effect);

function toDraft(initiative: Initiative, years: number[]): Draft {
  return {
    kind: initiative.kind,
    name: initiative.name,
    authorityArea: initiative.authorityArea,
    coreArea: initiative.coreArea,
    focusArea: initiative.focusArea,
    status: initiative.status,
    owner: initiative.owner,
    note: initiative.note,
    fullYearEffect: showEffect(initiative.fullYearEffect),
    effects: Object.fromEntries(years.map((year) => [year, showEffect(effectIn(initiative, year))])),
  };
}

/**
 * Adds or edits an initiative. Amounts are accepted in Danish format (-1.257) as well as
 * plain numbers, and "-" means not estimated yet; nothing is saved while a field is wrong.
 */
export function InitiativeForm(props: InitiativeFormProps) {
  const { base, isNew, years, saving, storeProblems, failure, onSave, onCancel, texts, workbookTexts } =
    props;
  const styles = useStyles();
  const t = texts.initiatives;
  const [initial] = useState(() => toDraft(base, years));
  const [draft, setDraft] = useState(initial);
  const [amountErrors, setAmountErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<InitiativeProblem[]>([]);
  const firstField = useRef<HTMLInputElement>(null);
  const formElement = useRef<HTMLFormElement>(null);
  useEffect(() => firstField.current?.focus(), []);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const readAmount = (
    key: string,
    text: string,
    shown: string,
    original: Effect,
    errors: Record<string, string>,
  ) => {
    // An amount the user did not touch keeps its exact value, whatever its shown form.
    if (text === shown) return original;
    const parsed = parseAmount(text);
    if (parsed.ok) return parsed.value;
    const describe = workbookTexts.amountProblems[parsed.problem.code] as (problem: unknown) => string;
    errors[key] = describe(parsed.problem);
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
      fullYearEffect: readAmount(
        "fullYear",
        draft.fullYearEffect,
        initial.fullYearEffect,
        base.fullYearEffect,
        errors,
      ),
    };
    const found = validateInitiative(initiative, years);
    setAmountErrors(errors);
    setProblems(found);
    if (Object.keys(errors).length === 0 && !found.some((problem) => problem.severity === "error"))
      onSave(initiative);
  };
  const describeProblem = (problem: InitiativeProblem) =>
    (workbookTexts.initiativeProblems[problem.code] as (p: InitiativeProblem) => string)(problem);
  const nameProblem = problems.find((problem) => problem.code === "nameMissing");
  const messages = [
    ...problems.filter((problem) => problem !== nameProblem).map(describeProblem),
    ...storeProblems,
  ];

  return (
    <form
      ref={formElement}
      className={styles.form}
      onSubmit={submit}
      onKeyDown={(event) => event.key === "Escape" && onCancel()}
      aria-labelledby="initiative-form-heading"
      noValidate
    >
      <Subtitle2 as="h2" id="initiative-form-heading">
        {isNew ? texts.form.addHeading : texts.form.editHeading(base.name)}
      </Subtitle2>
      <Field label={t.name} required validationMessage={nameProblem && describeProblem(nameProblem)}>
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
      <Field label={t.authorityArea}>
        <Combobox
          freeform
          value={draft.authorityArea}
          onChange={(event) => set("authorityArea", event.target.value)}
          onOptionSelect={(_, data) => set("authorityArea", data.optionText ?? "")}
        >
          {AUTHORITY_AREAS.map((area) => (
            <Option key={area}>{area}</Option>
          ))}
        </Combobox>
      </Field>
      <Field label={t.coreArea}>
        <Combobox
          freeform
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
      <Field label={t.owner}>
        <Input value={draft.owner} onChange={(_, data) => set("owner", data.value)} />
      </Field>
      <fieldset className={styles.fieldset}>
        <legend>{texts.form.effectsLegend}</legend>
        <div className={styles.years}>
          {years.map((year) => (
            <Field
              key={year}
              label={String(year)}
              hint={texts.form.effectHint}
              validationMessage={amountErrors[String(year)]}
            >
              <Input
                inputMode="decimal"
                value={draft.effects[year]}
                onChange={(_, data) => set("effects", { ...draft.effects, [year]: data.value })}
              />
            </Field>
          ))}
        </div>
      </fieldset>
      <Field label={t.fullYearEffect} validationMessage={amountErrors.fullYear}>
        <Input
          inputMode="decimal"
          value={draft.fullYearEffect}
          onChange={(_, data) => set("fullYearEffect", data.value)}
        />
      </Field>
      <Field label={t.note}>
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
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabledFocusable={saving}>
          {saving ? texts.form.saving : texts.form.save}
        </Button>
        <Button onClick={onCancel}>{texts.form.cancel}</Button>
      </div>
    </form>
  );
}
