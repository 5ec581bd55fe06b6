// Assorted BIFs: textual forms of pids/refs/ports/funs, erlang:display,
// external_size, is_builtin, bump_reductions, and the small BIFs other OTP
// modules (string, file, prim_file, error_logger, net_kernel) keep in C.

import {
  atom, Atom, Bitstring, Cons, Float, Fun, NIL, Pid, Port, Ref, LOCAL_NODE, TRUE, ERROR, bool, type Term,
} from '../term/types.js';
import { ErlMap } from '../term/map.js';
import { bytesOf, trailingBits, utf8Decode } from '../term/bits.js';
import { stringToList, listToString } from '../term/list.js';
import { formatPid, formatRef, formatAtom } from '../term/print.js';
import { termToBinary } from '../term/etf.js';
import { badarg } from '../vm/exception.js';
import { current } from '../vm/context.js';
import { defineNatives } from './registry.js';
import { isBuiltin } from './bif_table.js';

const A_MINOR_VERSION = atom('minor_version');
const A_NO_FLOAT = atom('no_float');
const A_NO_INTEGER = atom('no_integer');
const A_NOT_A_LIST = atom('not_a_list');
const A_UTF8 = atom('utf8');
const A_WARNING = atom('warning');

// ------------------------------------------------------------ text forms

/** The characters of a proper list of bytes (latin-1), or null. */
function byteString(t: Term): string | null {
  let s = '';
  while (t instanceof Cons) {
    const c = t.head;
    if (typeof c !== 'number' || c < 0 || c > 255) return null;
    s += String.fromCharCode(c);
    t = t.tail;
  }
  return t === NIL ? s : null;
}

/** Decimal fields separated by dots, each within max; null when malformed. */
function fields(s: string, count: number, max: number): number[] | null {
  const parts = s.split('.');
  if (parts.length !== count) return null;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^[0-9]+$/.test(p)) return null;
    const v = Number(p);
    if (v > max) return null;
    out.push(v);
  }
  return out;
}

function listToPid(t: Term): Term {
  const s = byteString(t);
  if (s === null || !s.startsWith('<') || !s.endsWith('>')) return badarg();
  const f = fields(s.slice(1, -1), 3, 0xffffffff);
  // a non-distributed node knows only its own node (0); numbers are 15 bits, serials 13
  if (f === null || f[0] !== 0 || f[1] > 0x7fff || f[2] > 0x1fff) return badarg();
  return new Pid(f[1], f[2]);
}

function listToRef(t: Term): Term {
  const s = byteString(t);
  if (s === null || !s.startsWith('#Ref<') || !s.endsWith('>')) return badarg();
  const f = fields(s.slice(5, -1), 4, 0xffffffff);
  if (f === null || f[0] !== 0) return badarg();
  return new Ref([f[3], f[2], f[1]]);
}

function listToPort(t: Term): Term {
  const s = byteString(t);
  if (s === null || !s.startsWith('#Port<') || !s.endsWith('>')) return badarg();
  const f = fields(s.slice(6, -1), 2, 0xffffffff);
  if (f === null || f[0] !== 0) return badarg();
  return new Port(f[1]);
}

function portText(p: Port): string {
  return `#Port<${p.node === LOCAL_NODE ? 0 : p.node.index}.${p.id}>`;
}

/** fun_to_list: ERTS prints a local fun's module name unquoted. */
function funText(f: Fun): string {
  if (f.kind === 1) return `fun ${formatAtom(f.module)}:${formatAtom(f.name)}/${f.arity}`;
  return `#Fun<${f.module.name}.${f.index}.${f.uniq >>> 0}>`;
}

// ------------------------------------------------------------ erlang:display

// ERTS's own term printer (erl_printf_term.c), not io_lib's: floats as %e,
// printable lists as strings, printable-ASCII binaries as <<"...">>.
// The output is built as a string of bytes (each char code < 256).

const utf8 = new TextEncoder();

function utf8Bytes(s: string): string {
  let r = '';
  for (const b of utf8.encode(s)) r += String.fromCharCode(b);
  return r;
}

function isLowerL1(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 223 && c <= 255 && c !== 247);
}
function isUpperL1(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215);
}

function displayAtom(a: Atom): string {
  const name = a.name;
  if (name.length === 0) return "''";
  let quote = false;
  const cps = Array.from(name, (ch) => ch.codePointAt(0)!);
  // code points above 255 make the name need quotes
  const l1 = (c: number): number => (c > 255 ? 0 : c);
  if (!isLowerL1(l1(cps[0]))) quote = true;
  else {
    for (let i = 1; i < cps.length; i++) {
      const c = l1(cps[i]);
      if (!(isLowerL1(c) || isUpperL1(c) || (c >= 48 && c <= 57) || c === 95)) {
        quote = true;
        break;
      }
    }
  }
  let s = quote ? "'" : '';
  for (const c of cps) {
    switch (c) {
      case 39: s += "\\'"; break;
      case 92: s += '\\\\'; break;
      case 10: s += '\\n'; break;
      case 12: s += '\\f'; break;
      case 9: s += '\\t'; break;
      case 13: s += '\\r'; break;
      case 8: s += '\\b'; break;
      case 11: s += '\\v'; break;
      default:
        if (c < 32 || (c >= 128 && c < 160)) s += '\\' + c.toString(8).padStart(3, '0');
        else if (c < 128) s += String.fromCharCode(c);
        else s += utf8Bytes(String.fromCodePoint(c));
    }
  }
  return quote ? s + "'" : s;
}

function displayFloat(v: number): string {
  // C's %e: six decimals, at least two exponent digits
  const m = /^(-?[\d.]+)e([+-])(\d+)$/.exec(v.toExponential(6))!;
  const sign = Object.is(v, -0) ? '-' : '';
  return sign + m[1] + 'e' + m[2] + m[3].padStart(2, '0');
}

function printableList(t: Term): boolean {
  let n = 0;
  while (t instanceof Cons) {
    const c = t.head;
    if (typeof c !== 'number' || c < 0 || c > 255) return false;
    const cntrl = c < 32 || c === 127 || (c >= 128 && c < 160);
    if (cntrl && c !== 32 && c !== 10 && c !== 9 && c !== 13) return false;
    n++;
    t = t.tail;
  }
  return t === NIL && n > 0;
}

function displayTerm(t: Term, out: string[]): void {
  if (typeof t === 'number' || typeof t === 'bigint') out.push(String(t));
  else if (t instanceof Atom) out.push(displayAtom(t));
  else if (t === NIL) out.push('[]');
  else if (t instanceof Cons) {
    if (printableList(t)) {
      let s = '"';
      for (let c: Term = t; c instanceof Cons; c = c.tail) {
        const ch = c.head as number;
        s += ch === 10 ? '\\n' : ch === 34 ? '\\"' : String.fromCharCode(ch);
      }
      out.push(s + '"');
      return;
    }
    out.push('[');
    let c: Term = t;
    let first = true;
    while (c instanceof Cons) {
      if (!first) out.push(',');
      first = false;
      displayTerm(c.head, out);
      c = c.tail;
    }
    if (c !== NIL) {
      out.push('|');
      displayTerm(c, out);
    }
    out.push(']');
  } else if (Array.isArray(t)) {
    out.push('{');
    for (let i = 0; i < t.length; i++) {
      if (i > 0) out.push(',');
      displayTerm(t[i], out);
    }
    out.push('}');
  } else if (t instanceof Float) out.push(displayFloat(t.value));
  else if (t instanceof Bitstring) out.push(displayBits(t));
  else if (t instanceof ErlMap) {
    out.push('#{');
    let first = true;
    for (const [k, v] of t.iterEntries()) {
      if (!first) out.push(',');
      first = false;
      displayTerm(k, out);
      out.push('=>');
      displayTerm(v, out);
    }
    out.push('}');
  } else if (t instanceof Pid) out.push(formatPid(t));
  else if (t instanceof Ref) out.push(formatRef(t));
  else if (t instanceof Port) out.push(portText(t));
  else if (t instanceof Fun) {
    if (t.kind === 1) out.push(`fun ${displayAtom(t.module)}:${displayAtom(t.name)}/${t.arity}`);
    else out.push(`#Fun<${utf8Bytes(t.module.name)}.${t.index}.${t.uniq | 0}>`);
  } else out.push('<unknown>');
}

function displayBits(b: Bitstring): string {
  const whole = b.bitSize >>> 3;
  const rem = b.bitSize & 7;
  const bytes = bytesOf(new Bitstring(b.data, b.bitOffset, whole * 8));
  let printable = rem === 0 && whole > 0;
  for (let i = 0; printable && i < whole; i++) if (bytes[i] < 32 || bytes[i] >= 127) printable = false;
  if (printable) {
    let s = '<<"';
    for (let i = 0; i < whole; i++) s += (bytes[i] === 34 ? '\\' : '') + String.fromCharCode(bytes[i]);
    return s + '">>';
  }
  const parts: string[] = [];
  for (let i = 0; i < whole; i++) parts.push(String(bytes[i]));
  if (rem !== 0) {
    const last = trailingBits(b);
    parts.push(`${last.value}:${rem}`);
  }
  return '<<' + parts.join(',') + '>>';
}

/** The bytes erlang:display/1 writes for `t` (with its "\r\n"). */
export function displayBytes(t: Term): Uint8Array {
  const out: string[] = [];
  displayTerm(t, out);
  out.push('\r\n');
  const s = out.join('');
  const u = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return u;
}

function displayString(t: Term): Term {
  const s = listToString(t);
  if (s === null) return badarg();
  current().vm.host.writeStderr(utf8.encode(s.replace(/\n/g, '\r\n')));
  return TRUE;
}

// ------------------------------------------------------------ string: number parsing

/** string:list_to_float/1: the longest float prefix and the rest of the list. */
function stringListToFloat(t: Term): Term {
  if (!(t instanceof Cons) && t !== NIL) return [ERROR, A_NOT_A_LIST];
  const [text, rests] = prefix(t);
  const m = /^[+-]?[0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?/.exec(text);
  if (m === null) return [ERROR, A_NO_FLOAT];
  const v = Number(m[0]);
  if (!Number.isFinite(v)) return [ERROR, A_NO_FLOAT];
  return [new Float(v), rests[m[0].length]];
}

function stringListToInteger(t: Term): Term {
  if (!(t instanceof Cons) && t !== NIL) return [ERROR, A_NOT_A_LIST];
  const [text, rests] = prefix(t);
  const m = /^[+-]?[0-9]+/.exec(text);
  if (m === null) return [ERROR, A_NO_INTEGER];
  const digits = m[0];
  const v = digits.length < 16 ? Number(digits) : BigInt(digits);
  const n = typeof v === 'bigint' && v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
  return [n, rests[digits.length]];
}

/**
 * The leading characters of a list that can belong to a number,
 * and the list tail after each character count.
 */
function prefix(t: Term): [string, Term[]] {
  let s = '';
  const rests: Term[] = [t];
  while (t instanceof Cons) {
    const c = t.head;
    if (typeof c !== 'number' || !/[0-9+\-.eE]/.test(String.fromCharCode(c)) || c > 127) break;
    s += String.fromCharCode(c);
    t = t.tail;
    rests.push(t);
  }
  return [s, rests];
}

// ------------------------------------------------------------ prim_file names

function name2native(t: Term): Term {
  let b: Bitstring | null;
  if (t instanceof Bitstring) b = (t.bitSize & 7) === 0 ? t : null;
  else {
    b = null;
    const flat = flattenChars(t);
    if (flat !== null) {
      const u = utf8.encode(flat);
      b = new Bitstring(u, 0, u.length * 8);
    }
  }
  if (b === null) return badarg();
  const src = bytesOf(b);
  // a NUL would cut the C string the OS sees: the BEAM refuses the name
  if (src.indexOf(0) >= 0) return badarg();
  const out = new Uint8Array(src.length + 1);
  out.set(src);
  return new Bitstring(out, 0, out.length * 8);
}

/** A deep list of characters and binaries (chardata) as a JS string, or null. */
function flattenChars(t: Term): string | null {
  if (!(t instanceof Cons) && t !== NIL) return null;
  let s = '';
  const stack: Term[] = [t];
  while (stack.length > 0) {
    let c = stack.pop()!;
    while (c instanceof Cons) {
      const h = c.head;
      if (typeof h === 'number') {
        if (h < 0 || h > 0x10ffff || (h >= 0xd800 && h <= 0xdfff)) return null;
        s += String.fromCodePoint(h);
      } else if (h instanceof Cons || h === NIL) {
        stack.push(c.tail);
        c = h;
        continue;
      } else if (h instanceof Bitstring) {
        const d = utf8Decode(h);
        if (d === null) return null;
        s += d;
      } else return null;
      c = c.tail;
    }
    if (c instanceof Bitstring) {
      const d = utf8Decode(c);
      if (d === null) return null;
      s += d;
    } else if (c !== NIL) return null;
  }
  return s;
}

function binArg(t: Term): Bitstring {
  if (!(t instanceof Bitstring) || (t.bitSize & 7) !== 0) return badarg();
  return t;
}

// ------------------------------------------------------------ registration

function externalSize(t: Term, opts: Term): Term {
  let minor = 1;
  let o = opts;
  while (o instanceof Cons) {
    const opt = o.head;
    if (!Array.isArray(opt) || opt.length !== 2 || opt[0] !== A_MINOR_VERSION || typeof opt[1] !== 'number') {
      return badarg();
    }
    if (opt[1] < 0 || opt[1] > 2) return badarg();
    minor = opt[1];
    o = o.tail;
  }
  if (o !== NIL) return badarg();
  return termToBinary(t, { minorVersion: minor }).length;
}

defineNatives('erlang', {
  'pid_to_list/1': (p) => (p instanceof Pid ? stringToList(formatPid(p)) : badarg()),
  'list_to_pid/1': listToPid,
  'ref_to_list/1': (r) => (r instanceof Ref ? stringToList(formatRef(r)) : badarg()),
  'list_to_ref/1': listToRef,
  'port_to_list/1': (p) => (p instanceof Port ? stringToList(portText(p)) : badarg()),
  'list_to_port/1': listToPort,
  'fun_to_list/1': (f) => (f instanceof Fun ? stringToList(funText(f)) : badarg()),
  'display/1': (t) => {
    current().vm.host.writeStdout(displayBytes(t));
    return TRUE;
  },
  'display_string/1': displayString,
  'external_size/1': (t) => termToBinary(t, { minorVersion: 1 }).length,
  'external_size/2': externalSize,
  'is_builtin/3': (m, f, a) => {
    if (!(m instanceof Atom) || !(f instanceof Atom) || typeof a !== 'number' || a < 0) return badarg();
    return bool(isBuiltin(m.name, f.name, a));
  },
  'bump_reductions/1': (n) => {
    if (typeof n !== 'number' || n < 0) return badarg();
    const p = current();
    p.fcalls -= Math.min(n, Math.max(p.fcalls, 0));
    return TRUE;
  },
});

defineNatives('string', {
  'list_to_float/1': stringListToFloat,
  'list_to_integer/1': stringListToInteger,
});

defineNatives('file', {
  'native_name_encoding/0': () => A_UTF8,
});

defineNatives('prim_file', {
  'internal_name2native/1': name2native,
  'internal_native2name/1': (t) => {
    const s = utf8Decode(binArg(t));
    // the BEAM's +fnu default: an undecodable name is {error, warning}
    if (s === null) return [ERROR, A_WARNING];
    return stringToList(s);
  },
  'internal_normalize_utf8/1': (t) => {
    const s = utf8Decode(binArg(t));
    if (s === null) return badarg();
    return stringToList(s.normalize('NFC'));
  },
  'is_translatable/1': (t) => bool(utf8Decode(binArg(t)) !== null),
});

defineNatives('error_logger', {
  'warning_map/0': () => A_WARNING,
});

defineNatives('net_kernel', {
  'dflag_unicode_io/1': () => TRUE,
});
