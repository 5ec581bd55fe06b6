// math:erf/1 and math:erfc/1, bit for bit as glibc's (which erl calls): the
// Sun fdlibm rational approximations on five intervals, with the polynomial
// terms grouped in pairs exactly as glibc evaluates them (the grouping changes
// the rounding, so it is part of the result).

import { exp } from './math_exp.js';

const ERX = 8.45062911510467529297e-1; // erf(1) rounded to single precision
const EFX = 1.28379167095512586316e-1;

// erf on [0, 0.84375]: x + x*P(x^2)/Q(x^2)
const PP0 = 1.28379167095512558561e-1, PP1 = -3.25042107247001499370e-1, PP2 = -2.84817495755985104766e-2,
  PP3 = -5.77027029648944159157e-3, PP4 = -2.37630166566501626084e-5;
const QQ1 = 3.97917223959155352819e-1, QQ2 = 6.50222499887672944485e-2, QQ3 = 5.08130628187576562776e-3,
  QQ4 = 1.32494738004321644526e-4, QQ5 = -3.96022827877536812320e-6;
// erf on [0.84375, 1.25]: ERX + P(s)/Q(s), s = |x| - 1
const PA0 = -2.36211856075265944077e-3, PA1 = 4.14856118683748331666e-1, PA2 = -3.72207876035701323847e-1,
  PA3 = 3.18346619901161753674e-1, PA4 = -1.10894694282396677476e-1, PA5 = 3.54783043256182359371e-2,
  PA6 = -2.16637559486879084300e-3;
const QA1 = 1.06420880400844228286e-1, QA2 = 5.40397917702171048937e-1, QA3 = 7.18286544141962662868e-2,
  QA4 = 1.26171219808761642112e-1, QA5 = 1.36370839120290507362e-2, QA6 = 1.19844998467991074170e-2;
// erfc on [1.25, 1/0.35]: exp(-x^2 - 0.5625 + R(1/x^2)/S(1/x^2)) / x
const RA0 = -9.86494403484714822705e-3, RA1 = -6.93858572707181764372e-1, RA2 = -1.05586262253232909814e1,
  RA3 = -6.23753324503260060396e1, RA4 = -1.62396669462573470355e2, RA5 = -1.84605092906711035994e2,
  RA6 = -8.12874355063065934246e1, RA7 = -9.81432934416914548592;
const SA1 = 1.96512716674392571292e1, SA2 = 1.37657754143519042600e2, SA3 = 4.34565877475229228821e2,
  SA4 = 6.45387271733267880336e2, SA5 = 4.29008140027567833386e2, SA6 = 1.08635005541779435134e2,
  SA7 = 6.57024977031928170135, SA8 = -6.04244152148580987438e-2;
// erfc on [1/0.35, 28]
const RB0 = -9.86494292470009928597e-3, RB1 = -7.99283237680523006574e-1, RB2 = -1.77579549177547519889e1,
  RB3 = -1.60636384855821916062e2, RB4 = -6.37566443368389627722e2, RB5 = -1.02509513161107724954e3,
  RB6 = -4.83519191608651397019e2;
const SB1 = 3.03380607434824582924e1, SB2 = 3.25792512996573918826e2, SB3 = 1.53672958608443695994e3,
  SB4 = 3.19985821950859553908e3, SB5 = 2.55305040643316442583e3, SB6 = 4.74528541206955367215e2,
  SB7 = -2.24409524465858183362e1;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0;
const LO = LITTLE ? 0 : 1;

function highWord(x: number): number {
  f64[0] = x;
  return u32[HI] | 0;
}

/** x with the low 32 bits of its mantissa cleared. */
function truncLow(x: number): number {
  f64[0] = x;
  u32[LO] = 0;
  return f64[0];
}

/** P(z)/Q(z) on [0, 0.84375] with glibc's pairing. */
function smallRatio(z: number): number {
  const r1 = PP0 + z * PP1, z2 = z * z;
  const r2 = PP2 + z * PP3, z4 = z2 * z2;
  const s1 = 1 + z * QQ1;
  const s2 = QQ2 + z * QQ3;
  const s3 = QQ4 + z * QQ5;
  const r = r1 + z2 * r2 + z4 * PP4;
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** P(s)/Q(s) on [0.84375, 1.25]. */
function midRatio(s: number): number {
  const p1 = PA0 + s * PA1, s2 = s * s;
  const q1 = 1 + s * QA1, s4 = s2 * s2;
  const p2 = PA2 + s * PA3, s6 = s4 * s2;
  const q2 = QA2 + s * QA3;
  const p3 = PA4 + s * PA5;
  const q3 = QA4 + s * QA5;
  const p = p1 + s2 * p2 + s4 * p3 + s6 * PA6;
  const q = q1 + s2 * q2 + s4 * q3 + s6 * QA6;
  return p / q;
}

/** exp(-x^2 - 0.5625 + R/S) / x-free part for |x| in [1.25, 28); `near` picks the first interval. */
function tailExp(x: number, near: boolean): number {
  const s = 1 / (x * x);
  let rr: number, ss: number;
  if (near) {
    const r1 = RA0 + s * RA1, s2 = s * s;
    const t1 = 1 + s * SA1, s4 = s2 * s2;
    const r2 = RA2 + s * RA3, s6 = s4 * s2;
    const t2 = SA2 + s * SA3, s8 = s4 * s4;
    const r3 = RA4 + s * RA5;
    const t3 = SA4 + s * SA5;
    const r4 = RA6 + s * RA7;
    const t4 = SA6 + s * SA7;
    rr = r1 + s2 * r2 + s4 * r3 + s6 * r4;
    ss = t1 + s2 * t2 + s4 * t3 + s6 * t4 + s8 * SA8;
  } else {
    const r1 = RB0 + s * RB1, s2 = s * s;
    const t1 = 1 + s * SB1, s4 = s2 * s2;
    const r2 = RB2 + s * RB3, s6 = s4 * s2;
    const t2 = SB2 + s * SB3;
    const r3 = RB4 + s * RB5;
    const t3 = SB4 + s * SB5;
    const t4 = SB6 + s * SB7;
    rr = r1 + s2 * r2 + s4 * r3 + s6 * RB6;
    ss = t1 + s2 * t2 + s4 * t3 + s6 * t4;
  }
  // -x^2 split as -z^2 + (z-x)(z+x) with z exact in 21 bits, so -z^2 is exact
  const z = truncLow(x);
  return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + rr / ss);
}

export function erf(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : x > 0 ? 1 : -1;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16 * x + 16 * EFX * x);
      return x + EFX * x;
    }
    return x + x * smallRatio(x * x);
  }
  if (ix < 0x3ff40000) {
    const q = midRatio(Math.abs(x) - 1);
    return hx >= 0 ? ERX + q : -ERX - q;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 : -1;
  const a = Math.abs(x);
  const r = tailExp(a, ix < 0x4006db6e);
  return hx >= 0 ? 1 - r / a : r / a - 1;
}

export function erfc(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : x > 0 ? 0 : 2;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = smallRatio(x * x);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const q = midRatio(Math.abs(x) - 1);
    if (hx >= 0) return 1 - ERX - q;
    return 1 + (ERX + q);
  }
  if (ix < 0x403c0000) {
    const a = Math.abs(x);
    const near = ix < 0x4006db6d;
    if (!near && hx < 0 && ix >= 0x40180000) return 2;
    const r = tailExp(a, near);
    return hx > 0 ? r / a : 2 - r / a;
  }
  return hx > 0 ? 0 : 2;
}
