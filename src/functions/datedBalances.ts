import { isDateSerial, toDateSerial } from "../engine/excelDate";
import { InputError, InputLocation } from "../engine/inputError";
import { LiquidityLedger, toLiquidityLedger } from "../engine/liquidity";
import {
  BlankRule,
  Line,
  Orientation,
  RangeArgument,
  readAmount,
  readLine,
  readLineWith,
} from "./cellValues";
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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads one cell as a date serial. Excel passes date cells as serial numbers; text is a
 * date only when written yyyy-mm-dd, because "03-04-2025" means different days in
 * different countries. A 0 counts as blank: desktop Excel passes an empty cell as 0, and
 * serial 0 is no real day.
 */
export function readDate(value: unknown, location: InputLocation, blank: BlankRule): number | null {
  if (value === 0) return readAmount(null, location, blank);
  if (typeof value === "number") {
    if (isDateSerial(value)) return value;
    throw new InputError("invalidValue", location, { code: "notADate", found: String(value) });
  }
  if (typeof value === "string" && value.trim() !== "") {
    const match = ISO_DATE.exec(value.trim());
    const serial = match && toDateSerial({ year: +match[1], month: +match[2], day: +match[3] });
    if (!serial) throw new InputError("invalidValue", location, { code: "notADate", found: value });
    return serial;
  }
  return readAmount(value, location, blank);
}

/** Reads a one-row or one-column range of dates (serials); blank cells follow `blank`. */
export function readDateLine(argument: RangeArgument, blank: BlankRule): Line {
  return readLineWith(argument, (value, location) => readDate(value, location, blank));
}
