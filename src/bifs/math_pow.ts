// math:pow/2 rounded as glibc's pow rounds it (correctly, in practice).
// V8's Math.pow can be a unit in the last place off (Math.pow(10, -17) is
// 9.999999999999999e-18), which shows in printed floats. For an integer
// exponent the exact power is a rational number, computed with bigints and
// rounded once to the nearest double; other exponents use Math.pow.

const fb = new Float64Array(1);
const fbits = new BigUint64Array(fb.buffer);

/** |d| = m * 2^e with m a positive integer (d finite and nonzero). */
function decompose(d: number): [bigint, number] {
  fb[0] = Math.abs(d);
  const bits = fbits[0];
  const be = Number(bits >> 52n);
  const frac = bits & ((1n << 52n) - 1n);
  return be === 0 ? [frac, -1074] : [frac | (1n << 52n), be - 1075];
}

function bitLength(n: bigint): number {
  return n.toString(2).length;
}

/** The double nearest to (num / den) * 2^exp (num, den > 0), ties to even. */
function roundRatio(num: bigint, den: bigint, exp: number): number {
  // a quotient of at least 64 bits, with a sticky bit for what the division dropped
  const s = 64 - (bitLength(num) - bitLength(den));
  const q0 = s >= 0 ? (num << BigInt(s)) / den : num / (den << BigInt(-s));
  const exact = s >= 0 ? q0 * den === num << BigInt(s) : q0 * (den << BigInt(-s)) === num;
  const base = exp - s; // value = q0 * 2^base
  const top = bitLength(q0) - 1 + base; // exponent of the leading bit
  if (top > 1023) return Infinity;
  const lsb = Math.max(top - 52, -1074);
  const shift = lsb - base;
  if (shift <= 0) return Number(q0) * 2 ** base; // cannot happen with 64 quotient bits; kept for safety
  const sh = BigInt(shift);
  let m = q0 >> sh;
  const rem = q0 & ((1n << sh) - 1n);
  const half = 1n << (sh - 1n);
  if (rem > half || (rem === half && (!exact || (m & 1n) === 1n))) m += 1n;
  return Number(m) * 2 ** lsb;
}

export function pow(x: number, y: number): number {
  if (!Number.isInteger(y) || y === 0 || Math.abs(y) > 1100 || x === 0 || !Number.isFinite(x)) return Math.pow(x, y);
  const approx = y * Math.log2(Math.abs(x));
  if (approx > 1100) return x < 0 && y % 2 !== 0 ? -Infinity : Infinity;
  if (approx < -1200) return x < 0 && y % 2 !== 0 ? -0 : 0;
  const [m, e] = decompose(x);
  const n = Math.abs(y);
  const mn = m ** BigInt(n);
  const r = y > 0 ? roundRatio(mn, 1n, e * n) : roundRatio(1n, mn, -e * n);
  return x < 0 && n % 2 === 1 ? -r : r;
}
