// unicode:characters_to_binary/2, characters_to_list/2 (the BIF forms, any
// input encoding, output UTF-8 / code points) and bin_is_7bit/1.
// Deep chardata is walked with an explicit stack. A UTF-8 sequence may span
// consecutive binaries, as on the BEAM.

import { atom, Atom, Bitstring, Cons, NIL, bool, type Term } from '../term/types.js';
import { binaryFromBytes, bytesOf } from '../term/bits.js';
import { badarg } from '../vm/exception.js';
import { defineNatives } from './registry.js';

const A_LATIN1 = atom('latin1');
const A_UNICODE = atom('unicode');
const A_UTF8 = atom('utf8');
const A_UTF16 = atom('utf16');
const A_UTF32 = atom('utf32');
const A_LITTLE = atom('little');
const A_BIG = atom('big');
const A_ERROR = atom('error');
const A_INCOMPLETE = atom('incomplete');

type Enc = { kind: 'latin1' | 'utf8' | 'utf16' | 'utf32'; little: boolean };

function encodingOf(t: Term): Enc {
  if (t === A_LATIN1) return { kind: 'latin1', little: false };
  if (t === A_UNICODE || t === A_UTF8) return { kind: 'utf8', little: false };
  if (t === A_UTF16) return { kind: 'utf16', little: false };
  if (t === A_UTF32) return { kind: 'utf32', little: false };
  if (Array.isArray(t) && t.length === 2 && (t[1] === A_LITTLE || t[1] === A_BIG)) {
    const little = t[1] === A_LITTLE;
    if (t[0] === A_UTF16) return { kind: 'utf16', little };
    if (t[0] === A_UTF32) return { kind: 'utf32', little };
    if (t[0] === A_UNICODE || t[0] === A_UTF8) return { kind: 'utf8', little };
  }
  return badarg();
}

/**
 * Decodes one code point from bytes[i..]; returns [cp, length], [-1, 0] when
 * invalid, [-2, 0] when the bytes end inside a valid prefix.
 */
function decodeOne(b: Uint8Array, i: number, enc: Enc): [number, number] {
  const n = b.length - i;
  switch (enc.kind) {
    case 'latin1':
      return [b[i], 1];
    case 'utf32': {
      if (n < 4) return [-2, 0];
      const cp = enc.little
        ? (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0
        : ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
      return validCp(cp) ? [cp, 4] : [-1, 0];
    }
    case 'utf16': {
      if (n < 2) return [-2, 0];
      const u = enc.little ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1];
      if (u < 0xd800 || u > 0xdfff) return [u, 2];
      if (u > 0xdbff) return [-1, 0];
      if (n < 4) return [-2, 0];
      const l = enc.little ? b[i + 2] | (b[i + 3] << 8) : (b[i + 2] << 8) | b[i + 3];
      if (l < 0xdc00 || l > 0xdfff) return [-1, 0];
      return [0x10000 + ((u - 0xd800) << 10) + (l - 0xdc00), 4];
    }
    default: {
      const c = b[i];
      if (c < 0x80) return [c, 1];
      let len: number, cp: number, min: number;
      if (c >= 0xc2 && c <= 0xdf) (len = 2), (cp = c & 0x1f), (min = 0x80);
      else if (c >= 0xe0 && c <= 0xef) (len = 3), (cp = c & 0x0f), (min = 0x800);
      else if (c >= 0xf0 && c <= 0xf4) (len = 4), (cp = c & 0x07), (min = 0x10000);
      else return [-1, 0];
      for (let k = 1; k < len; k++) {
        if (k >= n) return [-2, 0];
        const cc = b[i + k];
        if ((cc & 0xc0) !== 0x80) return [-1, 0];
        cp = (cp << 6) | (cc & 0x3f);
      }
      if (cp < min || !validCp(cp)) return [-1, 0];
      return [cp, len];
    }
  }
}

function validCp(c: number): boolean {
  return c >= 0 && c <= 0x10ffff && (c < 0xd800 || c > 0xdfff);
}

/** A conversion that stopped: which kind, and the unconverted rest of the input. */
type Stop = { kind: Atom; rest: Term };

/**
 * Walks chardata, calling emit(cp) for each character. Returns null when all
 * was converted, else where it stopped. Throws badarg for non-chardata.
 */
function walk(data: Term, enc: Enc, latin1Out: boolean, emit: (cp: number) => void): Stop | null {
  // stack of list tails still to visit (innermost last)
  const tails: Term[] = [];
  let pending: Uint8Array | null = null; // bytes of a sequence split across binaries
  let cur: Term = data;
  for (;;) {
    let item: Term;
    let tail: Term;
    if (cur instanceof Cons) {
      item = cur.head;
      tail = cur.tail;
    } else if (cur === NIL) {
      if (tails.length === 0) break;
      cur = tails.pop()!;
      continue;
    } else if (cur instanceof Bitstring && tails.length >= 0) {
      item = cur;
      tail = NIL;
    } else return badarg();
    if (typeof item === 'number') {
      if (pending !== null) return stopAt(A_ERROR, binaryFromBytes(pending), cur, tails);
      if (!validCp(item) || (latin1Out && item > 255)) return stopAt(A_ERROR, item, tail, tails, true);
      emit(item);
      cur = tail;
    } else if (item instanceof Bitstring) {
      if ((item.bitSize & 7) !== 0) return badarg();
      let b = bytesOf(item);
      if (pending !== null) {
        const j = new Uint8Array(pending.length + b.length);
        j.set(pending);
        j.set(b, pending.length);
        b = j;
        pending = null;
      }
      let i = 0;
      while (i < b.length) {
        const [cp, len] = decodeOne(b, i, enc);
        if (cp === -2) break;
        if (cp < 0 || (latin1Out && cp > 255)) {
          return stopAt(A_ERROR, binaryFromBytes(b.slice(i)), tail, tails, true);
        }
        emit(cp);
        i += len;
      }
      if (i < b.length) pending = b.slice(i);
      cur = tail;
    } else if (item instanceof Cons || item === NIL) {
      tails.push(tail);
      cur = item;
    } else return badarg();
  }
  if (pending !== null) return { kind: A_INCOMPLETE, rest: binaryFromBytes(pending) };
  return null;
}

/** Builds the rest term: the stopping item before its list's tail, wrapped once per enclosing list. */
function stopAt(kind: Atom, item: Term, tail: Term, tails: Term[], consItem = false): Stop {
  let rest: Term = consItem ? new Cons(item, tail) : item;
  if (!consItem) rest = new Cons(item, tail);
  for (let k = tails.length - 1; k >= 0; k--) rest = new Cons(rest, tails[k]);
  if (tails.length === 0 && tail === NIL && item instanceof Bitstring && !(consItem && false)) {
    return { kind, rest: item };
  }
  return { kind, rest };
}

function utf8Bytes(cps: number[]): Uint8Array {
  const out: number[] = [];
  for (const c of cps) {
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

function cpList(cps: number[]): Term {
  let l: Term = NIL;
  for (let i = cps.length - 1; i >= 0; i--) l = new Cons(cps[i], l);
  return l;
}

export function charactersToBinary(data: Term, inEnc: Term): Term {
  const enc = encodingOf(inEnc);
  const cps: number[] = [];
  const stop = walk(data, enc, enc.kind === 'latin1', (c) => cps.push(c));
  const bin = binaryFromBytes(utf8Bytes(cps));
  return stop === null ? bin : [stop.kind, bin, stop.rest];
}

export function charactersToList(data: Term, inEnc: Term): Term {
  const enc = encodingOf(inEnc);
  const cps: number[] = [];
  const stop = walk(data, enc, enc.kind === 'latin1', (c) => cps.push(c));
  const l = cpList(cps);
  return stop === null ? l : [stop.kind, l, stop.rest];
}

export function binIs7bit(b: Term): Term {
  if (!(b instanceof Bitstring) || (b.bitSize & 7) !== 0) return badarg();
  const bytes = bytesOf(b);
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 127) return bool(false);
  return bool(true);
}

defineNatives('unicode', {
  'characters_to_binary/2': charactersToBinary,
  'characters_to_list/2': charactersToList,
  'bin_is_7bit/1': binIs7bit,
});
