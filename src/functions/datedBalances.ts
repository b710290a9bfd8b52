import { LiquidityLedger, toLiquidityLedger } from "../engine/liquidity";
import { Orientation, RangeArgument, readDateLine, readLine } from "./cellValues";
import { withCellLocations } from "./excelErrors";

/**
 * Reads dated balances, two lines of the same length, into the engine's ledger. A blank is
 * `null` to the engine, which skips rows where both are blank; its errors name the cell.
 */
export function readLedger(
  dates: RangeArgument,
  balances: RangeArgument,
): { ledger: LiquidityLedger; orientation: Orientation } {
  const days = readDateLine(dates, "missing");
  const amounts = readLine(balances, "missing").values;
  const ledger = withCellLocations([dates, balances], () => toLiquidityLedger(days.values, amounts));
  return { ledger, orientation: days.orientation };
}
