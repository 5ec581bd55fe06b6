// Terms as io_lib:format("~w") writes them: used for error messages,
// crash reports and debugging. Output is a JS string of code points.

import { Atom, Bitstring, Cons, Float, Fun, LOCAL_NODE as LOCAL, NIL, Pid, Port, Ref, type Term } from './types.js';
import { ErlMap } from './map.js';
import { bitstringToBytesPadded } from './bits.js';

const RESERVED = new Set([
  'after', 'and', 'andalso', 'band', 'begin', 'bnot', 'bor', 'bsl', 'bsr', 'bxor', 'case', 'catch',
  'cond', 'div', 'end', 'fun', 'if', 'let', 'not', 'of', 'or', 'orelse', 'receive', 'rem', 'try',
  'when', 'xor',
]);

function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 223 && c <= 255 && c !== 247);
}
function isNameChar(c: number): boolean {
  return (
    isLower(c) || (c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215) ||
    (c >= 48 && c <= 57) || c === 95 || c === 64
  );
}

/** Does the atom need quotes to read back (io_lib:quote_atom)? */
export function atomNeedsQuotes(name: string): boolean {
  if (name.length === 0) return true;
  if (RESERVED.has(name)) return true;
  if (!isLower(name.charCodeAt(0))) return true;
  for (let i = 1; i < name.length; i++) if (!isNameChar(name.charCodeAt(i))) return true;
  return false;
}

/** One character inside a quoted atom or string, escaped as io_lib does (Latin-1 mode). */
export function escapeChar(c: number, quote: number): string {
  if (c === quote) return '\\' + String.fromCharCode(c);
  switch (c) {
    case 92: return '\\\\';
    case 10: return '\\n';
    case 13: return '\\r';
    case 9: return '\\t';
    case 11: return '\\v';
    case 8: return '\\b';
    case 12: return '\\f';
    case 27: return '\\e';
    case 127: return '\\d';
  }
  if (c < 32 || (c >= 128 && c < 160)) return '\\' + c.toString(8).padStart(3, '0');
  if (c > 255) return '\\x{' + c.toString(16).toUpperCase() + '}';
  return String.fromCodePoint(c);
}

export function formatAtom(a: Atom): string {
  const name = a.name;
  if (!atomNeedsQuotes(name)) return name;
  let s = "'";
  for (const ch of name) s += escapeChar(ch.codePointAt(0)!, 39);
  return s + "'";
}

/** A float the way ~w (io_lib_format:fwrite_g) writes it: shortest digits that read back. */
export function formatFloat(v: number): string {
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const neg = v < 0;
  const e = Math.abs(v).toExponential(); // shortest round-trip digits
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(e)!;
  const s = m[1] + (m[2] ?? '');
  const l = s.length;
  const place = parseInt(m[3], 10) + 1; // value = 0.S * 10^place
  let r: string;
  if (place === 0) r = '0.' + s;
  else if (place < 0 || place >= l) {
    const expL = String(place - 1);
    const expCost = expL.length + 1 + (l === 1 ? 2 : 1);
    if (place < 0) {
      r = 2 - place <= expCost ? '0.' + '0'.repeat(-place) + s : sci(s, expL);
    } else {
      r = place - l + 2 <= expCost && Math.abs(v) < 9007199254740992 ? s + '0'.repeat(place - l) + '.0' : sci(s, expL);
    }
  } else r = s.slice(0, place) + '.' + s.slice(place);
  return neg ? '-' + r : r;
}

function sci(s: string, expL: string): string {
  return s.length === 1 ? s + '.0e' + expL : s[0] + '.' + s.slice(1) + 'e' + expL;
}

export function formatPid(p: Pid): string {
  return `<${p.node === LOCAL ? 0 : p.node.index}.${p.id}.${p.serial}>`;
}

export function formatRef(r: Ref): string {
  let s = `#Ref<${r.node === LOCAL ? 0 : r.node.index}`;
  for (let i = r.ids.length - 1; i >= 0; i--) s += '.' + (r.ids[i] >>> 0);
  return s + '>';
}

export function formatFun(f: Fun): string {
  if (f.kind === 1) return `fun ${formatAtom(f.module)}:${formatAtom(f.name)}/${f.arity}`;
  return `#Fun<${formatAtom(f.module)}.${f.index}.${f.uniq >>> 0}>`;
}

export function formatBitstring(b: Bitstring): string {
  const bytes = bitstringToBytesPadded(b);
  const whole = b.bitSize >>> 3;
  const parts: string[] = [];
  for (let i = 0; i < whole; i++) parts.push(String(bytes[i]));
  const rem = b.bitSize & 7;
  if (rem !== 0) parts.push(`${bytes[whole] >>> (8 - rem)}:${rem}`);
  return '<<' + parts.join(',') + '>>';
}

/** io_lib:format("~w", [T]). Lists are walked iteratively; nesting recurses. */
export function formatTerm(t: Term): string {
  const out: string[] = [];
  write(t, out);
  return out.join('');
}

function write(t: Term, out: string[]): void {
  if (typeof t === 'number' || typeof t === 'bigint') {
    out.push(String(t));
  } else if (t instanceof Atom) {
    out.push(formatAtom(t));
  } else if (t === NIL) {
    out.push('[]');
  } else if (t instanceof Cons) {
    out.push('[');
    write(t.head, out);
    let c: Term = t.tail;
    while (c instanceof Cons) {
      out.push(',');
      write(c.head, out);
      c = c.tail;
    }
    if (c !== NIL) {
      out.push('|');
      write(c, out);
    }
    out.push(']');
  } else if (Array.isArray(t)) {
    out.push('{');
    for (let i = 0; i < t.length; i++) {
      if (i > 0) out.push(',');
      write(t[i], out);
    }
    out.push('}');
  } else if (t instanceof Float) {
    out.push(formatFloat(t.value));
  } else if (t instanceof Bitstring) {
    out.push(formatBitstring(t));
  } else if (t instanceof ErlMap) {
    // io_lib walks maps with maps:iterator/next
    out.push('#{');
    let first = true;
    for (const [k, v] of t.iterEntries()) {
      if (!first) out.push(',');
      first = false;
      write(k, out);
      out.push(' => ');
      write(v, out);
    }
    out.push('}');
  } else if (t instanceof Pid) {
    out.push(formatPid(t));
  } else if (t instanceof Ref) {
    out.push(formatRef(t));
  } else if (t instanceof Fun) {
    out.push(formatFun(t));
  } else if (t instanceof Port) {
    out.push(`#Port<${t.node === LOCAL ? 0 : t.node.index}.${t.id}>`);
  } else {
    out.push('#<unknown>');
  }
}
