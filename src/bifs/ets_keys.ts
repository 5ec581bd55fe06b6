// Hash keys for set/bag tables: a JS Map key that is equal for two terms
// exactly when they are =:=. Small integers, bigints and atoms are their own
// keys (SameValueZero compares them by value or identity); every other term
// becomes a string encoding that is injective up to =:=.

import { Atom, Bitstring, Cons, Float, Fun, NIL, Pid, Port, Ref, type Term } from '../term/types.js';
import { ErlMap } from '../term/map.js';

export type HKey = number | bigint | Atom | string;

/** The Map key of `t` (=:= semantics). */
export function hashKey(t: Term): HKey {
  if (typeof t === 'number' || typeof t === 'bigint' || t instanceof Atom) return t;
  return enc(t, '');
}

// Each term kind starts with its own tag character; variable-length parts
// carry their length so that concatenations never collide.
function enc(t: Term, s: string): string {
  for (;;) {
    if (typeof t === 'number') return s + 'i' + t + ';';
    if (t instanceof Atom) return s + 'a' + t.name.length + ':' + t.name;
    if (Array.isArray(t)) {
      const n = t.length;
      s += 't' + n + ':';
      if (n === 0) return s;
      for (let i = 0; i < n - 1; i++) s = enc(t[i], s);
      t = t[n - 1];
      continue;
    }
    if (t instanceof Cons) {
      s = enc(t.head, s + 'c');
      t = t.tail;
      continue;
    }
    if (t === NIL) return s + 'n';
    if (t instanceof Bitstring) return s + encBits(t);
    // OTP 25: 0.0 =:= -0.0, and String(-0) is "0"
    if (t instanceof Float) return s + 'f' + String(t.value) + ';';
    if (typeof t === 'bigint') return s + 'i' + t.toString() + ';';
    if (t instanceof ErlMap) {
      s += 'm' + t.size + ':';
      for (const k of t.sortedKeys()) s = enc(t.get(k)!, enc(k, s));
      return s;
    }
    if (t instanceof Pid) return s + 'p' + t.id + '.' + t.serial + '.' + t.creation + enc(t.node, '');
    if (t instanceof Ref) return s + 'r' + t.ids.join('.') + '.' + t.creation + enc(t.node, '');
    if (t instanceof Port) return s + 'o' + t.id + '.' + t.creation + enc(t.node, '');
    if (t instanceof Fun) {
      s += 'F' + t.kind + enc(t.module, '') + enc(t.name, '') + t.arity + '.' + t.index + '.' + t.uniq + '.' + t.env.length + ':';
      for (const e of t.env) s = enc(e, s);
      return s;
    }
    return s + '?';
  }
}

function encBits(b: Bitstring): string {
  const nbytes = (b.bitSize + 7) >>> 3;
  let out = 'b' + b.bitSize + ':';
  const d = b.data;
  if ((b.bitOffset & 7) === 0) {
    const start = b.bitOffset >>> 3;
    const whole = b.bitSize >>> 3;
    // chunked to keep String.fromCharCode's argument count bounded
    for (let i = 0; i < whole; i += 4096) {
      out += String.fromCharCode.apply(null, d.subarray(start + i, start + Math.min(whole, i + 4096)) as unknown as number[]);
    }
    const rest = b.bitSize & 7;
    if (rest !== 0) out += String.fromCharCode(d[start + whole] & (0xff << (8 - rest)) & 0xff);
    return out;
  }
  for (let i = 0; i < nbytes; i++) {
    const bit = b.bitOffset + i * 8;
    const lo = bit >>> 3, sh = bit & 7;
    let v = ((d[lo] << sh) | (sh === 0 ? 0 : (d[lo + 1] ?? 0) >>> (8 - sh))) & 0xff;
    const left = b.bitSize - i * 8;
    if (left < 8) v &= (0xff << (8 - left)) & 0xff;
    out += String.fromCharCode(v);
  }
  return out;
}
