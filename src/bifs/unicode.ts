// unicode:characters_to_binary/2, characters_to_list/2 (the BIF forms) and
// bin_is_7bit/1. Like erts, the BIFs convert only latin1 and utf8 input
// themselves and hand every other encoding to unicode.erl's *_int/2.
//
// The error and incomplete shapes follow erts' conversion walk exactly:
//  - a whole-input check first: anything that is not chardata is badarg, even
//    after the point where a conversion error would stop;
//  - a UTF-8 sequence cut at a binary's end is carried ("leftover") into the
//    next binary; an integer met while carrying is an error;
//  - the rest of an error is the stopping point in its list (a binary's
//    undecoded tail consed onto that list's tail), wrapped once per enclosing
//    list as [Rest | EnclosingTail]; a leftover then goes in front:
//    [Leftover, Rest].

import { atom, Bitstring, Cons, NIL, bool, type Term } from '../term/types.js';
import { binaryFromBytes, bytesOf } from '../term/bits.js';
import { badarg } from '../vm/exception.js';
import { trapApply } from '../vm/trap.js';
import { defineNatives } from './registry.js';

const A_LATIN1 = atom('latin1');
const A_UNICODE = atom('unicode');
const A_UTF8 = atom('utf8');
const A_ERROR = atom('error');
const A_INCOMPLETE = atom('incomplete');
const A_UNICODE_MOD = A_UNICODE;
const A_C2B_INT = atom('characters_to_binary_int');
const A_C2L_INT = atom('characters_to_list_int');

// erts treats integers below 2^59 as small; larger ones are not chardata
const SMALL_LIMIT = 1n << 59n;

/** The utf8_need pass: true when `t` is chardata erts will walk (else badarg). */
function isCharData(t: Term): boolean {
  if (t === NIL) return true;
  if (t instanceof Bitstring) return (t.bitSize & 7) === 0;
  if (!(t instanceof Cons)) return false;
  const tails: Term[] = [];
  let cur: Term = t;
  for (;;) {
    while (cur instanceof Cons) {
      const h: Term = cur.head;
      if (h instanceof Cons) {
        tails.push(cur.tail);
        cur = h;
        continue;
      }
      if (typeof h === 'bigint') {
        if (h >= SMALL_LIMIT || h < -SMALL_LIMIT) return false;
      } else if (h instanceof Bitstring) {
        if ((h.bitSize & 7) !== 0) return false;
      } else if (typeof h !== 'number' && h !== NIL) return false;
      cur = cur.tail;
    }
    if (cur instanceof Bitstring) {
      if ((cur.bitSize & 7) !== 0) return false;
    } else if (cur !== NIL) return false;
    if (tails.length === 0) return true;
    cur = tails.pop()!;
  }
}

/** Length of the UTF-8 sequence a lead byte starts, or -1. */
function utf8Len(c: number): number {
  if (c < 0x80) return 1;
  if ((c & 0xe0) === 0xc0) return 2;
  if ((c & 0xf0) === 0xe0) return 3;
  if ((c & 0xf8) === 0xf0) return 4;
  return -1;
}

const isCont = (b: number): boolean => (b & 0xc0) === 0x80;

/**
 * Decodes the complete sequence of `len` bytes at b[i]; -1 when erts rejects
 * it (bad continuation, overlong, surrogate, beyond U+10FFFF).
 */
function decodeSeq(b: ArrayLike<number>, i: number, len: number): number {
  const c = b[i];
  switch (len) {
    case 1:
      return c;
    case 2:
      if (!isCont(b[i + 1]) || c < 0xc2) return -1;
      return ((c & 0x1f) << 6) | (b[i + 1] & 0x3f);
    case 3:
      if (!isCont(b[i + 1]) || !isCont(b[i + 2]) || (c === 0xe0 && b[i + 1] < 0xa0)) return -1;
      if ((c & 0xf) === 0xd && (b[i + 1] & 0x20) !== 0) return -1;
      return ((c & 0xf) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f);
    default:
      if (!isCont(b[i + 1]) || !isCont(b[i + 2]) || !isCont(b[i + 3]) || (c === 0xf0 && b[i + 1] < 0x90)) return -1;
      if ((c & 7) > 4 || ((c & 7) === 4 && (b[i + 1] & 0x3f) > 0xf)) return -1;
      return ((c & 7) << 18) | ((b[i + 1] & 0x3f) << 12) | ((b[i + 2] & 0x3f) << 6) | (b[i + 3] & 0x3f);
  }
}

/** Whether leftover bytes at the very end are a valid but unfinished prefix (incomplete, not error). */
function leftoverIsPrefix(l: number[]): boolean {
  const c = l[0], n = l.length;
  if ((c & 0xe0) === 0xc0) return true;
  if ((c & 0xf0) === 0xe0) return n < 2 || (n < 3 && isCont(l[1]));
  if ((c & 0xf8) === 0xf0) {
    return n < 2 || (n < 3 && isCont(l[1])) || (n < 4 && isCont(l[1]) && isCont(l[2]));
  }
  return false;
}

/** One conversion: the code points produced, the carried bytes, and whether it stopped on an error. */
class Conv {
  cps: number[] = [];
  left: number[] = [];
  err = false;
  constructor(readonly latin1: boolean) {}

  /** Converts a binary; on error returns its undecoded tail (from the failing sequence). */
  binary(b: Bitstring): Term | null {
    const src = bytesOf(b);
    const cps = this.cps;
    if (this.latin1) {
      for (let i = 0; i < src.length; i++) cps.push(src[i]);
      return null;
    }
    const at = this.copyUtf8(src);
    if (at < 0) return null;
    this.err = true;
    return at === 0 ? b : binaryFromBytes(src.slice(at));
  }

  /** Decodes src after any carried bytes; returns the error offset, or -1. */
  private copyUtf8(src: Uint8Array): number {
    const n = src.length;
    const cps = this.cps;
    let i = 0;
    const left = this.left;
    if (left.length > 0) {
      const need = utf8Len(left[0]);
      const take = need - left.length;
      if (n < take) {
        for (let k = 0; k < n; k++) left.push(src[k]);
        return -1;
      }
      for (let k = 0; k < take; k++) left.push(src[k]);
      const cp = decodeSeq(left, 0, need);
      if (cp < 0) {
        left.length -= take; // the carried bytes stay as they were
        return 0;
      }
      cps.push(cp);
      left.length = 0;
      i = take;
    }
    while (i < n) {
      const c = src[i];
      if (c < 0x80) {
        cps.push(c);
        i++;
        continue;
      }
      const len = utf8Len(c);
      if (len < 0) return i;
      if (n - i < len) {
        for (let k = i; k < n; k++) left.push(src[k]);
        return -1;
      }
      const cp = decodeSeq(src, i, len);
      if (cp < 0) return i;
      cps.push(cp);
      i += len;
    }
    return -1;
  }

  /** Walks chardata; returns the rest term when it stopped on an error, else null. */
  walk(data: Term): Term | null {
    if (data === NIL) return null;
    if (data instanceof Bitstring) return this.binary(data);
    const tails: Term[] = [data];
    let stop: Term = NIL;
    outer: while (tails.length > 0) {
      let cur = tails.pop()!;
      while (cur instanceof Cons) {
        const h: Term = cur.head;
        if (typeof h === 'number' || typeof h === 'bigint') {
          if (this.left.length > 0 || !this.char(h)) {
            this.err = true;
            stop = cur;
            break outer;
          }
          cur = cur.tail;
        } else if (h === NIL) cur = cur.tail;
        else if (h instanceof Cons) {
          tails.push(cur.tail);
          cur = h;
        } else {
          const r = this.binary(h as Bitstring);
          if (this.err) {
            stop = new Cons(r!, cur.tail);
            break outer;
          }
          cur = cur.tail;
        }
      }
      if (cur instanceof Bitstring) {
        const r = this.binary(cur);
        if (this.err) {
          stop = r!;
          break;
        }
      }
    }
    if (!this.err) return null;
    while (tails.length > 0) stop = new Cons(stop, tails.pop()!);
    return stop;
  }

  /** Emits an integer character; false when it is not one in this encoding. */
  private char(x: number | bigint): boolean {
    if (typeof x !== 'number' || x < 0) return false;
    if (this.latin1 ? x > 255 : x >= 0x110000 || (x >= 0xd800 && x <= 0xdfff)) return false;
    this.cps.push(x);
    return true;
  }

  /** {error, Out, Rest}, {incomplete, Out, Leftover} or Out itself. */
  result(rest: Term | null, out: Term): Term {
    if (this.err) {
      let r = rest!;
      if (this.left.length > 0) r = new Cons(binaryFromBytes(Uint8Array.from(this.left)), new Cons(r, NIL));
      return [A_ERROR, out, r];
    }
    if (this.left.length > 0) {
      const kind = leftoverIsPrefix(this.left) ? A_INCOMPLETE : A_ERROR;
      return [kind, out, binaryFromBytes(Uint8Array.from(this.left))];
    }
    return out;
  }
}

function utf8Bytes(cps: number[]): Uint8Array {
  let n = 0;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  const out = new Uint8Array(n);
  let p = 0;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (c < 0x80) out[p++] = c;
    else if (c < 0x800) {
      out[p++] = 0xc0 | (c >> 6);
      out[p++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      out[p++] = 0xe0 | (c >> 12);
      out[p++] = 0x80 | ((c >> 6) & 63);
      out[p++] = 0x80 | (c & 63);
    } else {
      out[p++] = 0xf0 | (c >> 18);
      out[p++] = 0x80 | ((c >> 12) & 63);
      out[p++] = 0x80 | ((c >> 6) & 63);
      out[p++] = 0x80 | (c & 63);
    }
  }
  return out;
}

function cpList(cps: number[]): Term {
  let l: Term = NIL;
  for (let i = cps.length - 1; i >= 0; i--) l = new Cons(cps[i], l);
  return l;
}

/** latin1 → true, unicode/utf8 → false, anything else → null (handled in Erlang). */
function isLatin1(enc: Term): boolean | null {
  if (enc === A_LATIN1) return true;
  if (enc === A_UNICODE || enc === A_UTF8) return false;
  return null;
}

export function charactersToBinary(data: Term, inEnc: Term): Term {
  const latin1 = isLatin1(inEnc);
  if (latin1 === null) return trapApply(A_UNICODE_MOD, A_C2B_INT, [data, inEnc]);
  // erts looks through a list holding just one binary
  if (data instanceof Cons && data.tail === NIL && data.head instanceof Bitstring) data = data.head;
  if (!isCharData(data)) return badarg();
  const c = new Conv(latin1);
  const rest = c.walk(data);
  return c.result(rest, binaryFromBytes(utf8Bytes(c.cps)));
}

export function charactersToList(data: Term, inEnc: Term): Term {
  const latin1 = isLatin1(inEnc);
  if (latin1 === null) return trapApply(A_UNICODE_MOD, A_C2L_INT, [data, inEnc]);
  if (!isCharData(data)) return badarg();
  const c = new Conv(latin1);
  const rest = c.walk(data);
  return c.result(rest, cpList(c.cps));
}

/** true only for a binary of 7-bit bytes; any other term is false, not badarg. */
export function binIs7bit(b: Term): Term {
  if (!(b instanceof Bitstring) || (b.bitSize & 7) !== 0) return bool(false);
  const bytes = bytesOf(b);
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 127) return bool(false);
  return bool(true);
}


defineNatives('unicode', {
  'characters_to_binary/2': charactersToBinary,
  'characters_to_list/2': charactersToList,
  'bin_is_7bit/1': binIs7bit,
});
