// Float to text exactly as erts writes it for float_to_list/binary:
//   scientific  C printf "%.Ne" (exact decimal expansion, round half even)
//   fixed       erts' fast {decimals,N} path (N < 19 and |f| <= 2^53), else "%.Nf"
//   short       shortest round-trip digits laid out by erts' Ryu to_chars rules

const TWO53 = 9007199254740992;

/** Exact decimal expansion of a finite |v| > 0: value = digits × 10^exp10. */
function exactDecimal(v: number): { digits: string; exp10: number } {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, v);
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e2: number;
  if (bexp === 0) e2 = -1074;
  else {
    mant |= 1n << 52n;
    e2 = bexp - 1075;
  }
  if (e2 >= 0) return { digits: (mant << BigInt(e2)).toString(), exp10: 0 };
  // m / 2^k = m * 5^k / 10^k
  return { digits: (mant * 5n ** BigInt(-e2)).toString(), exp10: e2 };
}

/**
 * Rounds the digit string to `keep` leading digits, half to even on the exact
 * value. Returns the new digits and whether a carry added a digit.
 */
function roundDigits(digits: string, keep: number): { d: string; carry: boolean } {
  if (keep >= digits.length) return { d: digits + '0'.repeat(keep - digits.length), carry: false };
  if (keep < 0) return { d: '', carry: false };
  const head = digits.slice(0, keep);
  const next = digits.charCodeAt(keep) - 48;
  let up = next > 5;
  if (next === 5) {
    let restNonZero = false;
    for (let i = keep + 1; i < digits.length; i++) {
      if (digits.charCodeAt(i) !== 48) {
        restNonZero = true;
        break;
      }
    }
    up = restNonZero || (keep > 0 && (head.charCodeAt(keep - 1) - 48) % 2 === 1);
  }
  if (!up) return { d: head, carry: false };
  const arr = head.split('');
  let i = arr.length - 1;
  while (i >= 0 && arr[i] === '9') arr[i--] = '0';
  if (i < 0) return { d: '1' + arr.join(''), carry: true };
  arr[i] = String.fromCharCode(arr[i].charCodeAt(0) + 1);
  return { d: arr.join(''), carry: false };
}

function signOf(v: number): string {
  return v < 0 || Object.is(v, -0) ? '-' : '';
}

/** C "%.{prec}e". */
export function formatScientific(v: number, prec: number): string {
  if (prec < 0) prec = 6;
  const sign = signOf(v);
  const a = Math.abs(v);
  let digits: string;
  let exp: number;
  if (a === 0) {
    digits = '0'.repeat(prec + 1);
    exp = 0;
  } else {
    const ex = exactDecimal(a);
    const stripped = ex.digits.replace(/^0+/, '');
    exp = stripped.length - 1 + ex.exp10;
    const r = roundDigits(stripped, prec + 1);
    digits = r.carry ? r.d.slice(0, prec + 1) : r.d;
    if (r.carry) exp++;
  }
  const ae = Math.abs(exp);
  const es = (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
  return sign + digits[0] + (prec > 0 ? '.' + digits.slice(1) : '') + 'e' + es;
}

/** C "%.{dec}f". */
export function formatFixedExact(v: number, dec: number): string {
  const sign = signOf(v);
  const a = Math.abs(v);
  let s: string;
  if (a === 0) s = '0'.repeat(dec + 1);
  else {
    const ex = exactDecimal(a);
    // digits needed: all integer digits plus `dec` fraction digits
    const intLen = ex.digits.length + ex.exp10;
    const keep = intLen + dec;
    let padded = ex.digits;
    let k = keep;
    if (intLen <= 0) {
      padded = '0'.repeat(1 - intLen) + ex.digits;
      k = 1 + dec;
    }
    const r = roundDigits(padded, k);
    s = r.d;
    if (s.length === 0) s = '0';
  }
  s = s.replace(/^0+(?=\d)/, '');
  while (s.length < dec + 1) s = '0' + s;
  const ip = s.slice(0, s.length - dec);
  return sign + ip + (dec > 0 ? '.' + s.slice(s.length - dec) : '');
}

function stripTrailingZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  if (end > 0 && s[end - 1] === '.') end++;
  return s.slice(0, end);
}

/** float_to_list(F, [{decimals, Dec} | compact]); null when erts would fail (badarg). */
export function formatDecimals(v: number, dec: number, compact: boolean): string | null {
  if (dec < 0) return null;
  const a = Math.abs(v);
  const neg = v < 0 || Object.is(v, -0);
  if (a > TWO53 || dec >= 19) {
    let s = formatFixedExact(v, dec);
    if (s.length >= 256) return null;
    if (compact) s = stripTrailingZeros(s);
    return s;
  }
  let s: string;
  if (dec > 0) {
    const p = 10 ** dec;
    let ip = Math.floor(a);
    let fp = roundHalfAway((a - ip) * p);
    if (fp >= p) {
      ip++;
      fp = 0;
    }
    const fs = fp === 0 ? '0'.repeat(dec) : BigInt(fp).toString().padStart(dec, '0');
    s = String(ip) + '.' + fs;
    if (compact) s = stripTrailingZeros(s);
  } else {
    s = String(roundHalfAway(a));
  }
  return (neg ? '-' : '') + s;
}

function roundHalfAway(x: number): number {
  return Math.round(x); // x >= 0 here, so half-up is half away from zero
}

/** float_to_list(F, [short]): shortest round-trip digits, erts layout. */
export function formatShort(v: number): string {
  const sign = signOf(v);
  const a = Math.abs(v);
  if (a === 0) return sign + '0.0';
  // JS gives the shortest round-trip digits, as Ryu does
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(a.toExponential())!;
  const digits = m[1] + (m[2] ?? '');
  const olen = digits.length;
  const sciExp = Number(m[3]);
  const e = sciExp - (olen - 1); // value = digits × 10^e
  let lower: number, upper: number;
  if (olen === 1) {
    lower = -4;
    upper = 2;
  } else if (sciExp >= 10) {
    lower = -(olen + 2);
    upper = 2;
  } else {
    lower = -(olen + 2);
    upper = 1;
  }
  let fixed = lower <= e && e <= upper;
  if (fixed) {
    const out = Number(digits);
    if ((out >= TWO53 && e === 0) || (out > 900719925474099 && e === 1) || (out > 90071992547409 && e === 2)) {
      fixed = false;
    }
  }
  if (fixed) {
    if (e >= 0) return sign + digits + '0'.repeat(e) + '.0';
    const whole = olen + e;
    if (whole > 0) return sign + digits.slice(0, whole) + '.' + digits.slice(whole);
    return sign + '0.' + '0'.repeat(-whole) + digits;
  }
  return sign + digits[0] + '.' + (olen > 1 ? digits.slice(1) : '0') + 'e' + sciExp;
}
