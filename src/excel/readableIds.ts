/** Readable initiative ids: "I-0001", "I-0002", … as the seed documents number their lines. */
const READABLE = /^I-(\d+)$/i;

/** The next `count` free readable ids after the highest one in `taken` (lower-case ids). */
export function nextReadableIds(taken: ReadonlySet<string>, count: number): string[] {
  let highest = 0;
  for (const id of taken) {
    const match = READABLE.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return Array.from({ length: count }, (_, index) => `I-${String(highest + index + 1).padStart(4, "0")}`);
}

/**
 * The ids among `ours` that the Id column holds more than once after our write: a co-author
 * added the same next number in the one round trip between our check and our write.
 */
export function clashingIds(column: readonly unknown[][], ours: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const [cell] of column) {
    const id = String(cell ?? "")
      .trim()
      .toLowerCase();
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return ours.filter((id) => (counts.get(id.toLowerCase()) ?? 0) > 1);
}
