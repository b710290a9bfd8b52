/** A timing: the median of the runs, in milliseconds. */
export type Timing = { name: string; medianMs: number; runs: number };

/**
 * Times `work` `runs` times after `warmup` untimed runs and returns the median, which a
 * busy shared machine disturbs less than the mean. `work` returns a value so the JIT
 * cannot drop it; the values are summed into a sink that is printed.
 */
export function measure(name: string, work: () => number, runs = 21, warmup = 5): Timing {
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    sink += work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  if (Number.isNaN(sink)) console.log("(sink NaN)");
  return { name, medianMs: times[Math.floor(times.length / 2)], runs };
}

/** Prints a timing beside the baseline, with the ratio and the goal. */
export function report(timing: Timing, baseline: Timing, goal?: number): void {
  const ratio = timing.medianMs / baseline.medianMs;
  const verdict =
    goal === undefined ? "" : ratio <= goal ? `  (goal ≤ ${goal}: met)` : `  (goal ≤ ${goal}: NOT met)`;
  console.log(
    `${timing.name.padEnd(58)} ${timing.medianMs.toFixed(2).padStart(9)} ms   ratio ${ratio.toFixed(2)}${verdict}`,
  );
}

/** Prints a goal that is a ratio of two timings of the same run, e.g. "X / Y: 3.2 (goal ≤ 4: met)". */
export function reportGoal(label: string, timing: Timing, baseline: Timing, goal: number): void {
  const ratio = timing.medianMs / baseline.medianMs;
  const verdict = ratio <= goal ? "met" : "NOT met";
  console.log(`${label}: ${ratio.toFixed(2)} (goal ≤ ${goal}: ${verdict})`);
}
