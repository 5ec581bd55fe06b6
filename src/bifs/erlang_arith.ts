// erlang arithmetic, bitwise, comparison and boolean operators.
// The functions are exported as well as registered: the executor calls them
// directly for gc_bif/bif opcodes. Integers stay JS numbers while safe; any
// result that leaves the safe range is recomputed exactly in bigint.

import { Atom, FALSE, Float, TRUE, normInt, type Term } from '../term/types.js';
import { compare, eqArith, eqExact } from '../term/compare.js';
import { badarg, badarith, systemLimit } from '../vm/exception.js';
import { defineNatives } from './registry.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
// Largest bignum the BEAM builds (in bits); beyond it arithmetic raises system_limit.
const MAX_BIG_BITS = 33554368;

function bigOf(x: number | bigint): bigint {
  return typeof x === 'bigint' ? x : BigInt(x);
}

/** An integer result from bigint arithmetic, checked against the BEAM's size limit. */
function bigResult(b: bigint): number | bigint {
  if (b >= -9007199254740991n && b <= 9007199254740991n) return Number(b);
  return b;
}

function bitLength(b: bigint): number {
  if (b < 0n) b = -b;
  const h = b.toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0], 16)));
}

/** Float value of a number term for mixed arithmetic; badarith when not a number. */
export function toDouble(x: Term): number {
  if (typeof x === 'number') return x;
  if (x instanceof Float) return x.value;
  if (typeof x === 'bigint') {
    const d = Number(x);
    if (!Number.isFinite(d)) badarith();
    return d;
  }
  return badarith();
}

function floatResult(d: number): Float {
  if (!Number.isFinite(d)) badarith();
  return new Float(d);
}

function isInt(x: Term): x is number | bigint {
  return typeof x === 'number' || typeof x === 'bigint';
}

// --- + - * / ---

export function add(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    return normInt(BigInt(a) + BigInt(b));
  }
  if (isInt(a) && isInt(b)) return normInt(bigOf(a) + bigOf(b));
  return floatResult(toDouble(a) + toDouble(b));
}

export function sub(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    return normInt(BigInt(a) - BigInt(b));
  }
  if (isInt(a) && isInt(b)) return normInt(bigOf(a) - bigOf(b));
  return floatResult(toDouble(a) - toDouble(b));
}

export function mul(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r === 0 ? 0 : r; // no -0 integers
    return bigResult(BigInt(a) * BigInt(b));
  }
  if (isInt(a) && isInt(b)) {
    if (a === 0 || b === 0) return 0;
    if (bitLength(bigOf(a)) + bitLength(bigOf(b)) > MAX_BIG_BITS + 1) systemLimit();
    return bigResult(bigOf(a) * bigOf(b));
  }
  return floatResult(toDouble(a) * toDouble(b));
}

/** '/': always a float. */
export function fdiv(a: Term, b: Term): Term {
  const x = toDouble(a), y = toDouble(b);
  if (y === 0) badarith();
  return floatResult(x / y);
}

export function neg(a: Term): Term {
  if (typeof a === 'number') return 0 - a;
  if (typeof a === 'bigint') return normInt(-a);
  if (a instanceof Float) return new Float(-a.value);
  return badarith();
}

export function plus(a: Term): Term {
  if (isInt(a) || a instanceof Float) return a;
  return badarith();
}

// --- integer division ---

export function intDiv(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) badarith();
    // a % b is exact, so (a - r) / b is an exact integer quotient
    const q = (a - (a % b)) / b;
    if (q <= MAX_SAFE && q >= -MAX_SAFE) return q + 0;
    return normInt(BigInt(a) / BigInt(b));
  }
  if (!isInt(a) || !isInt(b)) return badarith();
  if (b === 0) badarith();
  return normInt(bigOf(a) / bigOf(b));
}

export function rem(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b === 0) badarith();
    return (a % b) + 0;
  }
  if (!isInt(a) || !isInt(b)) return badarith();
  if (b === 0) badarith();
  return normInt(bigOf(a) % bigOf(b));
}

// --- bitwise ---
// JS's & | ^ work on 32 bits. Safe integers fit 54-bit two's complement, so
// a number path splits each operand into a signed high word and an unsigned
// low word and combines the two halves; only bigints take the slow path.

const TWO32 = 4294967296;

/** a band/bor/bxor b (op 0/1/2) for safe-integer numbers, exactly. */
function bitwise53(op: number, a: number, b: number): number | bigint {
  const ah = Math.floor(a / TWO32), bh = Math.floor(b / TWO32);
  const al = a - ah * TWO32, bl = b - bh * TWO32;
  let h: number, l: number;
  if (op === 0) {
    h = ah & bh;
    l = (al & bl) >>> 0;
  } else if (op === 1) {
    h = ah | bh;
    l = (al | bl) >>> 0;
  } else {
    h = ah ^ bh;
    l = (al ^ bl) >>> 0;
  }
  const r = h * TWO32 + l;
  // -2^53 is the one combination outside the safe range
  return r < -MAX_SAFE ? BigInt(r) : r;
}

export function band(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number') {
    if ((a | 0) === a && (b | 0) === b) return a & b;
    if ((a >= 0 && a <= 0xffffffff) || (b >= 0 && b <= 0xffffffff)) return (a & b) >>> 0;
    return bitwise53(0, a, b);
  }
  if (!isInt(a) || !isInt(b)) return badarith();
  return normInt(bigOf(a) & bigOf(b));
}

export function bor(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number') {
    if ((a | 0) === a && (b | 0) === b) return a | b;
    if (a >= 0 && a <= 0xffffffff && b >= 0 && b <= 0xffffffff) return (a | b) >>> 0;
    return bitwise53(1, a, b);
  }
  if (!isInt(a) || !isInt(b)) return badarith();
  return normInt(bigOf(a) | bigOf(b));
}

export function bxor(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number') {
    if ((a | 0) === a && (b | 0) === b) return a ^ b;
    if (a >= 0 && a <= 0xffffffff && b >= 0 && b <= 0xffffffff) return (a ^ b) >>> 0;
    return bitwise53(2, a, b);
  }
  if (!isInt(a) || !isInt(b)) return badarith();
  return normInt(bigOf(a) ^ bigOf(b));
}

export function bnot(a: Term): Term {
  if (typeof a === 'number') return a < MAX_SAFE ? -a - 1 : normInt(~BigInt(a));
  if (typeof a === 'bigint') return normInt(~a);
  return badarith();
}

export function bsl(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b >= 0 && b < 53) {
      const r = a * 2 ** b;
      if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
    } else if (b < 0) return shiftRight(a, -b);
  } else if (!isInt(a) || !isInt(b)) return badarith();
  return shiftLeftBig(a, b);
}

export function bsr(a: Term, b: Term): Term {
  if (typeof a === 'number' && typeof b === 'number') {
    if (b >= 0) return shiftRight(a, b);
  } else if (!isInt(a) || !isInt(b)) return badarith();
  return shiftLeftBig(a, typeof b === 'number' ? -b : -b as bigint);
}

/** Arithmetic shift right of a number by s >= 0 bits (floor division by 2^s). */
function shiftRight(a: number, s: number): number {
  if (s < 32) {
    if ((a | 0) === a) return a >> s;
    if (a >= 0 && a <= 0xffffffff) return a >>> s;
  }
  if (s > 1100) return a < 0 ? -1 : 0;
  return Math.floor(a / 2 ** s) + 0;
}

/** a bsl s for any integers (s negative shifts right). */
function shiftLeftBig(a: number | bigint, s: number | bigint): number | bigint {
  if (a === 0 || a === 0n) return 0;
  if (s <= 0) {
    // shift right: beyond the number's size the result is 0 or -1
    const bits = bitLength(bigOf(a));
    if (-s >= bits + 1) return a < 0 ? -1 : 0;
    return normInt(bigOf(a) >> BigInt(-s));
  }
  if (typeof s === 'bigint' || bitLength(bigOf(a)) + s > MAX_BIG_BITS) systemLimit();
  return normInt(bigOf(a) << BigInt(s));
}

// --- number functions ---

export function abs(a: Term): Term {
  if (typeof a === 'number') return a < 0 ? -a : a;
  if (typeof a === 'bigint') return a < 0n ? -a : a;
  if (a instanceof Float) return a.value < 0 || Object.is(a.value, -0) ? new Float(-a.value) : a;
  return badarg();
}

export function float(a: Term): Term {
  if (a instanceof Float) return a;
  if (typeof a === 'number') return new Float(a);
  if (typeof a === 'bigint') {
    const d = Number(a);
    if (!Number.isFinite(d)) badarg();
    return new Float(d);
  }
  return badarg();
}

/** An integer-valued double as an integer term. */
function intOfDouble(d: number): number | bigint {
  if (d <= MAX_SAFE && d >= -MAX_SAFE) return d + 0;
  return BigInt(d);
}

export function trunc(a: Term): Term {
  if (isInt(a)) return a;
  if (a instanceof Float) return intOfDouble(Math.trunc(a.value));
  return badarg();
}

export function round(a: Term): Term {
  if (isInt(a)) return a;
  if (a instanceof Float) {
    const v = a.value;
    // half away from zero, as C round()
    return intOfDouble(v < 0 ? -Math.round(-v) : Math.round(v));
  }
  return badarg();
}

export function ceil(a: Term): Term {
  if (isInt(a)) return a;
  if (a instanceof Float) return intOfDouble(Math.ceil(a.value));
  return badarg();
}

export function floor(a: Term): Term {
  if (isInt(a)) return a;
  if (a instanceof Float) return intOfDouble(Math.floor(a.value));
  return badarg();
}

/** max/2: the first argument when they compare equal. */
export function max(a: Term, b: Term): Term {
  return compare(a, b) < 0 ? b : a;
}

export function min(a: Term, b: Term): Term {
  return compare(a, b) > 0 ? b : a;
}

// --- comparisons ---

export function eq(a: Term, b: Term): Atom {
  return eqArith(a, b) ? TRUE : FALSE;
}
export function ne(a: Term, b: Term): Atom {
  return eqArith(a, b) ? FALSE : TRUE;
}
export function exactEq(a: Term, b: Term): Atom {
  return eqExact(a, b) ? TRUE : FALSE;
}
export function exactNe(a: Term, b: Term): Atom {
  return eqExact(a, b) ? FALSE : TRUE;
}
export function lt(a: Term, b: Term): Atom {
  return compare(a, b) < 0 ? TRUE : FALSE;
}
export function gt(a: Term, b: Term): Atom {
  return compare(a, b) > 0 ? TRUE : FALSE;
}
export function le(a: Term, b: Term): Atom {
  return compare(a, b) <= 0 ? TRUE : FALSE;
}
export function ge(a: Term, b: Term): Atom {
  return compare(a, b) >= 0 ? TRUE : FALSE;
}

// --- boolean operators (strict: both arguments must be booleans) ---

function isBool(x: Term): boolean {
  return x === TRUE || x === FALSE;
}

export function not(a: Term): Atom {
  if (a === TRUE) return FALSE;
  if (a === FALSE) return TRUE;
  return badarg();
}

export function and(a: Term, b: Term): Atom {
  if (!isBool(a) || !isBool(b)) badarg();
  return a === TRUE && b === TRUE ? TRUE : FALSE;
}

export function or(a: Term, b: Term): Atom {
  if (!isBool(a) || !isBool(b)) badarg();
  return a === TRUE || b === TRUE ? TRUE : FALSE;
}

export function xor(a: Term, b: Term): Atom {
  if (!isBool(a) || !isBool(b)) badarg();
  return a !== b ? TRUE : FALSE;
}

defineNatives('erlang', {
  '+/2': add,
  '-/2': sub,
  '*/2': mul,
  '//2': fdiv,
  '-/1': neg,
  '+/1': plus,
  'div/2': intDiv,
  'rem/2': rem,
  'band/2': band,
  'bor/2': bor,
  'bxor/2': bxor,
  'bnot/1': bnot,
  'bsl/2': bsl,
  'bsr/2': bsr,
  'abs/1': abs,
  'float/1': float,
  'trunc/1': trunc,
  'round/1': round,
  'ceil/1': ceil,
  'floor/1': floor,
  'max/2': max,
  'min/2': min,
  '==/2': eq,
  '/=/2': ne,
  '=:=/2': exactEq,
  '=/=/2': exactNe,
  '</2': lt,
  '>/2': gt,
  '=</2': le,
  '>=/2': ge,
  'not/1': not,
  'and/2': and,
  'or/2': or,
  'xor/2': xor,
});
