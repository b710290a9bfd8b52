import { Button, Field, Input, MessageBar, Radio, RadioGroup, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { DEFAULT_ESTIMATE_YEARS, checkYears, yearsOf } from "../../engine/years";
import type { BarStore } from "../../excel/barStore";
import { CARRY_OPTIONS, type CarryOption } from "../../excel/newYearColumns";
import type { WorkbookData } from "../../excel/toWorkbookData";
import type { NewBudgetYear } from "../../excel/writeNewBudgetYear";
import { describeWorkbookProblem } from "../../i18n/describeWorkbookProblem";
import type { Language } from "../../i18n/language";
import { panelTexts } from "../../i18n/panelTexts";
import type { PaneTexts } from "../../i18n/paneTexts";
import { parseAmountFor } from "../parseAmountFor";

/** Props of {@link NewBudgetYearPanel}. */
export type NewBudgetYearPanelProps = {
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
  row: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(min(100%, 130px), 1fr))",
    gap: "8px",
  },
  fieldset: {
    border: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: "8px",
  },
});

/** "2025–2028", or one year. */
const span = (years: readonly number[]) =>
  years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : years.map(String).join("");

/** Under the overview: "Nyt budgetår", a small form that moves the workbook to a new budget year on confirmation. */
export function NewBudgetYearPanel({ store, data, language, busy, act, ...props }: NewBudgetYearPanelProps) {
  const texts = panelTexts(props.texts, language);
  const styles = useStyles();
  const t = texts.newYear;
  const current = data.settings.years;
  const [open, setOpen] = useState(false);
  const [budgetYear, setBudgetYear] = useState(String(current.budgetYear + 1));
  const [estimateYears, setEstimateYears] = useState(String(DEFAULT_ESTIMATE_YEARS));
  const [carry, setCarry] = useState<CarryOption>("none");
  const [amounts, setAmounts] = useState<Record<string, string>>({});
  const to = { budgetYear: Number(budgetYear), estimateYears: Number(estimateYears) };
  const yearsProblem = budgetYear.trim() === "" || estimateYears.trim() === "" || checkYears(to).length > 0;
  const notLater = !yearsProblem && to.budgetYear <= current.budgetYear;
  const newYears = yearsProblem ? [] : yearsOf(to).filter((year) => !data.years.includes(year));
  const history = data.years.filter((year) => !yearsProblem && year < to.budgetYear);
  const key = (id: string, year: number) => `${id}|${year}`;
  const parsed = new Map(
    Object.entries(amounts)
      .filter(([, text]) => text.trim() !== "")
      .map(([at, text]) => [at, parseAmountFor(text, language)]),
  );
  const amountError = (at: string) => {
    const result = parsed.get(at);
    return result && (!result.ok || typeof result.value !== "number")
      ? t.notAnAmount(amounts[at])
      : undefined;
  };
  const invalid = yearsProblem || notLater || [...parsed.keys()].some((at) => amountError(at) !== undefined);

  const start = () =>
    act(async () => {
      const targets: NewBudgetYear["targets"] = Object.fromEntries(
        data.targets.map((target) => [
          target.id,
          Object.fromEntries(
            newYears.map((year) => {
              const result = parsed.get(key(target.id, year));
              return [year, result?.ok && typeof result.value === "number" ? result.value : null];
            }),
          ),
        ]),
      );
      const result = await store.startBudgetYear({ from: current, to, carry, targets });
      if (result.status === "started") {
        setOpen(false);
        return t.done(span(yearsOf(to)), result.carried);
      }
      if (result.status === "stale") throw new Error(t.stale);
      if (result.status === "invalid") throw new Error(t.invalidYears);
      throw new Error(result.problems.map((problem) => describeWorkbookProblem(problem, language)).join(" "));
    });

  return (
    <section className={styles.panel} aria-label={t.button}>
      <div>
        <Button aria-expanded={open} onClick={() => setOpen((was) => !was)}>
          {open ? t.close : t.button}
        </Button>
      </div>
      {open && (
        <form
          className={styles.panel}
          onSubmit={(event) => {
            event.preventDefault();
            if (!invalid && !busy) void start();
          }}
        >
          <div className={styles.row}>
            <Field
              label={t.budgetYear}
              validationMessage={
                yearsProblem ? t.invalidYears : notLater ? t.notLater(current.budgetYear) : undefined
              }
            >
              <Input inputMode="numeric" value={budgetYear} onChange={(_, d) => setBudgetYear(d.value)} />
            </Field>
            <Field label={t.estimateYears}>
              <Input
                inputMode="numeric"
                value={estimateYears}
                onChange={(_, d) => setEstimateYears(d.value)}
              />
            </Field>
          </div>
          <Field label={t.carry}>
            <RadioGroup value={carry} onChange={(_, d) => setCarry(d.value as CarryOption)}>
              {CARRY_OPTIONS.map((option) => (
                <Radio key={option} value={option} label={t.carryOptions[option]} />
              ))}
            </RadioGroup>
          </Field>
          {newYears.length > 0 && (
            <fieldset className={styles.fieldset}>
              <legend>{t.targets}</legend>
              <span>{t.targetsHint}</span>
              {data.targets.length === 0 && <span>{t.noTargets}</span>}
              {data.targets.map((target) => (
                <fieldset key={target.id} className={styles.fieldset}>
                  <legend>{target.name}</legend>
                  <div className={styles.row}>
                    {newYears.map((year) => (
                      <Field
                        key={year}
                        label={String(year)}
                        validationMessage={amountError(key(target.id, year))}
                      >
                        <Input
                          inputMode="decimal"
                          value={amounts[key(target.id, year)] ?? ""}
                          onChange={(_, d) =>
                            setAmounts((was) => ({ ...was, [key(target.id, year)]: d.value }))
                          }
                        />
                      </Field>
                    ))}
                  </div>
                </fieldset>
              ))}
            </fieldset>
          )}
          {!invalid && newYears.length > 0 && (
            <MessageBar intent="info">{t.summary(span(history), span(newYears))}</MessageBar>
          )}
          <div>
            <Button
              appearance="primary"
              type="submit"
              disabledFocusable={busy || invalid || newYears.length === 0}
            >
              {t.confirm(to.budgetYear)}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
