// sin and cos bit for bit as glibc 2.36 computes them on x86-64 with FMA
// (the IBM Accurate Mathematical Library algorithm, which erl's math module
// calls). V8's Math.sin/cos (fdlibm) differ in the last bit for ~3% of inputs.
//
// |x| < 0.855: a Taylor polynomial, or sin/cos of the nearest multiple of
// 1/128 from a table combined with short polynomials for the remainder.
// Larger |x| is reduced by multiples of pi/2 (three-part pi/2 below 1e8,
// a 2/pi expansion in 24-bit digits beyond). Every a*b+c that gcc fuses in
// glibc's FMA build is an exact fma here; the others round twice as in C.

import { fma } from './math_fma.js';
import { piFixed } from './math_bits.js';

// Taylor coefficients of sin
const S1 = -1.666666666666666574148081281236954964697360992431640625e-1;
const S2 = 8.3333333333323288127925110302385292015969753265380859375e-3;
const S3 = -1.98412698344146423354295016849846433615311980247497558594e-4;
const S4 = 2.75572980686077103221827584722536386152569320984184741974e-6;
const S5 = -2.50220148483183976603384807016819402214480305701727047563e-8;
// short polynomials used beside the table
const SN3 = -1.666666666666648810579687278732308186590671539306640625e-1;
const SN5 = 8.33333214285722316538862486368088866584002971649169921875e-3;
const CS2 = 0.5;
const CS4 = -4.1666666666666442309097106999615789391100406646728515625e-2;
const CS6 = 1.38888874007937605271900682879504529410041868686676025391e-3;

const BIG = 52776558133248; // 1.5 * 2^45: adding it rounds to a multiple of 1/128
const HP0 = 1.5707963267948965579989817342720925807952880859375; // pi/2 high
const HP1 = 6.12323399573676603586882014729198302312846062338790031898e-17; // pi/2 low
const HPINV = 6.3661977236758138243288840385503135621547698974609375e-1; // 2/pi
const TOINT = 6755399441055744; // 1.5 * 2^52
const MP1 = 1.5707963407039642333984375;
const MP2 = -1.390906756437715330321225337684154510498046875e-8;
const PP3 = -4.97899623147990989791272092856999620380520354956388473511e-17;
const PP4 = -1.90348896201932661116335227284100374573176274961831123692e-25;

// --- the table: sin(i/128) and cos(i/128) as double-doubles, i = 0..109 ---

let tab: Float64Array | null = null;

/** glibc's table rounds a few low parts differently from the exact value: [slot, ulps]. */
const TAB_ADJUST: ReadonlyArray<readonly [number, number]> = [
  [9, 1], [41, 1], [93, 39], [107, 1], [109, 1], [133, 1], [137, 1], [145, 1], [161, -2],
  [179, 1], [283, 1], [301, 1], [303, -2], [319, 1], [341, 1], [361, -2], [377, 1], [429, 1],
];

const P = 300n;

/** The double nearest to v * 2^-P. */
function fixedToDouble(v: bigint): number {
  if (v === 0n) return 0;
  const neg = v < 0n;
  if (neg) v = -v;
  const sh = BigInt(v.toString(2).length - 53);
  let q = v >> sh;
  const rem = v - (q << sh);
  const half = 1n << (sh - 1n);
  if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  const d = Number(q) * 2 ** Number(sh - P);
  return neg ? -d : d;
}

/** A double (|d| < 2, lsb >= 2^-P) in P-bit fixed point, exactly. */
function doubleToFixed(d: number): bigint {
  return BigInt(d * 2 ** 200) << (P - 200n);
}

function buildTable(): Float64Array {
  const t = new Float64Array(440);
  const one = 1n << P;
  for (let i = 0; i < 110; i++) {
    const x = (BigInt(i) << P) / 128n;
    const x2 = (x * x) >> P;
    let s = x;
    let c = one;
    let ts = x;
    let tc = one;
    for (let n = 1n; n < 40n; n++) {
      ts = -((ts * x2) >> P) / ((2n * n) * (2n * n + 1n));
      tc = -((tc * x2) >> P) / ((2n * n - 1n) * (2n * n));
      s += ts;
      c += tc;
    }
    const sh = fixedToDouble(s);
    const ch = fixedToDouble(c);
    t[4 * i] = sh;
    t[4 * i + 1] = fixedToDouble(s - doubleToFixed(sh));
    t[4 * i + 2] = ch;
    t[4 * i + 3] = fixedToDouble(c - doubleToFixed(ch));
  }
  const b = new BigInt64Array(t.buffer);
  for (const [slot, ulps] of TAB_ADJUST) b[slot] += BigInt(ulps);
  return t;
}

// --- the kernels: x + dx in [-0.855, 0.855] ---

/** sin(x + dx) for |x| < 0.126 by the Taylor polynomial. */
function taylorSin(x: number, dx: number): number {
  const xx = x * x;
  const p = fma(xx, fma(xx, fma(xx, fma(xx, S5, S4), S3), S2), S1);
  const t = fma(xx, fma(p, x, -(dx * 0.5)), dx);
  return x + t;
}

function doSin(x: number, dx: number): number {
  const xold = x;
  if (Math.abs(x) < 0.126) return taylorSin(x, dx);
  if (x <= 0) dx = -dx;
  const ax = Math.abs(x);
  const u = ax + BIG;
  const ub = u - BIG;
  x = ax - ub;
  const xx = x * x;
  const s = x + fma(x * xx, fma(xx, SN5, SN3), dx);
  const c = fma(x, dx, xx * fma(xx, fma(xx, CS6, CS4), CS2));
  const t = tab ?? (tab = buildTable());
  const k = (ub * 128) << 2;
  const sn = t[k], ssn = t[k + 1], cs = t[k + 2], ccs = t[k + 3];
  const cor = fma(s, cs, fma(-c, sn, fma(s, ccs, ssn)));
  const r = Math.abs(sn + cor);
  return xold < 0 ? -r : r; // copysign
}

function doCos(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const ax = Math.abs(x);
  const u = ax + BIG;
  const ub = u - BIG;
  x = ax - ub + dx;
  const xx = x * x;
  const s = fma(x * xx, fma(xx, SN5, SN3), x);
  const c = xx * fma(xx, fma(xx, CS6, CS4), CS2);
  const t = tab ?? (tab = buildTable());
  const k = (ub * 128) << 2;
  const sn = t[k], ssn = t[k + 1], cs = t[k + 2], ccs = t[k + 3];
  const cor = fma(-s, sn, fma(-c, cs, fma(-s, ssn, ccs)));
  return cs + cor;
}

// --- range reduction: x = n*pi/2 + (a + da) ---

let redA = 0;
let redDa = 0;

/** |x| < 105414350: returns n mod 4, the remainder in redA + redDa. */
function reduceSincos(x: number): number {
  const t = fma(x, HPINV, TOINT);
  const xn = t - TOINT;
  const y = fma(xn, -MP2, fma(-xn, MP1, x));
  const t2 = fma(-xn, PP3, y);
  let db = fma(-xn, PP3, y - t2);
  const b = fma(-xn, PP4, t2);
  db += fma(-xn, PP4, t2 - b);
  redA = b;
  redDa = db;
  return xn & 3;
}

let toverp: Float64Array | null = null;

/** 2/pi in base 2^24 digits: toverp[i] = the (i+1)-th digit. */
function buildToverp(): Float64Array {
  const d = new Float64Array(75);
  const v = (2n << (75n * 24n + 2000n)) / piFixed(); // 2/pi * 2^1800, truncated
  for (let i = 0; i < 75; i++) d[i] = Number((v >> BigInt((74 - i) * 24)) & 0xffffffn);
  return d;
}

const SPLIT = 134217729;
const T576 = 2 ** 576;
const TM600 = 2 ** -600;
const TM24 = 2 ** -24;
const RBIG = 6755399441055744;
const RBIG1 = 27021597764222976;
const BR_MP1 = 1.5707963407039642333984375;
const BR_MP2 = -1.3909067675399456e-8;

const rr = new Float64Array(6);
let partB = 0, partBb = 0;

/** One half of the split product x * 2/pi: sum of whole parts returned, fraction in partB + partBb. */
function branredPart(xp: number, td: Float64Array): number {
  let k = (((highWord(xp) >> 20) & 2047) - 450) / 24 | 0;
  if (k < 0) k = 0;
  let gor = T576 * 2 ** (-k * 24);
  for (let i = 0; i < 6; i++) {
    rr[i] = xp * td[k + i] * gor;
    gor *= TM24;
  }
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    const s = rr[i] + RBIG - RBIG;
    sum += s;
    rr[i] -= s;
  }
  let t = 0;
  for (let i = 0; i < 6; i++) t += rr[5 - i];
  let bb = ((((rr[0] - t + rr[1]) + rr[2]) + rr[3]) + rr[4]) + rr[5];
  let s = t + RBIG - RBIG;
  sum += s;
  t -= s;
  const b = t + bb;
  bb = t - b + bb;
  s = sum + RBIG1 - RBIG1;
  sum -= s;
  partB = b;
  partBb = bb;
  return sum;
}

const hwf = new Float64Array(1);
const hwu = new Int32Array(hwf.buffer);
const HWI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
function highWord(x: number): number {
  hwf[0] = x;
  return hwu[HWI];
}

/** Large |x|: returns n mod 4, the remainder in redA + redDa. */
function branred(x: number): number {
  const td = toverp ?? (toverp = buildToverp());
  x *= TM600;
  let t = x * SPLIT;
  const x1 = t - (t - x);
  const x2 = x - x1;
  const sum1 = branredPart(x1, td);
  const b1 = partB, bb1 = partBb;
  const sum2 = branredPart(x2, td);
  const b2 = partB, bb2 = partBb;
  let sum = sum1 + sum2;
  let b = b1 + b2;
  let bb = Math.abs(b1) > Math.abs(b2) ? b1 - b + b2 : b2 - b + b1;
  if (b > 0.5) {
    b -= 1;
    sum += 1;
  } else if (b < -0.5) {
    b += 1;
    sum -= 1;
  }
  let s = b + (bb + bb1 + bb2);
  t = b - s + bb + (bb1 + bb2);
  b = s * SPLIT;
  const t1 = b - (b - s);
  const t2 = s - t1;
  b = s * HP0;
  bb = (((t1 * BR_MP1 - b) + t1 * BR_MP2) + t2 * BR_MP1) + (t2 * BR_MP2 + s * HP1 + t * HP0);
  s = b + bb;
  t = b - s + bb;
  redA = s;
  redDa = t;
  return Math.trunc(sum) & 3;
}

function doSincos(a: number, da: number, n: number): number {
  const r = n & 1 ? doCos(a, da) : doSin(a, da);
  return n & 2 ? -r : r;
}

export function sin(x: number): number {
  const k = highWord(x) & 0x7fffffff;
  if (k < 0x3e500000) return x;
  if (k < 0x3feb6000) return doSin(x, 0);
  if (k < 0x400368fd) {
    const r = Math.abs(doCos(HP0 - Math.abs(x), HP1));
    return x < 0 ? -r : r; // copysign
  }
  if (k < 0x419921fb) {
    const n = reduceSincos(x);
    return doSincos(redA, redDa, n);
  }
  if (k < 0x7ff00000) {
    const n = branred(x);
    return doSincos(redA, redDa, n);
  }
  return NaN;
}

export function cos(x: number): number {
  const k = highWord(x) & 0x7fffffff;
  if (k < 0x3e400000) return 1;
  if (k < 0x3feb6000) return doCos(x, 0);
  if (k < 0x400368fd) {
    const y = HP0 - Math.abs(x);
    const a = y + HP1;
    const da = y - a + HP1;
    return doSin(a, da);
  }
  if (k < 0x419921fb) {
    const n = reduceSincos(x);
    return doSincos(redA, redDa, n + 1);
  }
  if (k < 0x7ff00000) {
    const n = branred(x);
    return doSincos(redA, redDa, n + 1);
  }
  return NaN;
}
