import type { Page } from "playwright-core";
import { columnLetters } from "../../src/excel/a1";
import { layoutOf } from "../../src/excel/layout";
import { typeInto } from "./previewPage";

/** The example's horizon (seed 002). */
const YEARS = [2021, 2022, 2023, 2024];
/** Seed 000's challenges in the example's BAR_Challenges, one body row each. */
const EXAMPLE_CHALLENGES = 9;

/** The BAR-sheet address of the example's BAR_Challenges cell: body row `row` (1-based), column `offset` (0 = Name). */
export function challengeCell(row: number, offset: number): string {
  return `${columnLetters(layoutOf(YEARS).challenges.column + offset)}${row + 1}`;
}

/** Empties the example's BAR_Challenges as a user deleting its rows' contents would: no challenges are left. */
export async function clearChallenges(page: Page): Promise<void> {
  const cells: Record<string, string> = {};
  for (let row = 1; row <= EXAMPLE_CHALLENGES; row++)
    for (let offset = 0; offset < YEARS.length + 3; offset++) cells[challengeCell(row, offset)] = "";
  await typeInto(page, "BAR", cells);
}
