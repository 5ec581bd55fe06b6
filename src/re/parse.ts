// PCRE pattern syntax to a tree. Inline options ((?i) etc.) are resolved
// here: each node carries the flags in force where it was written.
// Errors carry PCRE 8.44's message and byte offset, as re:compile reports them.

import { CharSet, type Pred } from './charset.js';
import {
  C_ALPHA, C_CNTRL, C_DIGIT, C_LOWER, C_PRINT, C_PUNCT, C_SPACE, C_UPPER, C_XDIGIT, ctype,
  isHSpace, isSpaceUcp, isVSpace, isWordLatin1, isWordUcp, P_ND, P_L, uprop, utf8Invalid, decodeAt, seqLen,
} from './chars.js';

export const F_I = 1, F_M = 2, F_S = 4, F_X = 8, F_U = 16, F_D = 32;

export const enum A { BOL, MBOL, EOL, MEOL, EOLD, WORDB, NWORDB, BEGIN, END, ENDZ, GSTART }

export type Node =
  | { t: 'chr'; c: number; ci: boolean }
  | { t: 'any'; dotall: boolean }
  | { t: 'set'; set: CharSet }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'cap'; n: number; body: Node }
  | { t: 'rep'; body: Node; min: number; max: number; mode: number }
  | { t: 'assert'; k: A }
  | { t: 'look'; behind: boolean; neg: boolean; body: Node }
  | { t: 'atomic'; body: Node }
  | { t: 'bref'; n: number; name: string | null; ci: boolean }
  | { t: 'cond'; k: C; n: number; name: string | null; look: Node | null; yes: Node; no: Node | null }
  | { t: 'call'; n: number; name: string | null }
  | { t: 'verb'; v: V; name: string | null }
  | { t: 'nl' }
  | { t: 'xseq' }
  | { t: 'keep' }
  | { t: 'fail' };

/** Condition kinds of (?(...)yes|no). */
export const enum C { GROUP, RECURSE, DEFINE, ASSERT }

/** Backtracking control verbs (FAIL is the 'fail' node). */
export const enum V { ACCEPT, COMMIT, PRUNE, SKIP, THEN, MARK }

export class ReError {
  constructor(readonly msg: string, readonly pos: number) {}
}

export interface ParseOpts {
  flags: number;
  utf: boolean;
  ucp: boolean;
  noAutoCapture: boolean;
  dupnames: boolean;
  bsrAnycrlf: boolean;
}

export interface Parsed {
  root: Node;
  ncap: number;
  /** name -> group numbers (in order of appearance) */
  names: Map<string, number[]>;
  utf: boolean;
  ucp: boolean;
  /** set by leading (*VERB)s */
  newline: string | null;
  /** the first capturing node of each group number (subroutine calls jump to it) */
  groups: (Node | undefined)[];
  /** names used by (*MARK:NAME) and friends, indexed by id */
  marks: string[];
  hasThen: boolean;
  hasAccept: boolean;
  /** (*NO_START_OPT): try every start position (observable with verbs) */
  noStartOpt: boolean;
}

const MAXREP = 65535;

export function parse(src: Uint8Array, o: ParseOpts): Parsed {
  return new Parser(src, o).run();
}

class Parser {
  pos = 0;
  flags: number;
  ncap = 0;
  names = new Map<string, number[]>();
  refs: { n: number; name: string | null; pos: number }[] = [];
  calls: { node: Node & { t: 'call' }; pos: number }[] = [];
  groups: (Node | undefined)[] = [];
  groupName = new Map<number, string>();
  marks: string[] = [];
  hasThen = false;
  hasAccept = false;
  noStartOpt = false;
  /** lookbehinds holding subroutine calls: their lengths are known only at the end */
  lateBehinds: Node[] = [];
  utf: boolean;
  ucp: boolean;
  newline: string | null = null;
  /** capturing groups in the whole pattern (a rough prescan, for forward references) */
  totalGroups: number;
  constructor(readonly s: Uint8Array, readonly o: ParseOpts) {
    this.totalGroups = countGroups(s);
    this.flags = o.flags;
    this.utf = o.utf;
    this.ucp = o.ucp;
  }

  err(msg: string, pos = this.pos): never {
    throw new ReError(msg, pos);
  }

  run(): Parsed {
    this.leadingVerbs();
    if (this.utf) {
      const bad = utf8Invalid(this.s, 0, this.s.length);
      if (bad >= 0) this.err('invalid UTF-8 string', bad);
    }
    const root = this.alternation();
    if (this.pos < this.s.length) this.err('unmatched parentheses');
    for (const r of this.refs) {
      if (r.name !== null) {
        const g = this.names.get(r.name);
        if (!g) this.err('reference to non-existent subpattern', r.pos);
      } else if (r.n > this.ncap) this.err('reference to non-existent subpattern', this.s.length);
    }
    for (const c of this.calls) {
      if (c.node.name !== null) {
        const g = this.names.get(c.node.name);
        if (!g) this.err('reference to non-existent subpattern', c.pos);
        c.node.n = g[0];
      } else if (c.node.n > this.ncap) this.err('reference to non-existent subpattern', c.pos);
    }
    this.resolveNames(root);
    for (const b of this.lateBehinds) {
      if (!fixedLengthAlts(b, this.groups)) this.err('lookbehind assertion is not fixed length', this.s.length);
    }
    return {
      root, ncap: this.ncap, names: this.names, utf: this.utf, ucp: this.ucp, newline: this.newline,
      groups: this.groups, marks: this.marks, hasThen: this.hasThen, hasAccept: this.hasAccept,
      noStartOpt: this.noStartOpt,
    };
  }

  private resolveNames(n: Node): void {
    switch (n.t) {
      case 'bref': case 'cond':
        if (n.name !== null) n.n = this.names.get(n.name)![0];
        if (n.t === 'cond') {
          if (n.look) this.resolveNames(n.look);
          this.resolveNames(n.yes);
          if (n.no) this.resolveNames(n.no);
        }
        return;
      case 'seq': for (const i of n.items) this.resolveNames(i); return;
      case 'alt': for (const i of n.alts) this.resolveNames(i); return;
      case 'cap': case 'rep': case 'look': case 'atomic': this.resolveNames(n.body); return;
    }
  }

  private leadingVerbs(): void {
    const s = this.s;
    for (;;) {
      if (s[this.pos] !== 40 || s[this.pos + 1] !== 42) return;
      const end = s.indexOf(41, this.pos);
      if (end < 0) return;
      const verb = String.fromCharCode(...s.subarray(this.pos + 2, end));
      if (verb === 'UTF8' || verb === 'UTF') this.utf = true;
      else if (verb === 'UCP') this.ucp = true;
      else if (['CR', 'LF', 'CRLF', 'ANYCRLF', 'ANY'].includes(verb)) this.newline = verb.toLowerCase();
      else if (verb === 'BSR_ANYCRLF') this.o.bsrAnycrlf = true;
      else if (verb === 'BSR_UNICODE') this.o.bsrAnycrlf = false;
      else if (verb === 'NO_START_OPT') this.noStartOpt = true;
      else return;
      this.pos = end + 1;
    }
  }

  private alternation(): Node {
    const alts: Node[] = [this.sequence()];
    while (this.s[this.pos] === 124) {
      this.pos++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0] : { t: 'alt', alts };
  }

  private skipExtended(): void {
    const s = this.s;
    while (this.pos < s.length) {
      const c = s[this.pos];
      if (c === 32 || (c >= 9 && c <= 13)) this.pos++;
      else if (c === 35) {
        while (this.pos < s.length && s[this.pos] !== 10 && s[this.pos] !== 13) this.pos++;
      } else return;
    }
  }

  private sequence(): Node {
    const items: Node[] = [];
    const s = this.s;
    for (;;) {
      if (this.flags & F_X) this.skipExtended();
      if (this.pos >= s.length) break;
      const c = s[this.pos];
      if (c === 124 || c === 41) break;
      const start = this.pos;
      const atom = this.atom();
      if (atom === null) continue;
      if (this.flags & F_X) this.skipExtended();
      const q = this.quantifier(atom, start);
      // (?i:..) inside a chr ... concatenating plain items
      items.push(q);
    }
    return items.length === 1 ? items[0] : { t: 'seq', items };
  }

  /** Reads {n}, {n,}, {n,m} at pos; returns [min,max,end] or null if it is not a quantifier. */
  private braces(p: number): [number, number, number] | null {
    const s = this.s;
    let i = p + 1;
    const rd = (): number => {
      let v = -1;
      while (i < s.length && s[i] >= 48 && s[i] <= 57) {
        v = (v < 0 ? 0 : v) * 10 + (s[i] - 48);
        if (v > MAXREP) {
          while (i < s.length && s[i] >= 48 && s[i] <= 57) i++;
          this.err('number too big in {} quantifier', i);
        }
        i++;
      }
      return v;
    };
    const min = rd();
    if (min < 0) return null;
    if (s[i] === 125) return [min, min, i + 1];
    if (s[i] !== 44) return null;
    i++;
    if (s[i] === 125) return [min, -1, i + 1];
    const max = rd();
    if (max < 0 || s[i] !== 125) return null;
    if (max < min) this.err('numbers out of order in {} quantifier', i);
    return [min, max, i + 1];
  }

  private quantifier(atom: Node, start: number): Node {
    const s = this.s;
    let min: number, max: number;
    const c = s[this.pos];
    if (c === 42) { min = 0; max = -1; this.pos++; }
    else if (c === 43) { min = 1; max = -1; this.pos++; }
    else if (c === 63) { min = 0; max = 1; this.pos++; }
    else if (c === 123) {
      const b = this.braces(this.pos);
      if (b === null) return atom;
      [min, max] = b;
      this.pos = b[2];
    } else return atom;
    let mode = (this.flags & F_U) ? 1 : 0;
    if (s[this.pos] === 63) { mode = mode ^ 1; this.pos++; }
    else if (s[this.pos] === 43) { mode = 2; this.pos++; }
    if (atom.t === 'assert' || atom.t === 'keep') {
      // PCRE ignores a repeat of an assertion beyond once
      return max === 0 ? { t: 'seq', items: [] } : min === 0 ? { t: 'rep', body: atom, min: 0, max: 1, mode } : atom;
    }
    void start;
    return { t: 'rep', body: atom, min, max, mode };
  }

  private atom(): Node | null {
    const s = this.s;
    const c = s[this.pos];
    switch (c) {
      case 40: return this.group();
      case 91: this.pos++; return { t: 'set', set: this.charClass() };
      case 46: this.pos++; return { t: 'any', dotall: (this.flags & F_S) !== 0 };
      case 94: this.pos++; return { t: 'assert', k: (this.flags & F_M) ? A.MBOL : A.BOL };
      case 36: this.pos++;
        return { t: 'assert', k: (this.flags & F_M) ? A.MEOL : (this.flags & F_D) ? A.EOLD : A.EOL };
      case 92: return this.escape();
      case 42: case 43: case 63: this.err('nothing to repeat');
      // falls through (err never returns)
      case 123:
        if (this.braces(this.pos) !== null) this.err('nothing to repeat');
        this.pos++;
        return this.lit(123);
    }
    return this.lit(this.readChar());
  }

  private readChar(): number {
    const s = this.s;
    if (this.utf && s[this.pos] >= 0x80) {
      const cp = decodeAt(s, this.pos);
      this.pos += seqLen(s[this.pos]);
      return cp;
    }
    return s[this.pos++];
  }

  private lit(c: number): Node {
    return { t: 'chr', c, ci: (this.flags & F_I) !== 0 };
  }

  private group(): Node | null {
    const s = this.s;
    const open = this.pos;
    this.pos++;
    const saved = this.flags;
    let node: Node;
    if (s[this.pos] === 42) return this.verb();
    if (s[this.pos] !== 63) {
      if (this.o.noAutoCapture) node = this.body(-1, saved);
      else node = this.body(++this.ncap, saved);
      return node;
    }
    this.pos++;
    const c = s[this.pos];
    if (c === 82 || (c >= 48 && c <= 57) || ((c === 43 || c === 45) && s[this.pos + 1] >= 48 && s[this.pos + 1] <= 57)) {
      return this.numberedCall();
    }
    switch (c) {
      case 58: this.pos++; return this.body(-1, saved);
      case 38: { // (?&name)
        this.pos++;
        const name = this.name(41);
        return this.call(0, name, this.pos - 1);
      }
      case 35: {
        while (this.pos < s.length && s[this.pos] !== 41) this.pos++;
        if (this.pos >= s.length) this.err('missing ) after comment');
        this.pos++;
        return null;
      }
      case 61: case 33: {
        this.pos++;
        const body = this.bodyOnly(saved);
        return { t: 'look', behind: false, neg: c === 33, body };
      }
      case 62: this.pos++; return { t: 'atomic', body: this.bodyOnly(saved) };
      case 124: this.pos++; return this.branchReset(saved);
      case 40: return this.conditional(saved);
      case 80: // (?P<name>, (?P=name), (?P>name)
        if (s[this.pos + 1] === 60) { this.pos += 2; return this.named(62, saved); }
        if (s[this.pos + 1] === 62) {
          this.pos += 2;
          const name = this.name(41);
          return this.call(0, name, this.pos - 1);
        }
        if (s[this.pos + 1] === 61) {
          this.pos += 2;
          const name = this.name(41);
          return this.bref(0, name);
        }
        this.err('unrecognized character after (?P', this.pos + 1);
      // falls through
      case 60:
        if (s[this.pos + 1] === 61 || s[this.pos + 1] === 33) {
          const neg = s[this.pos + 1] === 33;
          this.pos += 2;
          const body = this.bodyOnly(saved);
          const look: Node = { t: 'look', behind: true, neg, body };
          if (hasCall(body)) this.lateBehinds.push(body);
          else if (!fixedLengthAlts(body, this.groups)) this.err('lookbehind assertion is not fixed length', this.pos - 1);
          return look;
        }
        this.pos++;
        return this.named(62, saved);
      case 39: this.pos++; return this.named(39, saved);
    }
    // option setting
    let on = 0, off = 0, neg = false;
    for (;;) {
      const d = s[this.pos];
      let bit = 0;
      if (d === 105) bit = F_I; else if (d === 109) bit = F_M; else if (d === 115) bit = F_S;
      else if (d === 120) bit = F_X; else if (d === 85) bit = F_U;
      else if (d === 74 || d === 88) bit = -1;
      else if (d === 45 && !neg) { neg = true; this.pos++; continue; }
      else if (d === 41 || d === 58) break;
      else this.err('unrecognized character after (? or (?-');
      if (bit > 0) { if (neg) off |= bit; else on |= bit; }
      this.pos++;
    }
    const nf = (this.flags | on) & ~off;
    if (s[this.pos] === 41) {
      this.pos++;
      this.flags = nf; // lasts to the end of the enclosing group
      return null;
    }
    this.pos++;
    this.flags = nf;
    return this.body(-1, saved);
  }

  private name(term: number): string {
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

  private named(term: number, saved: number): Node {
    const name = this.name(term);
    const n = ++this.ncap;
    const other = this.groupName.get(n);
    if (other !== undefined && other !== name) {
      this.err('different names for subpatterns of the same number are not allowed', this.pos - 1);
    }
    const g = this.names.get(name);
    if (g) {
      // a branch reset may give one name to the same number twice
      if (!g.includes(n)) {
        if (!this.o.dupnames) this.err('two named subpatterns have the same name', this.pos - 1);
        g.push(n);
      }
    } else this.names.set(name, [n]);
    this.groupName.set(n, name);
    return this.body(n, saved);
  }

  /** Parses the rest of a group up to `)`; n > 0 captures. */
  private body(n: number, saved: number): Node {
    if (n <= 0) return this.bodyOnly(saved);
    const node: Node = { t: 'cap', n, body: { t: 'seq', items: [] } };
    if (this.groups[n] === undefined) this.groups[n] = node;
    node.body = this.bodyOnly(saved);
    return node;
  }

  /** (?|...): every alternative numbers its groups from the same base. */
  private branchReset(saved: number): Node {
    const s = this.s;
    const base = this.ncap;
    let top = base;
    const alts: Node[] = [];
    for (;;) {
      this.ncap = base;
      alts.push(this.sequence());
      if (this.ncap > top) top = this.ncap;
      if (s[this.pos] !== 124) break;
      this.pos++;
    }
    this.ncap = top;
    if (s[this.pos] !== 41) this.err('missing )');
    this.pos++;
    this.flags = saved;
    return alts.length === 1 ? alts[0] : { t: 'alt', alts };
  }

  /** (?R) (?n) (?+n) (?-n) after `(?`. */
  private numberedCall(): Node {
    const s = this.s;
    let n = 0, sign = 0;
    if (s[this.pos] === 82) this.pos++;
    else {
      if (s[this.pos] === 43) { sign = 1; this.pos++; } else if (s[this.pos] === 45) { sign = -1; this.pos++; }
      while (s[this.pos] >= 48 && s[this.pos] <= 57) { n = n * 10 + (s[this.pos++] - 48); if (n > 65535) n = 65535; }
    }
    if (s[this.pos] !== 41) this.err('(?R or (?[+-]digits must be followed by )');
    if (sign !== 0 && n === 0) this.err('a numbered reference must not be zero');
    if (sign < 0) {
      n = this.ncap - n + 1;
      if (n <= 0) this.err('reference to non-existent subpattern');
    } else if (sign > 0) n = this.ncap + n;
    this.pos++;
    return this.call(n, null, this.pos - 1);
  }

  private call(n: number, name: string | null, pos: number): Node {
    const node = { t: 'call' as const, n, name };
    this.calls.push({ node, pos });
    return node;
  }

  /** (*VERB) or (*VERB:NAME), at the `*`. */
  private verb(): Node {
    const s = this.s;
    const st = this.pos + 1;
    let i = st;
    while (i < s.length && ((ctype[s[i]] & C_ALPHA) !== 0 && s[i] < 128 || s[i] === 95)) i++;
    const verb = String.fromCharCode(...s.subarray(st, i));
    let name: string | null = null;
    if (s[i] === 58) {
      let j = i + 1;
      while (j < s.length && s[j] !== 41) j++;
      if (j >= s.length) this.err('(*VERB) not recognized or malformed', j);
      name = String.fromCharCode(...s.subarray(i + 1, j));
      i = j;
    }
    if (s[i] !== 41) this.err('(*VERB) not recognized or malformed', i);
    this.pos = i + 1;
    const noArg = (): void => {
      if (name !== null) this.err('an argument is not allowed for (*ACCEPT), (*FAIL), or (*COMMIT)', i);
    };
    if (name === '') name = null;
    switch (verb) {
      case 'ACCEPT': noArg(); this.hasAccept = true; return { t: 'verb', v: V.ACCEPT, name: null };
      case 'F': case 'FAIL': noArg(); return { t: 'fail' };
      case 'COMMIT': noArg(); return { t: 'verb', v: V.COMMIT, name: null };
      case 'PRUNE': return { t: 'verb', v: V.PRUNE, name: this.mark(name) };
      case 'SKIP': return { t: 'verb', v: V.SKIP, name: this.mark(name) };
      case 'THEN': this.hasThen = true; return { t: 'verb', v: V.THEN, name: this.mark(name) };
      case 'MARK': case '':
        if (name === null) this.err('(*MARK) must have an argument', i);
        return { t: 'verb', v: V.MARK, name: this.mark(name) };
    }
    return this.err('(*VERB) not recognized or malformed', i);
  }

  private mark(name: string | null): string | null {
    if (name !== null && !this.marks.includes(name)) this.marks.push(name);
    return name;
  }

  private bodyOnly(saved: number): Node {
    const inner = this.alternation();
    if (this.s[this.pos] !== 41) this.err('missing )');
    this.pos++;
    this.flags = saved;
    return inner;
  }

  private conditional(saved: number): Node {
    const s = this.s;
    this.pos++; // at the condition
    let n = 0, name: string | null = null, k = C.GROUP, look: Node | null = null;
    const st = this.pos;
    const isName = (c: number): boolean => c === 95 || ((ctype[c] & (C_ALPHA | C_DIGIT)) !== 0 && c < 128);
    if (s[this.pos] === 63 && (s[this.pos + 1] === 61 || s[this.pos + 1] === 33 || s[this.pos + 1] === 60)) {
      // an assertion: parse it as the group it is
      this.pos--;
      const g = this.group();
      if (g === null || g.t !== 'look') this.err('assertion expected after (?( or (?(?C)', st);
      look = g;
      k = C.ASSERT;
    } else if (s[this.pos] >= 48 && s[this.pos] <= 57) {
      while (s[this.pos] >= 48 && s[this.pos] <= 57) n = n * 10 + (s[this.pos++] - 48);
      if (s[this.pos] !== 41) this.err('malformed number or name after (?(');
      this.pos++;
      if (n === 0) this.err('invalid condition (?(0)', st);
      if (n > this.totalGroups) this.err('reference to non-existent subpattern');
    } else if (s[this.pos] === 82 && (s[this.pos + 1] === 41 || s[this.pos + 1] === 38 ||
      (s[this.pos + 1] >= 48 && s[this.pos + 1] <= 57))) {
      // (?(R) (?(Rn) (?(R&name)
      k = C.RECURSE;
      this.pos++;
      if (s[this.pos] === 41) n = -1;
      else if (s[this.pos] === 38) {
        this.pos++;
        if (!isName(s[this.pos])) this.err('assertion expected after (?( or (?(?C)');
        name = this.name(41);
        this.pos--;
        this.refs.push({ n: 0, name, pos: this.pos });
      } else {
        while (s[this.pos] >= 48 && s[this.pos] <= 57) n = n * 10 + (s[this.pos++] - 48);
        if (s[this.pos] !== 41) this.err('malformed number or name after (?(');
      }
      this.pos++;
    } else if (s[this.pos] === 60 || s[this.pos] === 39) {
      const term = s[this.pos] === 60 ? 62 : 39;
      this.pos++;
      name = this.name(term);
      if (s[this.pos] !== 41) this.err('malformed number or name after (?(');
      this.pos++;
      this.refs.push({ n: 0, name, pos: this.pos });
    } else {
      const nst = this.pos;
      while (this.pos < s.length && isName(s[this.pos])) this.pos++;
      if (this.pos === nst || s[this.pos] !== 41) this.err('malformed number or name after (?(');
      name = String.fromCharCode(...s.subarray(nst, this.pos));
      this.pos++;
      if (name === 'DEFINE' && !this.names.has(name)) { k = C.DEFINE; name = null; }
      else this.refs.push({ n: 0, name, pos: this.pos });
    }
    const yes = this.sequence();
    let no: Node | null = null;
    let branches = 1;
    while (s[this.pos] === 124) {
      this.pos++;
      const b = this.sequence();
      if (branches === 1) no = b;
      branches++;
    }
    if (s[this.pos] !== 41) this.err('missing )');
    if (k === C.DEFINE && branches > 1) this.err('DEFINE group contains more than one branch');
    if (branches > 2) this.err('conditional group contains more than two branches');
    this.pos++;
    this.flags = saved;
    return { t: 'cond', k, n, name, look, yes, no };
  }

  private bref(n: number, name: string | null): Node {
    this.refs.push({ n, name, pos: this.pos - 1 });
    return { t: 'bref', n, name, ci: (this.flags & F_I) !== 0 };
  }

  // --- escapes ---

  private escape(): Node | null {
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

  private gref(): Node {
    const s = this.s;
    let n = 0, rel = false, name: string | null = null;
    if (s[this.pos] === 60 || s[this.pos] === 39) {
      // \g<n> \g'name' \g<+1>: Oniguruma subroutine calls
      const term = s[this.pos] === 60 ? 62 : 39;
      this.pos++;
      const c = s[this.pos];
      if (c === 43 || c === 45 || (c >= 48 && c <= 57)) {
        let sign = 0;
        if (c === 43) { sign = 1; this.pos++; } else if (c === 45) { sign = -1; this.pos++; }
        while (s[this.pos] >= 48 && s[this.pos] <= 57) { n = n * 10 + (s[this.pos++] - 48); if (n > 65535) n = 65535; }
        if (s[this.pos] !== term) this.err('\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number');
        if (sign !== 0 && n === 0) this.err('a numbered reference must not be zero');
        if (sign < 0) {
          n = this.ncap - n + 1;
          if (n <= 0) this.err('reference to non-existent subpattern');
        } else if (sign > 0) n = this.ncap + n;
        this.pos++;
        return this.call(n, null, this.pos - 1);
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

  private octal(max: number): number {
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
  private charEscape(c: number): number {
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
  private classEscape(c: number): CharSet | null {
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

  // --- [...] ---

  private charClass(): CharSet {
    const s = this.s;
    const set = new CharSet();
    const start = this.pos;
    if (s[this.pos] === 94) { set.neg = true; this.pos++; }
    let first = true;
    for (;;) {
      if (this.pos >= s.length) this.err('missing terminating ] for character class', s.length);
      let c = s[this.pos];
      if (c === 93 && !first) { this.pos++; break; }
      first = false;
      // POSIX class
      if (c === 91 && (s[this.pos + 1] === 58 || s[this.pos + 1] === 46 || s[this.pos + 1] === 61)) {
        const term = s[this.pos + 1];
        let j = this.pos + 2;
        while (j < s.length && s[j] !== 93 && !(s[j] === term && s[j + 1] === 93)) j++;
        if (j < s.length && s[j] === term) {
          if (term !== 58) this.err('POSIX collating elements are not supported', this.pos);
          let nm = String.fromCharCode(...s.subarray(this.pos + 2, j));
          let pn = false;
          if (nm.startsWith('^')) { pn = true; nm = nm.slice(1); }
          const p = this.posix(nm);
          if (p === null) this.err('unknown POSIX class name', this.pos + 2);
          set.preds.push(pn ? (x) => !p(x) : p);
          this.pos = j + 2;
          continue;
        }
      }
      let lo: number;
      if (c === 92) {
        this.pos++;
        if (this.pos >= s.length) this.err('\\ at end of pattern');
        const e = s[this.pos++];
        const cls = this.classEscape(e);
        if (cls !== null) {
          const p = cls.preds[0];
          set.preds.push(cls.neg ? (x) => !p(x) : p);
          continue;
        }
        if (e === 98) lo = 8;
        else if (e === 81) { // \Q..\E inside class
          while (this.pos < s.length && !(s[this.pos] === 92 && s[this.pos + 1] === 69)) set.addChar(this.readChar());
          if (this.pos < s.length) this.pos += 2;
          continue;
        } else if (e === 69) continue;
        else if (e >= 48 && e <= 55) { this.pos--; lo = this.octal(3); }
        else lo = this.charEscape(e);
      } else lo = this.readChar();
      // range?
      if (s[this.pos] === 45 && s[this.pos + 1] !== 93 && this.pos + 1 < s.length) {
        const save = this.pos;
        this.pos++;
        c = s[this.pos];
        let hi = -1;
        if (c === 92) {
          this.pos++;
          const e = s[this.pos++];
          if (e === 100 || e === 68 || e === 119 || e === 87 || e === 115 || e === 83 || e === 104 || e === 72 ||
            e === 118 || e === 86 || e === 112 || e === 80) {
            this.pos = save; // '-' is literal before a class escape
          } else if (e === 98) hi = 8;
          else if (e >= 48 && e <= 55) { this.pos--; hi = this.octal(3); }
          else hi = this.charEscape(e);
        } else if (c === 91 && s[this.pos + 1] === 58) {
          this.pos = save;
        } else hi = this.readChar();
        if (hi >= 0) {
          if (hi < lo) this.err('range out of order in character class', this.pos - 1);
          set.addRange(lo, hi);
          continue;
        }
      }
      set.addChar(lo);
    }
    void start;
    return set.finish((this.flags & F_I) !== 0, this.utf);
  }

  private posix(nm: string): Pred | null {
    const ucp = this.ucp;
    const t = (m: number): Pred => (x) => x < 256 && (ctype[x] & m) !== 0;
    switch (nm) {
      case 'alpha': return ucp ? (x) => P_L.has(x) : t(C_ALPHA);
      case 'digit': return ucp ? (x) => P_ND.has(x) : t(C_DIGIT);
      case 'alnum': return ucp ? (x) => P_L.has(x) || uprop('N')!.has(x) : t(C_ALPHA | C_DIGIT);
      case 'space': return ucp ? isSpaceUcp : t(C_SPACE);
      case 'upper': return ucp ? (x) => uprop('Lu')!.has(x) : t(C_UPPER);
      case 'lower': return ucp ? (x) => uprop('Ll')!.has(x) : t(C_LOWER);
      case 'word': return ucp ? isWordUcp : isWordLatin1;
      case 'xdigit': return t(C_XDIGIT);
      case 'punct': return t(C_PUNCT);
      case 'cntrl': return t(C_CNTRL);
      case 'print': return t(C_PRINT);
      case 'graph': return (x) => x < 256 && (ctype[x] & C_PRINT) !== 0 && x !== 32;
      case 'blank': return (x) => x === 32 || x === 9;
      case 'ascii': return (x) => x < 128;
    }
    return null;
  }
}

/** Character length of n when it is fixed (lookbehind), else -1. `groups` resolves subroutine calls. */
export function fixedLen(n: Node, groups: (Node | undefined)[] = [], depth = 0): number {
  switch (n.t) {
    case 'chr': case 'any': case 'set': return 1;
    case 'assert': case 'keep': case 'look': case 'verb': case 'fail': return 0;
    case 'seq': {
      let t = 0;
      for (const i of n.items) { const l = fixedLen(i, groups, depth); if (l < 0) return -1; t += l; }
      return t;
    }
    case 'alt': {
      const l0 = fixedLen(n.alts[0], groups, depth);
      for (const a of n.alts) if (fixedLen(a, groups, depth) !== l0) return -1;
      return l0;
    }
    case 'cap': case 'atomic': return fixedLen(n.body, groups, depth);
    case 'rep': {
      if (n.min !== n.max) return -1;
      const l = fixedLen(n.body, groups, depth);
      return l < 0 ? -1 : l * n.min;
    }
    case 'call': {
      const g = groups[n.n];
      if (g === undefined || depth > 20) return -1;
      return fixedLen(g, groups, depth + 1);
    }
  }
  return -1;
}

/** Lookbehind bodies: each top-level alternative must have a fixed length. */
function fixedLengthAlts(n: Node, groups: (Node | undefined)[]): boolean {
  if (n.t === 'alt') return n.alts.every((a) => fixedLen(a, groups) >= 0);
  return fixedLen(n, groups) >= 0;
}

/** Whether a subroutine call occurs in n. */
function hasCall(n: Node): boolean {
  switch (n.t) {
    case 'call': return true;
    case 'seq': return n.items.some(hasCall);
    case 'alt': return n.alts.some(hasCall);
    case 'cap': case 'atomic': case 'rep': case 'look': return hasCall(n.body);
    case 'cond': return (n.look !== null && hasCall(n.look)) || hasCall(n.yes) || (n.no !== null && hasCall(n.no));
  }
  return false;
}

/** Counts capturing groups by a quick scan (escapes and classes skipped). */
function countGroups(s: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === 92) { i++; continue; }
    if (c === 91) {
      i++;
      if (s[i] === 94) i++;
      if (s[i] === 93) i++;
      while (i < s.length && s[i] !== 93) { if (s[i] === 92) i++; i++; }
      continue;
    }
    if (c !== 40 || (i >= 2 && s[i - 1] === 63 && s[i - 2] === 40)) continue;
    if (s[i + 1] !== 63 && s[i + 1] !== 42) { n++; continue; }
    if (s[i + 1] === 63) {
      const d = s[i + 2];
      if (d === 39 || (d === 80 && s[i + 3] === 60) || (d === 60 && s[i + 3] !== 61 && s[i + 3] !== 33)) n++;
    }
  }
  return n;
}
