// log, log2 and log10 bit for bit as glibc 2.36 computes them on x86-64
// with FMA (Debian's libm selects FMA builds of log and log2). V8's Math.log
// and Math.log10 differ in the last bit for 1-3% of inputs.
//
// log/log2: x = 2^k * z with z in [0.6875, 1.375); z/c - 1 for a table point
// c is small, so log(x) = k*ln2 + log(c) + poly(z/c - 1). Inputs near 1 use a
// longer polynomial in x - 1 instead. log10 is the fdlibm reduction on top of
// log. Each a*b+c that the FMA build fuses is an exact fma here.

import { fma } from './math_fma.js';
import { LOG_TAB, LOG2_TAB } from './math_log_data.js';
import { hexf } from './math_bits.js';

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0;

const LN2HI = hexf('0x1.62e42fefa3800p-1');
const LN2LO = hexf('0x1.ef35793c76730p-45');
const A0 = hexf('-0x1.0000000000001p-1');
const A1 = hexf('0x1.555555551305bp-2');
const A2 = hexf('-0x1.fffffffeb459p-3');
const A3 = hexf('0x1.999b324f10111p-3');
const A4 = hexf('-0x1.55575e506c89fp-3');
const B = [
  '-0x1p-1', '0x1.5555555555577p-2', '-0x1.ffffffffffdcbp-3', '0x1.999999995dd0cp-3', '-0x1.55555556745a7p-3',
  '0x1.24924a344de3p-3', '-0x1.fffffa4423d65p-4', '0x1.c7184282ad6cap-4', '-0x1.999eb43b068ffp-4',
  '0x1.78182f7afd085p-4', '-0x1.5521375d145cdp-4',
].map(hexf);
const [B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10] = B;
const LOG_NEAR_LO = 1 - 2 ** -4;
const LOG_NEAR_HI = 1 + hexf('0x1.09p-4');

const IH = hexf('0x1.7154765200000p+0'); // 1/ln2, high part
const IL = hexf('0x1.705fc2eefa200p-33');
const Q = ['-0x1.71547652b82fep-1', '0x1.ec709dc3a03f7p-2', '-0x1.71547652b7c3fp-2', '0x1.2776c50f05be4p-2',
  '-0x1.ec709dd768fe5p-3', '0x1.a61761ec4e736p-3', '-0x1.7153fbc64a79bp-3', '0x1.484d154f01b4ap-3',
  '-0x1.289e4a72c383cp-3', '0x1.0b32f285aee66p-3'].map(hexf);
const [Q0, Q1, Q2, Q3, Q4, Q5, Q6, Q7, Q8, Q9] = Q;
const P = ['-0x1.71547652b8339p-1', '0x1.ec709dc3a04bep-2', '-0x1.7154764702ffbp-2', '0x1.2776c50034c48p-2',
  '-0x1.ec7b328ea92bcp-3', '0x1.a6225e117f92ep-3'].map(hexf);
const [P0, P1, P2, P3, P4, P5] = P;
const LOG2_NEAR_LO = 1 - hexf('0x1.5b51p-5');
const LOG2_NEAR_HI = 1 + hexf('0x1.6ab2p-5');

const MIN_NORMAL = 2 ** -1022;
const OFF_HI = 0x3fe60000; // the high word of 0.6875

// x = 2^redK * redZ, set by reduce()
let redK = 0;
let redZ = 0;
let redHi = 0;

/** Splits positive normal-or-subnormal x; redHi keeps (high word - OFF) for the table index. */
function reduce(x: number): void {
  f64[0] = x;
  let hi = u32[HI];
  if (x < MIN_NORMAL) {
    f64[0] = x * 2 ** 52;
    hi = u32[HI] - (52 << 20);
  }
  const tmp = (hi - OFF_HI) | 0;
  redHi = tmp;
  redK = tmp >> 20;
  u32[HI] = hi - (tmp & 0xfff00000);
  redZ = f64[0];
}

/** NaN, infinities, zero and negative numbers: the value glibc returns. */
function special(x: number): number {
  if (x === 0) return -Infinity;
  if (x === Infinity) return x;
  return NaN;
}

export function log(x: number): number {
  if (x >= LOG_NEAR_LO && x < LOG_NEAR_HI) {
    if (x === 1) return 0;
    const r = x - 1;
    const r2 = r * r;
    const r3 = r * r2;
    const p1 = fma(B3, r2, fma(B2, r, B1));
    const p2 = fma(B6, r2, fma(B5, r, B4));
    const p3 = fma(B10, r3, fma(B9, r2, fma(B8, r, B7)));
    const poly = fma(fma(p3, r3, p2), r3, p1);
    const w = r * 2 ** 27;
    const rhi = r + w - w;
    const rlo = r - rhi;
    const rr = rhi * rhi;
    const hi = fma(rr, B0, r);
    let lo = fma(rr, B0, r - hi);
    lo = fma(B0 * rlo, r + rhi, lo);
    return hi + fma(poly, r3, lo);
  }
  if (!(x >= MIN_NORMAL && x < Infinity)) {
    if (!(x > 0) || x === Infinity) return special(x);
  }
  reduce(x);
  const i = ((redHi >> 13) & 127) << 1;
  const r = fma(LOG_TAB[i], redZ, -1);
  const kd = redK;
  const w = fma(LN2HI, kd, LOG_TAB[i + 1]);
  const hi = r + w;
  const lo = fma(LN2LO, kd, w - hi + r);
  const r2 = r * r;
  const p = fma(fma(A4, r, A3), r2, fma(A2, r, A1));
  return fma(r * r2, p, fma(A0, r2, lo)) + hi;
}

export function log2(x: number): number {
  if (x >= LOG2_NEAR_LO && x < LOG2_NEAR_HI) {
    if (x === 1) return 0;
    const r = x - 1;
    const hi = IH * r;
    let lo = fma(IL, r, fma(IH, r, -hi));
    const r2 = r * r;
    const r4 = r2 * r2;
    const q01 = fma(Q1, r, Q0);
    const y = fma(q01, r2, hi);
    lo = fma(q01, r2, hi - y) + lo;
    const q = fma(fma(fma(Q9, r, Q8), r2, fma(Q7, r, Q6)), r4, fma(fma(Q5, r, Q4), r2, fma(Q3, r, Q2)));
    return y + fma(q, r4, lo);
  }
  if (!(x >= MIN_NORMAL && x < Infinity)) {
    if (!(x > 0) || x === Infinity) return special(x);
  }
  reduce(x);
  const i = ((redHi >> 14) & 63) << 1;
  const r = fma(LOG2_TAB[i], redZ, -1);
  const t1 = IH * r;
  const t2 = fma(IL, r, fma(IH, r, -t1));
  const t3 = LOG2_TAB[i + 1] + redK;
  const hi = t1 + t3;
  const lo = t3 - hi + t1 + t2;
  const r2 = r * r;
  const r4 = r2 * r2;
  const p = fma(fma(P5, r, P4), r4, fma(fma(P3, r, P2), r2, fma(P1, r, P0)));
  return fma(r2, p, lo) + hi;
}

const IVLN10 = 4.34294481903251816668e-1;
const LOG10_2HI = 3.01029995663611771306e-1;
const LOG10_2LO = 3.69423907715893078616e-13;

/** fdlibm's log10 (not fused in glibc's build) over the FMA log. */
export function log10(x: number): number {
  if (!(x >= MIN_NORMAL && x < Infinity)) {
    if (!(x > 0) || x === Infinity) return special(x);
  }
  f64[0] = x;
  let k = 0;
  if (x < MIN_NORMAL) {
    k = -54;
    f64[0] = x * 2 ** 54;
  }
  const hx = u32[HI];
  k += (hx >>> 20) - 1023;
  const neg = k < 0 ? 1 : 0;
  u32[HI] = (hx & 0x000fffff) | ((0x3ff - neg) << 20);
  const m = f64[0];
  const y = k + neg;
  const z = y * LOG10_2LO + IVLN10 * log(m);
  return z + y * LOG10_2HI;
}
