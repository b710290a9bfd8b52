/**
 * An exact reference for the property tests, written apart from src/engine/exactDecimal.ts
 * and sharing no code with it: fractions over BigInt, always in lowest terms, read from a
 * cell's number through its shortest decimal (String), and rounded to a double by searching
 * the doubles around a decimal approximation and comparing their exact binary values.
 */
export class Fraction {
  readonly n: bigint;
  readonly d: bigint;

  constructor(n: bigint, d: bigint = 1n) {
    if (d === 0n) throw new RangeError("zero denominator");
    if (d < 0n) [n, d] = [-n, -d];
    const divisor = gcd(n < 0n ? -n : n, d);
    this.n = n / divisor;
    this.d = d / divisor;
  }

  /** The decimal a cell shows for `value` (its shortest round-trip string), exactly. */
  static of(value: number): Fraction {
    return Fraction.parse(String(value));
  }

  /** A decimal string such as "-1.5", "1e-7" or "12.25e+3". */
  static parse(text: string): Fraction {
    const match = /^(-?)(\d*)\.?(\d*)(?:e([+-]?\d+))?$/i.exec(text.trim());
    if (!match) throw new RangeError(`not a decimal: ${text}`);
    const [, minus, whole, fraction, exponent] = match;
    let n = BigInt(`${minus}${whole || "0"}${fraction}`);
    let d = 10n ** BigInt(fraction.length);
    const power = Number(exponent ?? 0);
    if (power >= 0) n *= 10n ** BigInt(power);
    else d *= 10n ** BigInt(-power);
    return new Fraction(n, d);
  }

  /** The exact binary value of a double (not its shortest decimal). */
  static ofDouble(value: number): Fraction {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, value);
    const bits = view.getBigUint64(0);
    const negative = bits >> 63n === 1n;
    const exponent = Number((bits >> 52n) & 0x7ffn);
    const mantissa = bits & ((1n << 52n) - 1n);
    const significand = exponent === 0 ? mantissa : mantissa | (1n << 52n);
    const power = (exponent === 0 ? 1 : exponent) - 1075;
    const magnitude =
      power >= 0
        ? new Fraction(significand << BigInt(power))
        : new Fraction(significand, 1n << BigInt(-power));
    return negative ? magnitude.neg() : magnitude;
  }

  plus(other: Fraction): Fraction {
    return new Fraction(this.n * other.d + other.n * this.d, this.d * other.d);
  }

  minus(other: Fraction): Fraction {
    return this.plus(other.neg());
  }

  times(other: Fraction): Fraction {
    return new Fraction(this.n * other.n, this.d * other.d);
  }

  over(other: Fraction): Fraction {
    return new Fraction(this.n * other.d, this.d * other.n);
  }

  neg(): Fraction {
    return new Fraction(-this.n, this.d);
  }

  abs(): Fraction {
    return this.n < 0n ? this.neg() : this;
  }

  cmp(other: Fraction): number {
    const difference = this.n * other.d - other.n * this.d;
    return difference < 0n ? -1 : difference > 0n ? 1 : 0;
  }

  sign(): number {
    return this.n < 0n ? -1 : this.n > 0n ? 1 : 0;
  }

  /** The nearest double, ties to even. */
  toNumber(): number {
    if (this.n === 0n) return 0;
    const guess = Number(this.toDecimalString(30));
    let best = guess;
    for (const candidate of [
      nextDown(nextDown(guess)),
      nextDown(guess),
      nextUp(guess),
      nextUp(nextUp(guess)),
    ]) {
      const distance = Fraction.ofDouble(candidate).minus(this).abs();
      const bestDistance = Fraction.ofDouble(best).minus(this).abs();
      const order = distance.cmp(bestDistance);
      if (order < 0 || (order === 0 && isEven(candidate) && !isEven(best))) best = candidate;
    }
    return best;
  }

  /** About `digits` significant digits, for a first guess and for messages. */
  toDecimalString(digits: number): string {
    const negative = this.n < 0n;
    const n = negative ? -this.n : this.n;
    let exponent = n.toString().length - this.d.toString().length;
    const scaled = (power: number) =>
      power >= 0 ? (n * 10n ** BigInt(power)) / this.d : n / (this.d * 10n ** BigInt(-power));
    let units = scaled(digits - exponent);
    if (units.toString().length > digits + 1) exponent++;
    units = scaled(digits - exponent);
    return `${negative ? "-" : ""}${units}e${exponent - digits}`;
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

function bitsOf(value: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  return view.getBigInt64(0);
}

function fromBits(bits: bigint): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigInt64(0, bits);
  return view.getFloat64(0);
}

function nextUp(value: number): number {
  if (value === 0) return Number.MIN_VALUE;
  return value > 0 ? fromBits(bitsOf(value) + 1n) : fromBits(bitsOf(value) - 1n);
}

function nextDown(value: number): number {
  return -nextUp(-value);
}

function isEven(value: number): boolean {
  return (bitsOf(value) & 1n) === 0n;
}

/** The sum of the decimals the cells show. */
export function sumOf(values: readonly number[]): Fraction {
  return values.reduce((total, value) => total.plus(Fraction.of(value)), new Fraction(0n));
}

/** Whether Excel's `=` calls two numbers equal: the same to 15 significant digits. */
export function equalAt15Digits(a: number, b: number): boolean {
  return a === b || Number(a.toPrecision(15)) === Number(b.toPrecision(15));
}
