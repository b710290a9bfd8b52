import { BenchmarkPeers, toBenchmarkPeers } from "../engine/benchmarkPotential";
import { Range, RangeArgument, readAmounts } from "./cellValues";

/*
 * A sheet often holds a column of BAR.BENCHMARKPOTENTIAL formulas against one range of
 * comparable municipalities. Excel hands each formula its own copy of that range, so the
 * peers are remembered by their cells' values, not by the array: the same values give the
 * same sorted peers, and a changed cell is a different key.
 */

/** How many peer ranges are remembered: a few key figures side by side, each with its peers. */
const REMEMBERED_RANGES = 4;

/** Larger ranges are not copied to be remembered (the 98 municipalities fit many times over). */
const MAX_REMEMBERED_CELLS = 10_000;

type Remembered = { cells: unknown[]; peers: BenchmarkPeers };

const remembered: Remembered[] = [];
let nextSlot = 0;

/**
 * The peers in `argument` for the engine: read cell by cell (an error naming the cell) and
 * checked, or those of an earlier call whose cells held the same values. Only peers without
 * an error are remembered, so every problem is found in the cells themselves.
 */
export function readBenchmarkPeers(argument: RangeArgument): BenchmarkPeers {
  const { range } = argument;
  // An empty first row is an error of its own, whatever follows it.
  const known = range[0]?.length ? remembered.find((entry) => holdsCells(entry.cells, range)) : undefined;
  if (known) return known.peers;
  const peers = toBenchmarkPeers(readAmounts(argument, "missing", "zero"));
  if ("sorted" in peers) remember(range, peers);
  return peers;
}

/** Forgets every remembered range (for tests that measure a call without them). */
export function forgetBenchmarkPeers(): void {
  remembered.length = 0;
  nextSlot = 0;
}

function remember(range: Range, peers: BenchmarkPeers): void {
  let count = 0;
  for (const row of range) count += row.length;
  if (count > MAX_REMEMBERED_CELLS) return;
  const cells: unknown[] = [];
  for (const row of range) for (const value of row) cells.push(value);
  remembered[nextSlot] = { cells, peers };
  nextSlot = (nextSlot + 1) % REMEMBERED_RANGES;
}

/** Whether `range`, read row by row, holds exactly `cells`. */
function holdsCells(cells: readonly unknown[], range: Range): boolean {
  let index = 0;
  for (const row of range) {
    for (let column = 0; column < row.length; column++, index++) {
      if (index >= cells.length || row[column] !== cells[index]) return false;
    }
  }
  return index === cells.length;
}
