import { Button, makeStyles } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { ReductionTarget } from "../../engine/overview";
import type { StrategyRule } from "../../engine/strategy";
import type { BarStore } from "../../excel/barStore";
import type { WorkbookData } from "../../excel/toWorkbookData";
import type { Language } from "../../i18n/language";
import { panelTexts } from "../../i18n/panelTexts";
import type { PaneTexts } from "../../i18n/paneTexts";
import { goalActions, nextId } from "../goalActions";
import { StrategyEditor } from "./StrategyEditor";
import { TargetsEditor } from "./TargetsEditor";

/** Props of {@link GoalsPanel}. */
export type GoalsPanelProps = {
  store: BarStore;
  data: WorkbookData;
  texts: PaneTexts;
  language: Language;
  busy: boolean;
  /** Runs a change with the workspace's busy state and messages (its result is the message to show). */
  act: (work: () => Promise<string | null>) => Promise<void>;
};

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: "12px" },
  buttons: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

/** Under the overview: the reduction targets and the strategy's rules, edited in the pane on request. */
export function GoalsPanel({ store, data, language, busy, act, ...props }: GoalsPanelProps) {
  const texts = useMemo(() => panelTexts(props.texts, language), [props.texts, language]);
  const styles = useStyles();
  const t = texts.goals;
  const [open, setOpen] = useState<"targets" | "strategy" | null>(null);
  const actions = useMemo(
    () => goalActions(store, data.years, texts, language),
    [store, data.years, texts, language],
  );
  const areas = useMemo(
    () =>
      [
        ...new Set(data.initiatives.map((initiative) => initiative.authorityArea.trim()).filter(Boolean)),
      ].sort((a, b) => a.localeCompare(b, "da")),
    [data.initiatives],
  );
  const freshTarget: ReductionTarget = {
    id: nextId(
      "T-",
      data.targets.map((target) => target.id),
    ),
    name: t.newTarget,
    authorityArea: null,
    amounts: {},
  };
  const freshRule: StrategyRule = {
    id: nextId(
      "R-",
      data.strategy.rules.map((rule) => rule.id),
    ),
    measure: "",
    comparison: "atLeast",
    threshold: 0,
    severity: "BREACH",
  };
  const toggle = (which: "targets" | "strategy") => setOpen((current) => (current === which ? null : which));
  return (
    <section className={styles.panel} aria-label={`${t.editTargets} / ${t.editStrategy}`}>
      <div className={styles.buttons}>
        <Button aria-expanded={open === "targets"} onClick={() => toggle("targets")}>
          {open === "targets" ? t.close : t.editTargets}
        </Button>
        <Button aria-expanded={open === "strategy"} onClick={() => toggle("strategy")}>
          {open === "strategy" ? t.close : t.editStrategy}
        </Button>
      </div>
      {open === "targets" && (
        <TargetsEditor
          targets={data.targets}
          years={data.years}
          areas={areas}
          fresh={freshTarget}
          onSave={(before, after) => void act(() => actions.saveTarget(before, after))}
          onAdd={(target) => void act(() => actions.addTarget(target))}
          onRemove={(target) => void act(() => actions.removeTarget(target))}
          busy={busy}
          texts={texts}
          language={language}
        />
      )}
      {open === "strategy" && (
        <StrategyEditor
          rules={data.strategy.rules}
          fresh={freshRule}
          onSave={(before, after) => void act(() => actions.saveRule(before, after))}
          onAdd={(rule) => void act(() => actions.addRule(rule))}
          onRemove={(rule) => void act(() => actions.removeRule(rule))}
          busy={busy}
          texts={texts}
          language={language}
        />
      )}
    </section>
  );
}
