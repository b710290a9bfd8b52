import { loggedCell, type ChangeGroup } from "../excel/changeGroups";
import { LOG_EVENTS } from "../excel/changeLog";
import { columnsOf } from "../excel/schema";
import type { Language } from "../i18n/language";
import type { PanelTexts } from "../i18n/panelTexts";
import type { WorkbookTexts } from "../i18n/workbookTexts";
import { toFieldLabel, toShownValue } from "./components/ConflictView";

/** When a change was made, as the UI language writes a date and time. */
export function formatWhen(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(language === "da" ? "da-DK" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  });
}

/** A logged change in the UI language: the event, or each changed cell as "Field: old → new". */
export function describeChange(
  group: ChangeGroup,
  years: readonly number[],
  texts: PanelTexts,
  workbookTexts: WorkbookTexts,
  language: Language,
): string {
  const t = texts.changes;
  const events: Record<string, string> = {
    [LOG_EVENTS.created]: t.events.created,
    [LOG_EVENTS.deleted]: t.events.deleted,
    [LOG_EVENTS.restored]: t.events.restored,
    [LOG_EVENTS.deleteUndone]: t.events.deleteUndone,
  };
  if (group.event !== null) return events[group.event] ?? t.events.other;
  const specs = columnsOf("initiatives", years);
  const shown = (column: string, text: string) => {
    const spec = specs.find((candidate) => candidate.name.toLowerCase() === column.toLowerCase());
    const value = spec ? loggedCell(spec, text) : text;
    return toShownValue(column, value, texts, workbookTexts, language);
  };
  return group.cells
    .map((entry) =>
      t.cellChange(
        toFieldLabel(entry.field, texts),
        shown(entry.field, entry.oldValue),
        shown(entry.field, entry.newValue),
      ),
    )
    .join("; ");
}

/** The fields of conflicting cells in words, for "… changed since". */
export function fieldList(columns: readonly string[], texts: PanelTexts): string {
  return columns.map((column) => toFieldLabel(column, texts)).join(", ");
}
