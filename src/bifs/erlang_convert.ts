// erlang conversion BIFs between numbers, atoms, lists and binaries.

import { atom, Atom, Bitstring, Cons, existingAtom, Float, NIL, type Term } from '../term/types.js';
import { listToString, stringToList } from '../term/list.js';
import { binaryFromBytes, binaryFromString, bytesOf, utf8Decode } from '../term/bits.js';
import { badarg, systemLimit } from '../vm/exception.js';
import { defineNatives } from './registry.js';
import { formatDecimals, formatScientific, formatShort } from './erlang_float_format.js';

const A_LATIN1 = atom('latin1');
const A_UTF8 = atom('utf8');
const A_UNICODE = atom('unicode');
const A_COMPACT = atom('compact');
const A_SHORT = atom('short');
const A_DECIMALS = atom('decimals');
const A_SCIENTIFIC = atom('scientific');

const MAX_ATOM_CHARS = 255;

/** An ASCII JS string as an Erlang list (no surrogate handling needed). */
function asciiList(s: string): Term {
  let l: Term = NIL;
  for (let i = s.length - 1; i >= 0; i--) l = new Cons(s.charCodeAt(i), l);
  return l;
}

/** A list of byte-range integers as a JS string of char codes (for number parsing); null if not. */
function listChars(t: Term): string | null {
  let s = '';
  while (t instanceof Cons) {
    const c = t.head;
    if (typeof c !== 'number' || c < 0 || c > 0x10ffff) return null;
    s += String.fromCharCode(c > 0xffff ? 0xfffd : c);
    t = t.tail;
  }
  return t === NIL ? s : null;
}

function binChars(t: Term): string | null {
  if (!(t instanceof Bitstring) || (t.bitSize & 7) !== 0) return null;
  const b = bytesOf(t);
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

// --- integers ---

function intToString(i: Term, base: Term): string {
  if ((typeof i !== 'number' && typeof i !== 'bigint') || typeof base !== 'number' || base < 2 || base > 36) {
    return badarg();
  }
  return i.toString(base).toUpperCase();
}

const DIGIT_RE = /^[+-]?[0-9A-Za-z]+$/;

/** Parses an Erlang integer text in `base`; null when it is not one. */
export function parseInteger(s: string, base: number): number | bigint | null {
  if (!DIGIT_RE.test(s)) return null;
  let i = 0;
  let neg = false;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    i = 1;
  }
  for (let j = i; j < s.length; j++) {
    const c = s.charCodeAt(j);
    const d = c <= 57 ? c - 48 : (c | 32) - 87;
    if (d < 0 || d >= base) return null;
  }
  const body = s.slice(i);
  if (body.length <= 10 || (base <= 10 && body.length <= 15)) {
    const n = parseInt(body, base);
    return neg ? 0 - n : n;
  }
  let v = 0n;
  const B = BigInt(base);
  const CH = 8;
  for (let j = 0; j < body.length; j += CH) {
    const part = body.slice(j, j + CH);
    v = v * B ** BigInt(part.length) + BigInt(parseInt(part, base));
  }
  if (neg) v = -v;
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

function baseArg(b: Term): number {
  if (typeof b !== 'number' || b < 2 || b > 36) return badarg();
  return b;
}

function listToInteger(l: Term, base: Term = 10): Term {
  const b = baseArg(base);
  const s = listChars(l);
  if (s === null) return badarg();
  return parseInteger(s, b) ?? badarg();
}

function binaryToInteger(bin: Term, base: Term = 10): Term {
  const b = baseArg(base);
  const s = binChars(bin);
  if (s === null) return badarg();
  return parseInteger(s, b) ?? badarg();
}

// --- floats ---

const FLOAT_RE = /^[+-]?\d+[.,]\d+(?:[eE][+-]?\d+)?$/;

/** Erlang's strict float syntax (digits on both sides of the point); null when invalid. */
export function parseFloat(s: string): number | null {
  if (!FLOAT_RE.test(s)) return null;
  const v = Number(s.replace(',', '.'));
  return Number.isFinite(v) ? v : null;
}

function listToFloat(l: Term): Term {
  const s = listChars(l);
  if (s === null) return badarg();
  const v = parseFloat(s);
  return v === null ? badarg() : new Float(v);
}

function binaryToFloat(b: Term): Term {
  const s = binChars(b);
  if (s === null) return badarg();
  const v = parseFloat(s);
  return v === null ? badarg() : new Float(v);
}

/** The text of float_to_list/2 and float_to_binary/2 for the options list. */
export function floatText(f: Term, opts: Term): string {
  if (!(f instanceof Float)) return badarg();
  let mode = 0; // 0 legacy/scientific, 1 fixed, 2 short
  let decimals = 20;
  let compact = false;
  let l = opts;
  while (l instanceof Cons) {
    const o = l.head;
    if (o === A_COMPACT) compact = true;
    else if (o === A_SHORT) mode = 2;
    else if (Array.isArray(o) && o.length === 2 && typeof o[1] === 'number' && (o[0] === A_DECIMALS || o[0] === A_SCIENTIFIC)) {
      decimals = o[1];
      mode = o[0] === A_DECIMALS ? 1 : 0;
    } else return badarg();
    l = l.tail;
  }
  if (l !== NIL) return badarg();
  const v = f.value;
  if (mode === 2) return formatShort(v);
  if (mode === 1) return formatDecimals(v, decimals, compact) ?? badarg();
  const s = formatScientific(v, decimals);
  return s.length >= 256 ? badarg() : s;
}

// --- atoms ---

function encodingArg(e: Term): Atom {
  if (e === A_LATIN1 || e === A_UTF8 || e === A_UNICODE) return e as Atom;
  return badarg();
}

function atomToBinary(a: Term, enc: Term = A_UTF8): Term {
  if (!(a instanceof Atom)) return badarg();
  const e = encodingArg(enc);
  if (e === A_LATIN1) {
    const name = a.name;
    const bytes = new Uint8Array(name.length);
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      if (c > 255) return badarg();
      bytes[i] = c;
    }
    return binaryFromBytes(bytes);
  }
  return binaryFromString(a.name);
}

function checkAtomLength(name: string): void {
  let n = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  if (n > MAX_ATOM_CHARS) systemLimit();
}

function listToAtom(l: Term): Term {
  const s = listToString(l);
  if (s === null) return badarg();
  checkAtomLength(s);
  return atom(s);
}

function listToExistingAtom(l: Term): Term {
  const s = listToString(l);
  if (s === null) return badarg();
  return existingAtom(s) ?? badarg();
}

function binaryAtomName(b: Term, enc: Term): string {
  const e = encodingArg(enc);
  if (!(b instanceof Bitstring) || (b.bitSize & 7) !== 0) return badarg();
  if (e === A_LATIN1) {
    const bytes = bytesOf(b);
    let s = '';
    for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
    return s;
  }
  const s = utf8Decode(b);
  if (s === null) return badarg();
  return s;
}

function binaryToAtom(b: Term, enc: Term = A_UTF8): Term {
  const s = binaryAtomName(b, enc);
  checkAtomLength(s);
  return atom(s);
}

function binaryToExistingAtom(b: Term, enc: Term = A_UTF8): Term {
  const s = binaryAtomName(b, enc);
  return existingAtom(s) ?? badarg();
}

defineNatives('erlang', {
  'integer_to_list/1': (i) => asciiList(intToString(i, 10)),
  'integer_to_list/2': (i, b) => asciiList(intToString(i, b)),
  'integer_to_binary/1': (i) => binaryFromString(intToString(i, 10)),
  'integer_to_binary/2': (i, b) => binaryFromString(intToString(i, b)),
  'list_to_integer/1': (l) => listToInteger(l),
  'list_to_integer/2': listToInteger,
  'binary_to_integer/1': (b) => binaryToInteger(b),
  'binary_to_integer/2': binaryToInteger,
  'float_to_list/1': (f) => asciiList(floatText(f, NIL)),
  'float_to_list/2': (f, o) => asciiList(floatText(f, o)),
  'float_to_binary/1': (f) => binaryFromString(floatText(f, NIL)),
  'float_to_binary/2': (f, o) => binaryFromString(floatText(f, o)),
  'list_to_float/1': listToFloat,
  'binary_to_float/1': binaryToFloat,
  'atom_to_list/1': (a) => (a instanceof Atom ? stringToList(a.name) : badarg()),
  'atom_to_binary/1': (a) => atomToBinary(a),
  'atom_to_binary/2': atomToBinary,
  'list_to_atom/1': listToAtom,
  'list_to_existing_atom/1': listToExistingAtom,
  'binary_to_atom/1': (b) => binaryToAtom(b),
  'binary_to_atom/2': binaryToAtom,
  'binary_to_existing_atom/1': (b) => binaryToExistingAtom(b),
  'binary_to_existing_atom/2': binaryToExistingAtom,
});
