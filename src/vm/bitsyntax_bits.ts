// Raw bit access over byte buffers, MSB-first within each byte as the bit
// syntax numbers bits. Positions are absolute bit indices into `data`.
// Integers up to 32 bits stay on the number path; wider ones go through
// bigint (hex strings for very wide fields, so cost stays linear).

/** Reads `n` (0..32) bits at `pos` as an unsigned number, big-endian. */
export function readSmall(data: Uint8Array, pos: number, n: number): number {
  let byte = pos >>> 3;
  const off = pos & 7;
  if (off === 0) {
    if (n === 8) return data[byte];
    if (n === 16) return (data[byte] << 8) | data[byte + 1];
    if (n === 32) return ((data[byte] << 24) | (data[byte + 1] << 16) | (data[byte + 2] << 8) | data[byte + 3]) >>> 0;
  }
  let v = 0;
  let left = n;
  let avail = 8 - off;
  while (left > 0) {
    const take = avail < left ? avail : left;
    const bits = (data[byte] >>> (avail - take)) & ((1 << take) - 1);
    v = v * (1 << take) + bits;
    left -= take;
    byte++;
    avail = 8;
  }
  return v;
}

/** Writes the low `n` (0..32) bits of `u` at `pos`, big-endian. */
export function writeSmall(data: Uint8Array, pos: number, u: number, n: number): void {
  let byte = pos >>> 3;
  const off = pos & 7;
  if (off === 0 && n === 8) {
    data[byte] = u;
    return;
  }
  let left = n;
  let avail = 8 - off;
  while (left > 0) {
    const take = avail < left ? avail : left;
    const mask = (1 << take) - 1;
    const chunk = (u >>> (left - take)) & mask;
    const sh = avail - take;
    data[byte] = (data[byte] & ~(mask << sh)) | (chunk << sh);
    left -= take;
    byte++;
    avail = 8;
  }
}

/** Copies `n` bits from src at srcPos to dst at dstPos (regions must not overlap). */
export function copyBits(dst: Uint8Array, dstPos: number, src: Uint8Array, srcPos: number, n: number): void {
  if (n === 0) return;
  if (((dstPos | srcPos) & 7) === 0) {
    const whole = n >>> 3;
    const s = srcPos >>> 3, d = dstPos >>> 3;
    if (whole > 0) dst.set(src.subarray(s, s + whole), d);
    const rem = n & 7;
    if (rem !== 0) writeSmall(dst, dstPos + whole * 8, src[s + whole] >>> (8 - rem), rem);
    return;
  }
  // Unaligned: move 24 bits at a time.
  while (n >= 24) {
    writeSmall(dst, dstPos, readSmall(src, srcPos, 24), 24);
    dstPos += 24; srcPos += 24; n -= 24;
  }
  if (n > 0) writeSmall(dst, dstPos, readSmall(src, srcPos, n), n);
}

/** Reads `n` bits at `pos` as unsigned big-endian bigint (any n). */
export function readBig(data: Uint8Array, pos: number, n: number): bigint {
  if (n <= 32) return BigInt(readSmall(data, pos, n));
  const nbytes = n >>> 3;
  const rem = n & 7;
  let hex = '';
  let p = pos;
  if ((p & 7) === 0) {
    const b0 = p >>> 3;
    for (let i = 0; i < nbytes; i++) hex += HEX2[data[b0 + i]];
  } else {
    for (let i = 0; i < nbytes; i++, p += 8) hex += HEX2[readSmall(data, p, 8)];
  }
  let v = BigInt('0x' + (hex === '' ? '0' : hex));
  if (rem !== 0) v = (v << BigInt(rem)) | BigInt(readSmall(data, pos + nbytes * 8, rem));
  return v;
}

const HEX2: string[] = [];
for (let i = 0; i < 256; i++) HEX2.push(i.toString(16).padStart(2, '0'));

/**
 * Reads an integer field of `n` bits: big or little endian, signed or not.
 * Little-endian fields of n % 8 != 0 bits: the bytes come least significant
 * first and the final partial chunk holds the most significant bits.
 */
export function readInt(data: Uint8Array, pos: number, n: number, little: boolean, signed: boolean): number | bigint {
  if (n <= 32) {
    let u: number;
    if (!little || n <= 8) u = readSmall(data, pos, n);
    else {
      u = 0;
      let mul = 1;
      let p = pos, left = n;
      while (left >= 8) {
        u += readSmall(data, p, 8) * mul;
        mul *= 256; p += 8; left -= 8;
      }
      if (left > 0) u += readSmall(data, p, left) * mul;
    }
    if (signed && n > 0 && u >= 2 ** (n - 1)) u -= 2 ** n;
    return u;
  }
  let v: bigint;
  if (!little) v = readBig(data, pos, n);
  else {
    // Gather the chunks little-endian into a hex string, most significant first.
    const full = n >>> 3, rem = n & 7;
    let hex = rem !== 0 ? readSmall(data, pos + full * 8, rem).toString(16) : '';
    for (let i = full - 1; i >= 0; i--) hex += HEX2[readSmall(data, pos + i * 8, 8)];
    v = BigInt('0x' + (hex === '' ? '0' : hex));
  }
  if (signed) v = BigInt.asIntN(n, v);
  if (v >= -9007199254740991n && v <= 9007199254740991n) return Number(v);
  return v;
}

/** Writes integer `v` truncated to `n` bits (two's complement), big or little endian. */
export function writeInt(data: Uint8Array, pos: number, v: number | bigint, n: number, little: boolean): void {
  if (n === 0) return;
  if (typeof v === 'number' && n <= 32) {
    // ToUint32 (>>> 0) is exact mod 2^32 for any integral double.
    const u = n === 32 ? v >>> 0 : (v >>> 0) & (2 ** n - 1);
    if (!little || n <= 8) {
      writeSmall(data, pos, u, n);
      return;
    }
    let x = u, p = pos, left = n;
    while (left >= 8) {
      writeSmall(data, p, x & 0xff, 8);
      x >>>= 8; p += 8; left -= 8;
    }
    if (left > 0) writeSmall(data, p, x & ((1 << left) - 1), left);
    return;
  }
  if (typeof v === 'number' && n <= 53 && !little) {
    // Split into a high part and a 32-bit low part without bigint.
    const lo = v >>> 0;
    const hi = Math.floor(v / 4294967296);
    writeSmall(data, pos, (hi >>> 0) & (2 ** (n - 32) - 1), n - 32);
    writeSmall(data, pos + n - 32, lo, 32);
    return;
  }
  const nbytes = (n + 7) >>> 3;
  const u = BigInt.asUintN(nbytes * 8, BigInt(v));
  const hex = u.toString(16).padStart(nbytes * 2, '0');
  const rem = n & 7;
  if (!little) {
    // Skip the unused top bits of the first byte.
    let p = pos;
    const first = parseInt(hex.substring(0, 2), 16);
    const firstBits = rem === 0 ? 8 : rem;
    writeSmall(data, p, first & ((1 << firstBits) - 1), firstBits);
    p += firstBits;
    for (let i = 1; i < nbytes; i++, p += 8) writeSmall(data, p, parseInt(hex.substring(i * 2, i * 2 + 2), 16), 8);
    return;
  }
  let p = pos;
  for (let i = nbytes - 1; i >= 1; i--, p += 8) writeSmall(data, p, parseInt(hex.substring(i * 2, i * 2 + 2), 16), 8);
  const top = parseInt(hex.substring(0, 2), 16);
  const topBits = rem === 0 ? 8 : rem;
  writeSmall(data, p, top & ((1 << topBits) - 1), topBits);
}

// --- floats ---
const f64 = new Float64Array(1);
const f64b = new Uint8Array(f64.buffer);
const f32 = new Float32Array(1);
const f32b = new Uint8Array(f32.buffer);
const f32u = new Uint32Array(f32.buffer);
const LITTLE_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** IEEE half precision bits of `x` (round to nearest even; overflow -> infinity). */
export function toHalf(x: number): number {
  f32[0] = x;
  const bits = f32u[0];
  const sign = (bits >>> 16) & 0x8000;
  const exp = (bits >>> 23) & 0xff;
  let mant = bits & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant !== 0 ? 0x200 : 0);
  // Work from the double to round once, exactly.
  const a = Math.abs(x);
  if (a >= 65520) return sign | 0x7c00;
  if (a < 2 ** -14) {
    // Subnormal: units of 2^-24.
    const m = roundEven(a * 2 ** 24);
    return sign | m;
  }
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  mant = roundEven((a / 2 ** e - 1) * 1024);
  if (mant === 1024) {
    mant = 0;
    e++;
  }
  if (e > 15) return sign | 0x7c00;
  return sign | ((e + 15) << 10) | mant;
}

function roundEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

export function fromHalf(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >>> 10) & 0x1f;
  const mant = h & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 0x1f) return mant === 0 ? sign * Infinity : NaN;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

/** Reads a 16/32/64-bit float; NaN/Infinity come back as such (callers reject them). */
export function readFloat(data: Uint8Array, pos: number, n: number, little: boolean): number {
  if (n === 16) {
    const h = readInt(data, pos, 16, little, false) as number;
    return fromHalf(h);
  }
  const nb = n >>> 3;
  const buf = n === 32 ? f32b : f64b;
  // Fill the scratch bytes in host order.
  for (let i = 0; i < nb; i++) {
    const b = readSmall(data, pos + i * 8, 8);
    const idx = (little === LITTLE_HOST) ? i : nb - 1 - i;
    buf[idx] = b;
  }
  return n === 32 ? f32[0] : f64[0];
}

export function writeFloat(data: Uint8Array, pos: number, x: number, n: number, little: boolean): void {
  if (n === 16) {
    writeInt(data, pos, toHalf(x), 16, little);
    return;
  }
  const nb = n >>> 3;
  let buf: Uint8Array;
  if (n === 32) {
    f32[0] = x;
    buf = f32b;
  } else {
    f64[0] = x;
    buf = f64b;
  }
  for (let i = 0; i < nb; i++) {
    const idx = (little === LITTLE_HOST) ? i : nb - 1 - i;
    writeSmall(data, pos + i * 8, buf[idx], 8);
  }
}
