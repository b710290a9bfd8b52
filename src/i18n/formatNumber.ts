const DANISH_NUMBERS = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 2 });

/**
 * Formats a number the Danish way (1.234,5) whatever the UI language: the budgets, documents
 * and co-authors' workbooks BAR serves are Danish.
 */
export function formatNumber(value: number): string {
  return DANISH_NUMBERS.format(value);
}
