// Helpers over the Bitstring view (bytes + bit offset + bit size).
// Bits are numbered MSB-first within each byte, as in the BEAM's bit syntax.

import { Bitstring } from './types.js';

export const EMPTY_BINARY = new Bitstring(new Uint8Array(0), 0, 0);

export function binaryFromBytes(u8: Uint8Array): Bitstring {
  return new Bitstring(u8, 0, u8.length * 8);
}

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** A binary holding the UTF-8 encoding of `s`. */
export function binaryFromString(s: string): Bitstring {
  return binaryFromBytes(encoder.encode(s));
}

/**
 * The bytes of a binary (whole number of bytes). A subarray view when the
 * binary starts on a byte boundary, else a fresh copy. Callers must not write to it.
 */
export function bytesOf(b: Bitstring): Uint8Array {
  if ((b.bitOffset & 7) === 0) {
    const start = b.bitOffset >>> 3;
    return b.data.subarray(start, start + (b.bitSize >>> 3));
  }
  return copyBits(b, b.bitSize >>> 3);
}

/**
 * All bits of `b` packed MSB-first into ceil(bitSize/8) bytes; the unused low
 * bits of the last byte are zero. Always a copy when the size is not whole bytes.
 */
export function bitstringToBytesPadded(b: Bitstring): Uint8Array {
  const nbytes = (b.bitSize + 7) >>> 3;
  if ((b.bitOffset & 7) === 0 && (b.bitSize & 7) === 0) return bytesOf(b);
  const out = copyBits(b, nbytes);
  const rem = b.bitSize & 7;
  if (rem !== 0) out[nbytes - 1] &= (0xff << (8 - rem)) & 0xff;
  return out;
}

/** Copies `nbytes` bytes starting at b.bitOffset (bits past the end read as whatever follows; masked by callers). */
function copyBits(b: Bitstring, nbytes: number): Uint8Array {
  const out = new Uint8Array(nbytes);
  const data = b.data;
  let byte = b.bitOffset >>> 3;
  const sh = b.bitOffset & 7;
  if (sh === 0) {
    for (let i = 0; i < nbytes; i++) out[i] = data[byte + i] ?? 0;
    return out;
  }
  for (let i = 0; i < nbytes; i++, byte++) {
    const hi = data[byte] ?? 0;
    const lo = data[byte + 1] ?? 0;
    out[i] = ((hi << sh) | (lo >>> (8 - sh))) & 0xff;
  }
  return out;
}

/** The number of trailing bits (bitSize mod 8) and their value, right-aligned. */
export function trailingBits(b: Bitstring): { bits: number; value: number } {
  const rem = b.bitSize & 7;
  if (rem === 0) return { bits: 0, value: 0 };
  const padded = bitstringToBytesPadded(b);
  return { bits: rem, value: padded[padded.length - 1] >>> (8 - rem) };
}

/** Strict UTF-8 decode of a binary; null for bitstrings or invalid UTF-8. */
export function utf8Decode(b: Bitstring): string | null {
  if ((b.bitSize & 7) !== 0) return null;
  try {
    return strictDecoder.decode(bytesOf(b));
  } catch {
    return null;
  }
}

/** Byte `i` (0-based) of the bitstring, possibly partial at the end (low bits zero). */
function byteAt(b: Bitstring, i: number): number {
  const bit = b.bitOffset + i * 8;
  const byte = bit >>> 3;
  const sh = bit & 7;
  let v: number;
  if (sh === 0) v = b.data[byte];
  else v = ((b.data[byte] << sh) | ((b.data[byte + 1] ?? 0) >>> (8 - sh))) & 0xff;
  const left = b.bitSize - i * 8;
  if (left < 8) v &= (0xff << (8 - left)) & 0xff;
  return v;
}

/** Exact equality of two bitstrings (same bits, same length). */
export function bitstringEq(a: Bitstring, b: Bitstring): boolean {
  if (a === b) return true;
  const n = a.bitSize;
  if (n !== b.bitSize) return false;
  if (((a.bitOffset | b.bitOffset) & 7) === 0) {
    const ad = a.data, bd = b.data;
    const ao = a.bitOffset >>> 3, bo = b.bitOffset >>> 3;
    const whole = n >>> 3;
    for (let i = 0; i < whole; i++) if (ad[ao + i] !== bd[bo + i]) return false;
    if ((n & 7) !== 0) return byteAt(a, whole) === byteAt(b, whole);
    return true;
  }
  const nb = (n + 7) >>> 3;
  for (let i = 0; i < nb; i++) if (byteAt(a, i) !== byteAt(b, i)) return false;
  return true;
}

/**
 * Term order of bitstrings: compare bit by bit over the common length; when
 * one is a prefix of the other, the shorter is smaller. Returns -1/0/1.
 */
export function bitstringCompare(a: Bitstring, b: Bitstring): number {
  if (a === b) return 0;
  const common = Math.min(a.bitSize, b.bitSize);
  const whole = common >>> 3;
  if (((a.bitOffset | b.bitOffset) & 7) === 0) {
    const ad = a.data, bd = b.data;
    const ao = a.bitOffset >>> 3, bo = b.bitOffset >>> 3;
    for (let i = 0; i < whole; i++) {
      const x = ad[ao + i], y = bd[bo + i];
      if (x !== y) return x < y ? -1 : 1;
    }
  } else {
    for (let i = 0; i < whole; i++) {
      const x = byteAt(a, i), y = byteAt(b, i);
      if (x !== y) return x < y ? -1 : 1;
    }
  }
  const rem = common & 7;
  if (rem !== 0) {
    const mask = (0xff << (8 - rem)) & 0xff;
    const x = byteAt(a, whole) & mask, y = byteAt(b, whole) & mask;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.bitSize === b.bitSize ? 0 : a.bitSize < b.bitSize ? -1 : 1;
}
