import { formatNumber } from "../i18n/formatNumber";

/** Formats an amount for the pane: Danish digits, "-" where it is not known. */
export function formatAmount(value: number | null | undefined): string {
  return value === null || value === undefined ? "-" : formatNumber(value);
}
