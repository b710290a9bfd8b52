import { Button, Field, Input, Subtitle2, makeStyles } from "@fluentui/react-components";
import { Fragment, useId, useState } from "react";
import type { LinkResult } from "../../excel/linkMeasure";
import type { SelectionResult } from "../../excel/readSelection";
import { describeWorkbookProblem } from "../../i18n/describeWorkbookProblem";
import { formatNumber } from "../../i18n/formatNumber";
import { currentLanguage } from "../../i18n/language";
import type { PaneTexts } from "../../i18n/paneTexts";
import { describeWorkbookCall } from "../describeWorkbookCall";
import { WorkbookCallFailure } from "./WorkbookCallFailure";

/** Props of {@link LinkMeasures}. */
export type LinkMeasuresProps = {
  measures: string[];
  texts: PaneTexts;
  /** Points a measure at a range of the budget model; the store writes one formula per year. */
  onLink: (measure: string, address: string) => Promise<LinkResult>;
  /** The range selected in Excel (its address with the sheet), for "Brug markering". */
  onUseSelection?: () => Promise<SelectionResult>;
};

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: "8px" },
  grow: { flexGrow: 1, minWidth: 0 },
});

/** Points the strategy's measures (headroom, cash) at the budget model's cells, once. */
export function LinkMeasures({ measures, texts, onLink, onUseSelection }: LinkMeasuresProps) {
  const styles = useStyles();
  const headingId = useId();
  const t = texts.overview.link;
  const [addresses, setAddresses] = useState<Record<string, string>>({});
  const [messages, setMessages] = useState<Record<string, { text: string; linked: boolean }>>({});
  // A link that failed in Excel (not a wrong address): shown with a retry.
  const [failures, setFailures] = useState<Record<string, string>>({});
  const name = (measure: string) => texts.overview.measureNames[measure] ?? measure;

  const describe = (measure: string, result: LinkResult): string => {
    switch (result.status) {
      case "linked":
        return t.linked(name(measure));
      case "wrongShape":
        return t.wrongShape(
          formatNumber(result.expected),
          formatNumber(result.rows),
          formatNumber(result.columns),
        );
      case "notAnAddress":
        return t.notAnAddress(result.address);
      case "noSheet":
        return t.noSheet(result.address);
      case "sheetMissing":
        return t.sheetMissing(result.sheet);
      case "blocked":
        return result.problems
          .map((problem) => describeWorkbookProblem(problem, currentLanguage()))
          .join(" ");
    }
  };
  const link = async (measure: string) => {
    const settle = (message: { text: string; linked: boolean } | null, failure: string | null) => {
      setMessages((current) => withEntry(current, measure, message));
      setFailures((current) => withEntry(current, measure, failure));
    };
    try {
      const result = await onLink(measure, (addresses[measure] ?? "").trim());
      settle({ text: describe(measure, result), linked: result.status === "linked" }, null);
    } catch (error) {
      settle(null, describeWorkbookCall(error, texts, currentLanguage()));
    }
  };

  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t.heading}
      </Subtitle2>
      {measures.map((measure) => (
        <Fragment key={measure}>
          <form
            className={styles.row}
            onSubmit={(event) => {
              event.preventDefault();
              void link(measure);
            }}
          >
            <Field
              className={styles.grow}
              label={t.addressLabel(name(measure))}
              hint={t.addressHint}
              validationState={messages[measure] && (messages[measure].linked ? "success" : "error")}
              validationMessage={messages[measure]?.text}
            >
              <Input
                value={addresses[measure] ?? ""}
                onChange={(_, data) => setAddresses((current) => ({ ...current, [measure]: data.value }))}
              />
            </Field>
            {onUseSelection && (
              <Button
                onClick={() =>
                  void onUseSelection().then(
                    (selection) =>
                      selection.status === "selected"
                        ? setAddresses((current) => ({ ...current, [measure]: selection.address }))
                        : setMessages((current) => ({
                            ...current,
                            [measure]: { text: t.multipleSelection, linked: false },
                          })),
                    (error: unknown) =>
                      setFailures((current) => ({
                        ...current,
                        [measure]: describeWorkbookCall(error, texts, currentLanguage()),
                      })),
                  )
                }
              >
                {t.useSelection}
              </Button>
            )}
            <Button type="submit">{t.button}</Button>
          </form>
          {failures[measure] && (
            <WorkbookCallFailure
              message={failures[measure]}
              retryLabel={texts.workbookCall.retry}
              onRetry={() => void link(measure)}
            />
          )}
        </Fragment>
      ))}
    </section>
  );
}

/** `record` with `key` set to `value`, or without `key` when `value` is null. */
function withEntry<T>(record: Record<string, T>, key: string, value: T | null): Record<string, T> {
  const next = { ...record };
  if (value === null) delete next[key];
  else next[key] = value;
  return next;
}
