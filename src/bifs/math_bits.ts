// Shared bit-level helpers and exact constants for the glibc-compatible math
// functions: word access to a double, C99 hex-float literals, and 2/pi and
// pi to many bits (BigInt, computed once on first use).

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0;
const LO = LITTLE ? 0 : 1;

/** The high 32 bits of a double (sign, exponent, top of the mantissa), as a signed int. */
export function highWord(x: number): number {
  f64[0] = x;
  return u32[HI] | 0;
}

export function lowWord(x: number): number {
  f64[0] = x;
  return u32[LO];
}

export function fromWords(hi: number, lo: number): number {
  u32[HI] = hi;
  u32[LO] = lo;
  return f64[0];
}

/** A C99 hexadecimal float literal such as 0x1.8p52 (exact for normal values). */
export function hexf(lit: string): number {
  const m = /^(-?)0x([0-9a-f]+)\.?([0-9a-f]*)p([+-]?\d+)$/i.exec(lit)!;
  const v = Number(BigInt('0x' + m[2] + m[3])) * 2 ** (Number(m[4]) - 4 * m[3].length);
  return m[1] ? -v : v;
}

/** arctan(1/k) * 2^prec for an integer k > 1, by its alternating series. */
function arctanInv(k: bigint, prec: bigint): bigint {
  const k2 = k * k;
  let term = (1n << prec) / k;
  let sum = term;
  for (let n = 1n; term !== 0n; n++) {
    term /= k2;
    const t = term / (2n * n + 1n);
    sum += n & 1n ? -t : t;
  }
  return sum;
}

let piCache: bigint | null = null;
const PI_BITS = 2000n;

/** floor(pi * 2^2000) (within a few units), by Machin's formula. */
export function piFixed(): bigint {
  if (piCache === null) {
    const guard = 32n;
    const p = PI_BITS + guard;
    piCache = (16n * arctanInv(5n, p) - 4n * arctanInv(239n, p)) >> guard;
  }
  return piCache;
}

/** 2/pi * 2^bits (bits <= 1900), truncated. */
export function twoOverPiFixed(bits: bigint): bigint {
  return (2n << (bits + PI_BITS)) / piFixed();
}
