// The lowest layer of the pattern parser: the cursor over the pattern bytes,
// and everything after a backslash outside a class: single-character escapes,
// \d \w \s \h \v \p classes, back references (\1 \k \g) and
// Oniguruma-style subroutine calls (\g<..>).

import { CharSet, type Pred } from './charset.js';
import {
  C_ALPHA, C_DIGIT, C_SPACE, ctype, decodeAt, isHSpace, isSpaceUcp, isVSpace, isWordLatin1, isWordUcp, P_ND,
  seqLen, uprop,
} from './chars.js';
import { A, F_I, type Node, type ParseOpts, ReError } from './ast.js';

export abstract class EscapeParser {
  pos = 0;
  flags: number;
  ncap = 0;
  utf: boolean;
  ucp: boolean;
  /** back references, checked against the groups once the whole pattern is read */
  refs: { n: number; name: string | null; pos: number }[] = [];
  /** subroutine calls, resolved once the whole pattern is read */
  calls: { node: Node & { t: 'call' }; pos: number }[] = [];

  constructor(readonly s: Uint8Array, readonly o: ParseOpts) {
    this.flags = o.flags;
    this.utf = o.utf;
    this.ucp = o.ucp;
  }

  err(msg: string, pos = this.pos): never {
    throw new ReError(msg, pos);
  }

  protected readChar(): number {
    const s = this.s;
    if (this.utf && s[this.pos] >= 0x80) {
      const cp = decodeAt(s, this.pos);
      this.pos += seqLen(s[this.pos]);
      return cp;
    }
    return s[this.pos++];
  }

  protected lit(c: number): Node {
    return { t: 'chr', c, ci: (this.flags & F_I) !== 0 };
  }

  /** A group name at pos, up to and past `term`. */
  protected name(term: number): string {
    const s = this.s;
    const st = this.pos;
    if (s[this.pos] >= 48 && s[this.pos] <= 57) this.err('group name must start with a non-digit');
    while (this.pos < s.length && (s[this.pos] === 95 || (ctype[s[this.pos]] & (C_ALPHA | C_DIGIT)) && s[this.pos] < 128)) this.pos++;
    if (this.pos >= s.length || s[this.pos] !== term) {
      if (this.pos >= s.length) this.err('syntax error in subpattern name (missing terminator)');
      this.err('syntax error in subpattern name (missing terminator)');
    }
    if (this.pos === st) this.err('group name expected');
    if (this.pos - st > 32) this.err('group name is too long', st + 32);
    const name = String.fromCharCode(...s.subarray(st, this.pos));
    this.pos++;
    return name;
  }

  protected call(n: number, name: string | null, pos: number): Node {
    const node = { t: 'call' as const, n, name };
    this.calls.push({ node, pos });
    return node;
  }

  protected bref(n: number, name: string | null): Node {
    this.refs.push({ n, name, pos: this.pos - 1 });
    return { t: 'bref', n, name, ci: (this.flags & F_I) !== 0 };
  }

  /** The escape at the backslash at pos; null for one that matches nothing (\E). */
  protected escape(): Node | null {
    const s = this.s;
    this.pos++;
    if (this.pos >= s.length) this.err('\\ at end of pattern');
    const c = s[this.pos++];
    switch (c) {
      case 98: return { t: 'assert', k: A.WORDB };
      case 66: return { t: 'assert', k: A.NWORDB };
      case 65: return { t: 'assert', k: A.BEGIN };
      case 122: return { t: 'assert', k: A.END };
      case 90: return { t: 'assert', k: A.ENDZ };
      case 71: return { t: 'assert', k: A.GSTART };
      case 75: return { t: 'keep' };
      case 82: return { t: 'nl' };
      case 88: return { t: 'xseq' };
      case 78: return { t: 'any', dotall: false };
      case 81: { // \Q...\E
        const items: Node[] = [];
        while (this.pos < s.length) {
          if (s[this.pos] === 92 && s[this.pos + 1] === 69) { this.pos += 2; break; }
          items.push(this.lit(this.readChar()));
        }
        return items.length === 1 ? items[0] : { t: 'seq', items };
      }
      case 69: return null;
      case 107: { // \k<n> \k'n' \k{n}
        const o = s[this.pos];
        const term = o === 60 ? 62 : o === 39 ? 39 : o === 123 ? 125 : -1;
        if (term < 0) this.err('\\k is not followed by a braced, angle-bracketed, or quoted name');
        this.pos++;
        return this.bref(0, this.name(term));
      }
      case 103: return this.gref();
    }
    if (c >= 49 && c <= 57) {
      // back reference, or octal
      const st = this.pos - 1;
      let n = c - 48;
      let i = this.pos;
      while (s[i] >= 48 && s[i] <= 57) n = n * 10 + (s[i++] - 48);
      if (c >= 56 && n < 10 && n > this.ncap) return this.lit(c);
      if (n < 10 || n <= this.ncap) {
        this.pos = i;
        return this.bref(n, null);
      }
      if (c >= 56) { this.pos = st + 1; return this.lit(c); }
      this.pos = st;
      return this.lit(this.octal(3));
    }
    const cls = this.classEscape(c);
    if (cls !== null) {
      if (this.utf && !this.ucp && (c === 119 || c === 87)) {
        const alt = new CharSet();
        alt.preds.push((x) => x < 128 && isWordLatin1(x));
        alt.neg = c === 87;
        cls.minAlt = alt.finish(false, true);
      }
      return { t: 'set', set: cls.finish(false, this.utf) };
    }
    return this.lit(this.charEscape(c));
  }

  /**
   * A subroutine call by number: [+-]digits (relative to the groups opened so
   * far when signed) then `term`, at the sign or first digit; none of them
   * with `digits` false ((?R)). `malformed` is the error when `term` is missing.
   */
  protected numberedCall(term: number, malformed: string, digits = true): Node {
    const s = this.s;
    let n = 0, sign = 0;
    if (digits) {
      if (s[this.pos] === 43) { sign = 1; this.pos++; } else if (s[this.pos] === 45) { sign = -1; this.pos++; }
      while (s[this.pos] >= 48 && s[this.pos] <= 57) { n = n * 10 + (s[this.pos++] - 48); if (n > 65535) n = 65535; }
    }
    if (s[this.pos] !== term) this.err(malformed);
    if (sign !== 0 && n === 0) this.err('a numbered reference must not be zero');
    if (sign < 0) {
      n = this.ncap - n + 1;
      if (n <= 0) this.err('reference to non-existent subpattern');
    } else if (sign > 0) n = this.ncap + n;
    this.pos++;
    return this.call(n, null, this.pos - 1);
  }

  private gref(): Node {
    const s = this.s;
    let n = 0, rel = false, name: string | null = null;
    if (s[this.pos] === 60 || s[this.pos] === 39) {
      // \g<n> \g'name' \g<+1>: Oniguruma subroutine calls
      const term = s[this.pos] === 60 ? 62 : 39;
      this.pos++;
      const c = s[this.pos];
      if (c === 43 || c === 45 || (c >= 48 && c <= 57)) {
        return this.numberedCall(term, '\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number');
      }
      name = this.name(term);
      return this.call(0, name, this.pos - 1);
    }
    if (s[this.pos] === 123) {
      this.pos++;
      if (s[this.pos] === 45 || (s[this.pos] >= 48 && s[this.pos] <= 57)) {
        if (s[this.pos] === 45) { rel = true; this.pos++; }
        while (s[this.pos] >= 48 && s[this.pos] <= 57) n = n * 10 + (s[this.pos++] - 48);
        if (s[this.pos] !== 125) this.err('\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number');
        this.pos++;
      } else name = this.name(125);
    } else {
      if (s[this.pos] === 45) { rel = true; this.pos++; }
      while (s[this.pos] >= 48 && s[this.pos] <= 57) n = n * 10 + (s[this.pos++] - 48);
    }
    if (name !== null) return this.bref(0, name);
    if (rel) n = this.ncap - n + 1;
    if (n <= 0) this.err('a numbered reference must not be zero');
    return this.bref(n, null);
  }

  protected octal(max: number): number {
    let v = 0, k = 0;
    while (k < max && this.s[this.pos] >= 48 && this.s[this.pos] <= 55) { v = v * 8 + (this.s[this.pos++] - 48); k++; }
    if (!this.utf) v &= 255;
    return v;
  }

  private hexDigit(c: number): number {
    if (c >= 48 && c <= 57) return c - 48;
    if (c >= 97 && c <= 102) return c - 87;
    if (c >= 65 && c <= 70) return c - 55;
    return -1;
  }

  /** A single-character escape (after the backslash), returning the code point. */
  protected charEscape(c: number): number {
    const s = this.s;
    switch (c) {
      case 97: return 7;
      case 101: return 27;
      case 102: return 12;
      case 110: return 10;
      case 114: return 13;
      case 116: return 9;
      case 48: return this.octal(2);
      case 111: { // \o{...}
        if (s[this.pos] !== 123) return 111;
        this.pos++;
        let v = 0;
        while (s[this.pos] >= 48 && s[this.pos] <= 55) v = v * 8 + (s[this.pos++] - 48);
        if (s[this.pos] !== 125) this.err('missing } after \\o{');
        this.pos++;
        return this.checkCp(v);
      }
      case 120: {
        if (s[this.pos] === 123) {
          let i = this.pos + 1, v = 0, d: number;
          while ((d = this.hexDigit(s[i])) >= 0) { v = v * 16 + d; i++; if (v > 0x7fffffff) v = 0x7fffffff; }
          if (s[i] === 125 && i > this.pos + 1) {
            this.pos = i + 1;
            if (v > (this.utf ? 0x10ffff : 255)) this.err('character value in \\x{} or \\o{} is too large', i);
            return this.checkCp(v);
          }
          return 120; // not a valid \x{...}: PCRE reads \x as 0 then literal; rare
        }
        let v = 0, k = 0, d: number;
        while (k < 2 && (d = this.hexDigit(s[this.pos])) >= 0) { v = v * 16 + d; this.pos++; k++; }
        return v;
      }
      case 99: {
        if (this.pos >= s.length) this.err('\\c at end of pattern');
        let x = s[this.pos++];
        if (x >= 97 && x <= 122) x -= 32;
        return x ^ 0x40;
      }
    }
    if (this.utf && c >= 0x80) {
      this.pos--;
      return this.readChar();
    }
    return c;
  }

  private checkCp(v: number): number {
    if (this.utf && v >= 0xd800 && v <= 0xdfff) this.err('disallowed Unicode code point (>= 0xd800 && <= 0xdfff)');
    return v;
  }

  /** \d \w \s \h \v \p and their negations as a CharSet (unfinished), or null. */
  protected classEscape(c: number): CharSet | null {
    let pred: Pred | null = null;
    let neg = false;
    const ucp = this.ucp;
    switch (c) {
      case 100: case 68: pred = ucp ? (x) => P_ND.has(x) : (x) => x < 256 && (ctype[x] & C_DIGIT) !== 0; neg = c === 68; break;
      case 119: case 87: pred = ucp ? isWordUcp : isWordLatin1; neg = c === 87; break;
      case 115: case 83: pred = ucp ? isSpaceUcp : (x) => x < 256 && (ctype[x] & C_SPACE) !== 0; neg = c === 83; break;
      case 104: case 72: pred = isHSpace; neg = c === 72; break;
      case 118: case 86: pred = isVSpace; neg = c === 86; break;
      case 112: case 80: {
        neg = c === 80;
        const s = this.s;
        let name: string;
        if (s[this.pos] === 123) {
          const end = s.indexOf(125, this.pos);
          if (end < 0) this.err('malformed \\P or \\p sequence');
          name = String.fromCharCode(...s.subarray(this.pos + 1, end));
          this.pos = end + 1;
          if (uprop(name.replace(/^\^/, '')) === null) this.err('unknown property name after \\P or \\p', end);
          if (name.startsWith('^')) { neg = !neg; name = name.slice(1); }
        } else {
          if (this.pos >= s.length) this.err('malformed \\P or \\p sequence');
          name = String.fromCharCode(s[this.pos++]);
        }
        const p = uprop(name);
        if (p === null) this.err('unknown property name after \\P or \\p');
        pred = (x) => p.has(x);
        break;
      }
      default: return null;
    }
    const set = new CharSet();
    set.preds.push(pred);
    set.neg = neg;
    return set;
  }
}
