// exp(x) exactly as glibc (2.28+) computes it on x86-64 with FMA, which is
// what erl's math module and glibc's erf/erfc use. V8's Math.exp is a
// different algorithm that disagrees in the last bit for ~10% of inputs.
//
// The algorithm: x = k*ln2/128 + r with |r| <= ln2/256; exp(x) =
// 2^(k/128) * exp(r), where 2^(j/128) comes from a 128-entry table as a
// double H plus a relative correction T, and exp(r) - 1 is a degree-5
// polynomial. The glibc build contracts a*b+c into fused multiply-adds, so
// every such step here is an exact fma.

/** A C99 hexadecimal float literal such as 0x1.8p52 (exact for normal values). */
function hexf(lit: string): number {
  const m = /^(-?)0x([0-9a-f]+)\.?([0-9a-f]*)p([+-]?\d+)$/i.exec(lit)!;
  const v = Number(BigInt('0x' + m[2] + m[3])) * 2 ** (Number(m[4]) - 4 * m[3].length);
  return m[1] ? -v : v;
}

import { fma } from './math_fma.js';

export { fma }; // kept for callers that imported it from here

const N = 128;
const INV_LN2_N = hexf('0x1.71547652b82fep0') * N;
const SHIFT = hexf('0x1.8p52');
const NEG_LN2_HI_N = hexf('-0x1.62e42fefa0000p-8');
const NEG_LN2_LO_N = hexf('-0x1.cf79abc9e3b3ap-47');
const C2 = hexf('0x1.ffffffffffdbdp-2');
const C3 = hexf('0x1.555555555543cp-3');
const C4 = hexf('0x1.55555cf172b91p-5');
const C5 = hexf('0x1.1111167a4d017p-7');

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0;

const fb = new Float64Array(1);

/** m * 2^e rounded once to the nearest double (results here are never subnormal). */
function compose(m: bigint, e: number): number {
  if (m === 0n) return 0;
  // keep 64+ significant bits with a sticky bit so Number() rounds exactly once
  const neg = m < 0n;
  let a = neg ? -m : m;
  const len = a.toString(2).length;
  if (len > 66) {
    const drop = BigInt(len - 66);
    const kept = a >> drop;
    const sticky = (kept << drop) !== a ? 1n : 0n;
    a = kept | sticky;
    e += len - 66;
  }
  let r = Number(a);
  if (e > 900) r = r * 2 ** 900 * 2 ** (e - 900);
  else if (e < -900) r = r * 2 ** -900 * 2 ** (e + 900);
  else r *= 2 ** e;
  return neg ? -r : r;
}

// --- the 2^(j/128) table ---

let tabH: Float64Array | null = null; // 2^(j/128) rounded to double
let tabT: Float64Array | null = null; // (2^(j/128) - H) / H rounded to double

const PREC = 256n;

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  if (x === 0n) x = 1n;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x && x * x <= n && (x + 1n) * (x + 1n) > n) return x;
    if (y === x) return x;
    x = y;
  }
}

/** Exact-enough table: the root 2^(1/128) by seven square roots, then its powers, in 256-bit fixed point. */
function buildTable(): void {
  const one = 1n << PREC;
  let root = 2n << PREC;
  for (let i = 0; i < 7; i++) root = isqrt(root << PREC);
  const H = new Float64Array(N);
  const T = new Float64Array(N);
  let v = one;
  for (let j = 0; j < N; j++) {
    // H: v rounded to 53 bits (v is in [1, 2) so 52 fraction bits)
    const sh = PREC - 52n;
    let m = v >> sh;
    const rem = v - (m << sh);
    const half = 1n << (sh - 1n);
    if (rem > half || (rem === half && (m & 1n) === 1n)) m += 1n;
    H[j] = Number(m) / 2 ** 52;
    // T: (v - H) / H rounded once
    const diff = v - (m << sh);
    const den = m << sh;
    const scaled = diff << 320n;
    let q = scaled / den;
    const sticky = q * den !== scaled ? 1n : 0n;
    q = (q << 1n) | sticky;
    T[j] = compose(q, -321);
    v = (v * root) >> PREC;
  }
  tabH = H;
  tabT = T;
}

/** H * 2^k for a normal result, by adding k to H's exponent. */
function scaleBy(h: number, k: number): number {
  f64[0] = h;
  u32[HI] += k << 20;
  return f64[0];
}

export function exp(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax < 2 ** -54) return 1 + x;
  if (ax >= 1024) {
    if (x === -Infinity) return 0;
    if (x === Infinity) return x;
    return x < 0 ? 0 : Infinity;
  }
  if (tabH === null) buildTable();
  const kd = fma(INV_LN2_N, x, SHIFT) - SHIFT;
  const ki = kd; // an integer, |ki| < 2^18
  const r = fma(kd, NEG_LN2_LO_N, fma(kd, NEG_LN2_HI_N, x));
  const j = ki & (N - 1);
  const k = (ki - j) / N;
  const tail = tabT![j];
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(r2, fma(r, C3, C2), tail + r));
  if (ax < 512) {
    const scale = scaleBy(tabH![j], k);
    return fma(scale, tmp, scale);
  }
  return specialCase(tmp, tabH![j], k);
}

/** |x| in [512, 1024): the scale itself may overflow or be subnormal. */
function specialCase(tmp: number, h: number, k: number): number {
  if (k > 0) {
    const scale = scaleBy(h, k - 1009);
    return 2 ** 1009 * fma(scale, tmp, scale);
  }
  const scale = scaleBy(h, k + 1022);
  let y = fma(scale, tmp, scale);
  if (y < 1) {
    // round to the subnormal's precision once, before scaling down
    let lo = fma(scale, tmp, scale - y);
    const hi = 1 + y;
    lo = 1 - hi + y + lo;
    y = hi + lo - 1;
    if (y === 0) y = 0;
  }
  return 2 ** -1022 * y;
}
