import { Field, Input, Select, Subtitle2, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { NOT_ESTIMATED } from "../../engine/initiative";
import type { ReductionTarget } from "../../engine/overview";
import type { Language } from "../../i18n/language";
import type { PanelTexts } from "../../i18n/panelTexts";
import { showEffect } from "../initiativeDraft";
import { parseAmountFor } from "../parseAmountFor";
import { RowActions } from "./RowActions";

/** Props of {@link TargetsEditor}. */
export type TargetsEditorProps = {
  targets: ReductionTarget[];
  years: number[];
  /** The authority areas offered (those of the initiatives, and the targets' own). */
  areas: string[];
  /** The target a new one starts from (a fresh id, no amounts). */
  fresh: ReductionTarget;
  onSave: (before: ReductionTarget, after: ReductionTarget) => void;
  onAdd: (target: ReductionTarget) => void;
  onRemove: (target: ReductionTarget) => void;
  busy: boolean;
  texts: PanelTexts;
  language: Language;
};

const useStyles = makeStyles({
  editor: { display: "flex", flexDirection: "column", rowGap: "16px" },
  target: { display: "flex", flexDirection: "column", rowGap: "8px", border: "none", margin: 0, padding: 0 },
  years: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(120px, 1fr))", gap: "8px" },
});

/** Add, edit and delete reduction targets: the overall one and sub-targets per authority area. */
export function TargetsEditor(props: TargetsEditorProps) {
  const styles = useStyles();
  return (
    <div className={styles.editor}>
      {props.targets.map((target) => (
        <TargetFields key={target.id} target={target} isNew={false} {...props} />
      ))}
      <TargetFields key={props.fresh.id} target={props.fresh} isNew {...props} />
    </div>
  );
}

function TargetFields(props: TargetsEditorProps & { target: ReductionTarget; isNew: boolean }) {
  const { target, isNew, years, areas, texts, language, busy } = props;
  const t = texts.goals;
  const styles = useStyles();
  const [name, setName] = useState(target.name);
  const [area, setArea] = useState(target.authorityArea ?? "");
  const [amounts, setAmounts] = useState<Record<number, string>>(() =>
    Object.fromEntries(
      years.map((year) => [year, showEffect(target.amounts[year] ?? NOT_ESTIMATED, language)]),
    ),
  );
  const [errors, setErrors] = useState<Record<number, string>>({});
  const legendId = `target-edit-${target.id}`;

  const edited = (): ReductionTarget | null => {
    const found: Record<number, string> = {};
    const parsed: Record<number, number | null> = {};
    for (const year of years) {
      const text = amounts[year].trim();
      if (text === "" || text === "-") {
        parsed[year] = null;
        continue;
      }
      const result = parseAmountFor(text, language);
      if (result.ok && result.value !== NOT_ESTIMATED) parsed[year] = result.value;
      else found[year] = t.notAnAmount(text);
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return null;
    return {
      ...target,
      name: name.trim() || target.name,
      authorityArea: area === "" ? null : area,
      amounts: parsed,
    };
  };
  const submit = () => {
    const next = edited();
    if (!next) return;
    if (isNew) props.onAdd(next);
    else props.onSave(target, next);
  };
  return (
    <fieldset className={styles.target} aria-labelledby={legendId}>
      <Subtitle2 as="h3" id={legendId}>
        {isNew ? t.newTarget : target.name}
      </Subtitle2>
      <Field label={t.name}>
        <Input value={name} onChange={(_, data) => setName(data.value)} />
      </Field>
      <Field label={t.area} hint={texts.overview.targetScope(area === "" ? null : area)}>
        <Select value={area} onChange={(_, data) => setArea(data.value)}>
          <option value="">{t.overall}</option>
          {[...new Set([...areas, ...(area ? [area] : [])])].map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.years}>
        {years.map((year) => (
          <Field key={year} label={String(year)} hint={t.yearHint} validationMessage={errors[year]}>
            <Input
              inputMode="decimal"
              value={amounts[year]}
              onChange={(_, data) => setAmounts((current) => ({ ...current, [year]: data.value }))}
            />
          </Field>
        ))}
      </div>
      <RowActions
        submitLabel={isNew ? t.addTarget : t.save}
        onSubmit={submit}
        remove={
          isNew
            ? undefined
            : {
                label: t.remove,
                title: t.removeTitle(target.name),
                body: t.removeBody("BAR_Targets"),
                keepLabel: texts.changes.keep,
                onRemove: () => props.onRemove(target),
              }
        }
        busy={busy}
      />
    </fieldset>
  );
}
