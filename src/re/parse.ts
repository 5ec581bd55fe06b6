// PCRE pattern syntax to a tree. Inline options ((?i) etc.) are resolved
// here: each node carries the flags in force where it was written.
// Errors carry PCRE 8.44's message and byte offset, as re:compile reports them.

import { C_ALPHA, C_DIGIT, ctype, utf8Invalid } from './chars.js';
import { A, C, F_D, F_I, F_M, F_S, F_U, F_X, type Node, type ParseOpts, type Parsed, V } from './ast.js';
import { ClassParser } from './parse_class.js';

export { A, C, F_D, F_I, F_M, F_S, F_U, F_X, type Node, type ParseOpts, type Parsed, ReError, V } from './ast.js';

const MAXREP = 65535;

export function parse(src: Uint8Array, o: ParseOpts): Parsed {
  return new Parser(src, o).run();
}

// Layered: EscapeParser (parse_escape.ts: the cursor and backslash escapes) <
// ClassParser (parse_class.ts: [...]) < Parser (groups, quantifiers, verbs).
class Parser extends ClassParser {
  names = new Map<string, number[]>();
  groups: (Node | undefined)[] = [];
  groupName = new Map<number, string>();
  marks: string[] = [];
  hasThen = false;
  hasAccept = false;
  noStartOpt = false;
  /** lookbehinds holding subroutine calls: their lengths are known only at the end */
  lateBehinds: Node[] = [];
  newline: string | null = null;
  /** capturing groups in the whole pattern (a rough prescan, for forward references) */
  totalGroups: number;
  constructor(s: Uint8Array, o: ParseOpts) {
    super(s, o);
    this.totalGroups = countGroups(s);
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
      return this.recursion();
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
  private recursion(): Node {
    const whole = this.s[this.pos] === 82;
    if (whole) this.pos++;
    return this.numberedCall(41, '(?R or (?[+-]digits must be followed by )', !whole);
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
