// fma(a, b, c) = a*b + c rounded once, as the x86-64 FMA instruction that
// glibc's libm uses on this machine. JS has no fused multiply-add, so:
// the common path is Dekker's exact product plus an exact sum; the sum of
// the low parts is rounded, and the one case where that second rounding can
// change the result (the final addition landing exactly on a tie) is
// decided by the low parts' own rounding error;
// operands near overflow or underflow take an exact BigInt path instead.

const f64 = new Float64Array(1);
const fbits = new BigUint64Array(f64.buffer);

const SPLIT = 134217729; // 2^27 + 1
const BIG = 2 ** 990;
const TINY = 2 ** -900;

export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const ap = p < 0 ? -p : p;
  const ac = c < 0 ? -c : c;
  if (!(ap > TINY && ap < BIG && ac > TINY && ac < BIG)) return fmaExact(a, b, c);
  // uh + ul = a * b exactly (Veltkamp split; an overflowing split gives NaN below)
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const ul = ah * bh - p + ah * bl + al * bh + al * bl;
  // th + tl = c + uh exactly
  const th = c + p;
  const bv = th - c;
  const tl = c - (th - bv) + (p - bv);
  // v + ve = tl + ul exactly
  const v = tl + ul;
  const vb = v - tl;
  const ve = tl - (v - vb) + (ul - vb);
  const r = th + v;
  if (ve === 0) return r === r ? r : fmaExact(a, b, c); // th + v exact: one rounding
  // r rounds th + v; only a tie there can be decided wrongly, and ve decides it
  const e2 = th - r + v;
  if (e2 !== 0 && ve > 0 === e2 > 0) {
    const r2 = r + 2 * e2;
    if (r2 - r === 2 * e2) return r2; // e2 was exactly half the gap to the neighbour r2
  }
  return r === r ? r : fmaExact(a, b, c);
}

/** d = m * 2^e with m an integer (d finite). */
function decompose(d: number): [bigint, number] {
  f64[0] = d;
  const bits = fbits[0];
  const neg = bits >> 63n !== 0n;
  const ex = Number((bits >> 52n) & 0x7ffn);
  let m = bits & 0xfffffffffffffn;
  let e: number;
  if (ex === 0) e = -1074;
  else {
    m |= 0x10000000000000n;
    e = ex - 1075;
  }
  return [neg ? -m : m, e];
}

/** m * 2^e rounded once to the nearest double, subnormals and overflow included. */
function compose(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const neg = m < 0n;
  let a = neg ? -m : m;
  const len = a.toString(2).length;
  // the result's last bit sits at 2^lsb
  const lsb = Math.max(len + e - 53, -1074);
  if (lsb > e) {
    const sh = BigInt(lsb - e);
    const q = a >> sh;
    const rem = a - (q << sh);
    const half = 1n << (sh - 1n);
    a = rem > half || (rem === half && (q & 1n) === 1n) ? q + 1n : q;
    e = lsb;
  }
  let r = Number(a); // exact: at most 54 bits
  if (e > 900) r = r * 2 ** 900 * 2 ** (e - 900);
  else if (e < -900) r = r * 2 ** -900 * 2 ** (e + 900);
  else r *= 2 ** e;
  return neg ? -r : r;
}

/** The exact-arithmetic fma, for operands where the double-only path could overflow or underflow. */
export function fmaExact(a: number, b: number, c: number): number {
  if (c === 0 || a === 0 || b === 0 || !Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c)) return a * b + c;
  const [ma, ea] = decompose(a);
  const [mb, eb] = decompose(b);
  let mp = ma * mb;
  let ep = ea + eb;
  if (c === 0) return compose(mp, ep);
  let [mc, ec] = decompose(c);
  if (ep > ec) {
    mp <<= BigInt(ep - ec);
    ep = ec;
  } else if (ec > ep) mc <<= BigInt(ec - ep);
  const s = mp + mc;
  if (s === 0n) return 0; // exact cancellation is +0 in round-to-nearest
  return compose(s, ep);
}
