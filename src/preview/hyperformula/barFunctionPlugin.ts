import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { installCustomFunctionsStandIn } from "./customFunctionsStandIn";

/** How Excel hands an empty cell to a custom function: `null` on the web, `0` on desktop. */
export type EmptyCellStyle = "web" | "desktop";

let emptyCells: EmptyCellStyle = "web";

/** Makes the adapter pass empty cells as Excel on the web (`null`) or on desktop (`0`) does. */
export function setEmptyCellStyle(style: EmptyCellStyle): void {
  emptyCells = style;
}

/** The shape of an argument as HyperFormula predicts it, with its value when it is a literal. */
export type ArgumentShape = { width: number; height: number; literal?: unknown };

/** A BAR custom function as the adapter needs it: the same function Excel calls, and its spill size. */
export type AdaptedFunction = {
  id: string;
  implementation: (...args: unknown[]) => unknown;
  /** Parameters before the trailing `invocation`. */
  parameterCount: number;
  /** Indexes of the parameters functions.json declares `matrix`: Excel passes them 2-D arrays, even for one cell. */
  matrixParameters: readonly number[];
  /** The size of the result, from the shapes of the arguments (HyperFormula reserves spills up front). */
  resultSize: (shapes: ArgumentShape[]) => { width: number; height: number };
};

type Ast = {
  type: string;
  args: Ast[];
  value?: unknown;
  procedureName?: string;
  start?: unknown;
  end?: unknown;
  reference?: unknown;
};
type State = { formulaAddress: { sheet: number; row: number; col: number } };

const ERROR_TYPES: Record<string, ErrorType> = {
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NAME?": ErrorType.NAME,
  "#NUM!": ErrorType.NUM,
  "#REF!": ErrorType.REF,
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#NULL!": ErrorType.ERROR,
};

/** An error value as Excel passes it to a custom function. */
function toExcelErrorValue(error: CellError): CustomFunctions.Error {
  const code = `#${error.type === ErrorType.DIV_BY_ZERO ? "DIV/0!" : error.type === ErrorType.NA ? "N/A" : error.type}`;
  const normalised = code === "#NAME" ? "#NAME?" : code.endsWith("!") || code === "#N/A" ? code : `${code}!`;
  return new CustomFunctions.Error(normalised as CustomFunctions.ErrorCode, error.message);
}

function toCellError(error: { code: string; message?: string }): CellError {
  return new CellError(ERROR_TYPES[error.code] ?? ErrorType.VALUE, error.message);
}

function isCustomFunctionsError(value: unknown): value is CustomFunctions.Error {
  return value instanceof (CustomFunctions.Error as unknown as new () => object);
}

/**
 * Registers BAR functions in HyperFormula under `BAR.<ID>`, calling them exactly as Excel
 * does: ranges, and any value for a matrix parameter, as 2-D arrays, empty cells as `null`
 * (web) or `0` (desktop), error values
 * as `CustomFunctions.Error`, omitted arguments as `null`, and the arguments' A1 addresses
 * in `invocation.parameterAddresses`. Thrown `CustomFunctions.Error`s become cell errors
 * with their message, as Excel shows them.
 */
export function registerBarFunctions(
  functions: AdaptedFunction[],
  translations: Record<string, Record<string, string>> = {},
): void {
  installCustomFunctionsStandIn();

  class BarPlugin extends FunctionPlugin {
    static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
      functions.map((fn) => [
        `BAR.${fn.id}`,
        {
          method: `bar_${fn.id}`,
          sizeOfResultArrayMethod: `bar_${fn.id}_size`,
          parameters: [{ argumentType: FunctionArgumentType.ANY }],
          repeatLastArgs: 1,
          vectorizationForbidden: true,
        },
      ]),
    );

    /** Calls `fn` with the arguments Excel would pass. */
    callAsExcel(fn: AdaptedFunction, ast: Ast, state: State): unknown {
      if (ast.args.length > fn.parameterCount)
        return new CellError(ErrorType.NA, "Wrong number of arguments");
      const values = Array.from({ length: fn.parameterCount }, (_, index) =>
        index < ast.args.length
          ? this.toExcelArgument(ast.args[index], state, fn.matrixParameters.includes(index))
          : null,
      );
      const invocation = { parameterAddresses: ast.args.map((arg) => this.addressOf(arg, state)) };
      try {
        return toHyperFormulaResult(fn.implementation(...values, invocation));
      } catch (error) {
        if (isCustomFunctionsError(error)) return toCellError(error);
        throw error;
      }
    }

    /** The spill size of `fn`'s result, from its arguments' shapes. */
    resultSizeOf(fn: AdaptedFunction, ast: Ast, state: State): ArraySize {
      const shapes = ast.args.map((arg): ArgumentShape => {
        const size = this.arraySizeForAst(arg as never, state as never);
        return { width: size.width, height: size.height, literal: literalOf(arg) };
      });
      const { width, height } = fn.resultSize(shapes);
      return new ArraySize(width, height);
    }

    /** Evaluates an argument and converts it to what Excel would pass; `matrix` wraps a single value as 1×1. */
    toExcelArgument(ast: Ast, state: State, matrix: boolean): unknown {
      if (ast.type === "EMPTY") return null;
      const value = this.evaluateAst(ast as never, state as never);
      const toCell = (cell: unknown): unknown => {
        if (cell instanceof CellError) return toExcelErrorValue(cell);
        if (typeof cell === "symbol" || cell === undefined) return emptyCells === "web" ? null : 0;
        if (typeof cell === "object" && cell !== null && "val" in cell) return (cell as { val: unknown }).val;
        return cell;
      };
      if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(toCell));
      return matrix ? [[toCell(value)]] : toCell(value);
    }

    /** The A1 address of a range or cell argument, as `invocation.parameterAddresses` gives it. */
    addressOf(ast: Ast, state: State): string | undefined {
      if (ast.type !== "CELL_RANGE" && ast.type !== "CELL_REFERENCE") return undefined;
      const toSimple = (reference: unknown) =>
        (reference as CellReference).toSimpleCellAddress(state.formulaAddress);
      const start = toSimple(ast.type === "CELL_RANGE" ? ast.start : ast.reference);
      const end = ast.type === "CELL_RANGE" ? toSimple(ast.end) : start;
      const sheetName = this.dependencyGraph.sheetMapping.getSheetNameOrThrowError(start.sheet);
      const cell = (address: { row: number; col: number }) =>
        `${columnLetters(address.col)}${address.row + 1}`;
      return `${sheetName}!${start === end ? cell(start) : `${cell(start)}:${cell(end)}`}`;
    }
  }

  for (const fn of functions) {
    Object.defineProperty(BarPlugin.prototype, `bar_${fn.id}`, {
      value(this: BarPlugin, ast: Ast, state: State) {
        return this.callAsExcel(fn, ast, state);
      },
    });
    Object.defineProperty(BarPlugin.prototype, `bar_${fn.id}_size`, {
      value(this: BarPlugin, ast: Ast, state: State) {
        return this.resultSizeOf(fn, ast, state);
      },
    });
  }
  HyperFormula.registerFunctionPlugin(BarPlugin, translations);
}

/** The value of a literal argument (a number, a text, TRUE() or FALSE()); undefined for anything else. */
function literalOf(ast: Ast): unknown {
  if (ast.type === "NUMBER" || ast.type === "STRING") return ast.value;
  if (ast.type === "FUNCTION_CALL" && (ast.procedureName === "TRUE" || ast.procedureName === "FALSE")) {
    return ast.procedureName === "TRUE";
  }
  return undefined;
}

type CellReference = { toSimpleCellAddress(base: unknown): { sheet: number; row: number; col: number } };

function columnLetters(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

function toHyperFormulaResult(result: unknown): unknown {
  const toCell = (cell: unknown) => (isCustomFunctionsError(cell) ? toCellError(cell) : cell);
  if (!Array.isArray(result)) return toCell(result);
  const rows = (result as unknown[][]).map((row) => row.map(toCell));
  return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : SimpleRangeValue.onlyValues(rows as never);
}
