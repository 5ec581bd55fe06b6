// erlang:md5*, crc32*, adler32*: checksums over iodata, as ERTS computes
// them (CRC-32 as zlib's, Adler-32 as zlib's, MD5 per RFC 1321).

import { Bitstring, Cons, NIL, type Term } from '../term/types.js';
import { bytesOf } from '../term/bits.js';
import { badarg } from '../vm/exception.js';
import { Md5 } from '../loader/md5.js';
import { ioToBitstring } from './binary.js';
import { defineNatives } from './registry.js';

const EMPTY = new Uint8Array(0);

/** The bytes of an iodata argument (binary or iolist), or badarg. */
function iodataBytes(t: Term): Uint8Array {
  if (t instanceof Bitstring) {
    if ((t.bitSize & 7) !== 0) badarg();
    return bytesOf(t);
  }
  if (t === NIL) return EMPTY;
  if (!(t instanceof Cons)) badarg();
  const b = ioToBitstring(t, false);
  if (b === null) badarg();
  return b.data;
}

function u32Arg(t: Term): number {
  if (typeof t !== 'number' || !Number.isInteger(t) || t < 0 || t > 0xffffffff) badarg();
  return t;
}

// ---------------------------------------------------------------- CRC-32

const CRC_POLY = 0xedb88320; // reflected 0x04C11DB7
const CRC_TABLE = new Int32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ CRC_POLY : c >>> 1;
  CRC_TABLE[n] = c;
}

export function crc32(crc: number, data: Uint8Array): number {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** a * b modulo the CRC polynomial, both in reflected bit order (bit 31 = x^0). */
function mulModP(a: number, b: number): number {
  let p = 0;
  for (let bit = 0x80000000; bit !== 0; bit >>>= 1) {
    if (a & bit) p ^= b;
    b = b & 1 ? (b >>> 1) ^ CRC_POLY : b >>> 1;
  }
  return p >>> 0;
}

// X2N[k] = x^(2^k) mod P, reflected
const X2N = new Array<number>(32);
X2N[0] = 1 << 30;
for (let k = 1; k < 32; k++) X2N[k] = mulModP(X2N[k - 1], X2N[k - 1]);

/** The CRC of A ++ B from crc(A), crc(B) and byte_size(B): shift crc1 by 8*len zero bits. */
export function crc32Combine(crc1: number, crc2: number, len: number): number {
  let p = 0x80000000; // x^0
  let k = 3; // 8 * len = len * 2^3
  while (len > 0) {
    if (len % 2 === 1) p = mulModP(X2N[k & 31], p);
    len = Math.floor(len / 2);
    k++;
  }
  return (mulModP(p, crc1) ^ crc2) >>> 0;
}

// ---------------------------------------------------------------- Adler-32

const ADLER_BASE = 65521;
// the largest n such that 255n(n+1)/2 + (n+1)(BASE-1) stays below 2^53 is huge;
// reduce every 4096 bytes to keep sums small integers
const ADLER_BLOCK = 4096;

export function adler32(adler: number, data: Uint8Array): number {
  let a = adler & 0xffff;
  let b = adler >>> 16;
  let i = 0;
  const n = data.length;
  while (i < n) {
    const end = Math.min(n, i + ADLER_BLOCK);
    for (; i < end; i++) {
      a += data[i];
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  return ((b << 16) | a) >>> 0;
}

export function adler32Combine(adler1: number, adler2: number, len: number): number {
  // ERTS leaves the first checksum as it is for an empty second part
  if (len === 0) return adler1;
  const rem = len % ADLER_BASE;
  let a = adler1 & 0xffff;
  let b = (rem * a) % ADLER_BASE;
  a += (adler2 & 0xffff) + ADLER_BASE - 1;
  b += (adler1 >>> 16) + (adler2 >>> 16) + ADLER_BASE - rem;
  if (a >= ADLER_BASE) a -= ADLER_BASE;
  if (a >= ADLER_BASE) a -= ADLER_BASE;
  if (b >= 2 * ADLER_BASE) b -= 2 * ADLER_BASE;
  if (b >= ADLER_BASE) b -= ADLER_BASE;
  return (b * 65536 + a) >>> 0;
}

// ---------------------------------------------------------------- MD5

function bin(bytes: Uint8Array): Bitstring {
  return new Bitstring(bytes, 0, bytes.length * 8);
}

function md5Context(t: Term): Md5 {
  if (!(t instanceof Bitstring) || t.bitSize !== 88 * 8) badarg();
  return Md5.importState(bytesOf(t));
}

defineNatives('erlang', {
  'md5/1': (d) => bin(new Md5().update(iodataBytes(d)).digest()),
  'md5_init/0': () => bin(new Md5().exportState()),
  'md5_update/2': (ctx, d) => {
    const m = md5Context(ctx);
    return bin(m.update(iodataBytes(d)).exportState());
  },
  'md5_final/1': (ctx) => bin(md5Context(ctx).digest()),
  'crc32/1': (d) => crc32(0, iodataBytes(d)),
  'crc32/2': (c, d) => crc32(u32Arg(c), iodataBytes(d)),
  'crc32_combine/3': (c1, c2, n) => crc32Combine(u32Arg(c1), u32Arg(c2), u32Arg(n)),
  'adler32/1': (d) => adler32(1, iodataBytes(d)),
  'adler32/2': (c, d) => adler32(u32Arg(c), iodataBytes(d)),
  'adler32_combine/3': (c1, c2, n) => adler32Combine(u32Arg(c1), u32Arg(c2), u32Arg(n)),
});
