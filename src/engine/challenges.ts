import { NOT_ESTIMATED, isRange, type YearEffect } from "./initiative";
import { exactEstimate, type Estimate } from "./parseRange";

/**
 * A coming challenge of the economic strategy (seed 000's "kommende udfordringer"): what it
 * is expected to cost each year, in mio. kr. like the headroom it comes off; a cost is
 * positive, a range is "7,5-14,5", and "-" is not estimated yet (unknown, never zero).
 */
export type Challenge = {
  name: string;
  coreArea: string;
  costs: Readonly<Record<number, YearEffect>>;
  note: string;
};

/** The challenges' costs as lines of estimates over `years`, for checkStrategyCases. */
export function challengeLines(challenges: readonly Challenge[], years: readonly number[]): Estimate[][] {
  return challenges.map((challenge) =>
    years.map((year): Estimate => {
      const cost = challenge.costs[year] ?? NOT_ESTIMATED;
      return cost === NOT_ESTIMATED || isRange(cost) ? cost : exactEstimate(cost);
    }),
  );
}
