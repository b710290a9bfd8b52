import { Field, Input, Select, Subtitle2, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { NOT_ESTIMATED } from "../../engine/initiative";
import type { StrategyRule } from "../../engine/strategy";
import type { Language } from "../../i18n/language";
import type { PanelTexts } from "../../i18n/panelTexts";
import { showEffect } from "../initiativeDraft";
import { parseAmountFor } from "../parseAmountFor";
import { RowActions } from "./RowActions";

/** Props of {@link StrategyEditor}. */
export type StrategyEditorProps = {
  rules: StrategyRule[];
  /** The rule a new one starts from (a fresh id). */
  fresh: StrategyRule;
  onSave: (before: StrategyRule, after: StrategyRule) => void;
  onAdd: (rule: StrategyRule) => void;
  onRemove: (rule: StrategyRule) => void;
  busy: boolean;
  texts: PanelTexts;
  language: Language;
};

const useStyles = makeStyles({
  editor: { display: "flex", flexDirection: "column", rowGap: "16px" },
  rule: { display: "flex", flexDirection: "column", rowGap: "8px", border: "none", margin: 0, padding: 0 },
  fields: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))", gap: "8px" },
});

/** The strategy's rules (the council's benchmarks, "pejlemærker"): threshold, direction and what a miss means. */
export function StrategyEditor(props: StrategyEditorProps) {
  const styles = useStyles();
  return (
    <div className={styles.editor}>
      {props.rules.map((rule) => (
        <RuleFields key={rule.id} rule={rule} isNew={false} {...props} />
      ))}
      <RuleFields key={props.fresh.id} rule={props.fresh} isNew {...props} />
    </div>
  );
}

function RuleFields(props: StrategyEditorProps & { rule: StrategyRule; isNew: boolean }) {
  const { rule, isNew, texts, language, busy } = props;
  const t = texts.goals;
  const styles = useStyles();
  const measureName = (measure: string) => texts.overview.measureNames[measure] ?? measure;
  const [measure, setMeasure] = useState(rule.measure);
  const [comparison, setComparison] = useState(rule.comparison);
  const [threshold, setThreshold] = useState(isNew ? "" : showEffect(rule.threshold, language));
  const [severity, setSeverity] = useState(rule.severity);
  const [error, setError] = useState<string | undefined>(undefined);
  const headingId = `rule-edit-${rule.id}`;
  const title = isNew
    ? t.addRule
    : `${measureName(rule.measure)} ${t.comparisons[rule.comparison]} ${showEffect(rule.threshold, language)}`;

  const submit = () => {
    const parsed = parseAmountFor(threshold, language);
    if (!parsed.ok || parsed.value === NOT_ESTIMATED) {
      setError(t.notAnAmount(threshold));
      return;
    }
    setError(undefined);
    const next = {
      ...rule,
      measure: measure.trim() || rule.measure,
      comparison,
      threshold: parsed.value,
      severity,
    };
    if (isNew) props.onAdd(next);
    else props.onSave(rule, next);
  };
  return (
    <fieldset className={styles.rule} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {title}
      </Subtitle2>
      <div className={styles.fields}>
        <Field label={t.measure} hint={isNew ? t.newMeasureHint : undefined}>
          <Input
            value={isNew ? measure : measureName(measure)}
            readOnly={!isNew}
            onChange={(_, data) => setMeasure(data.value)}
          />
        </Field>
        <Field label={t.comparison}>
          <Select
            value={comparison}
            onChange={(_, data) => setComparison(data.value as StrategyRule["comparison"])}
          >
            <option value="atLeast">{t.comparisons.atLeast}</option>
            <option value="atMost">{t.comparisons.atMost}</option>
          </Select>
        </Field>
        <Field label={t.threshold} validationMessage={error}>
          <Input inputMode="decimal" value={threshold} onChange={(_, data) => setThreshold(data.value)} />
        </Field>
        <Field label={t.severity}>
          <Select
            value={severity}
            onChange={(_, data) => setSeverity(data.value as StrategyRule["severity"])}
          >
            <option value="BREACH">{t.severities.BREACH}</option>
            <option value="BELOW_OPTIMAL">{t.severities.BELOW_OPTIMAL}</option>
          </Select>
        </Field>
      </div>
      <RowActions
        submitLabel={isNew ? t.addRule : t.save}
        onSubmit={submit}
        remove={
          isNew
            ? undefined
            : {
                label: t.remove,
                title: t.removeTitle(title),
                body: t.removeBody("BAR_Strategy"),
                keepLabel: texts.changes.keep,
                onRemove: () => props.onRemove(rule),
              }
        }
        busy={busy}
      />
    </fieldset>
  );
}
