// The parse tree to a flat program (Int32Array) for the backtracking matcher
// in exec.ts. Counted repeats are unrolled; single-character repeats become
// one REP instruction whose backtracking never recurses.

import { CharSet } from './charset.js';
import { caseVariants, encodeCp, latin1Flip } from './chars.js';
import { A, fixedLen, type Node, type Parsed } from './parse.js';

export const enum Op {
  CHAR, CHARI, ANY, ALLANY, SET, NL, XSEQ, REP, ASSERT, SPLIT, JMP, SAVE,
  NCSTART, NCEND, MARK, MARKEND, NEGEND, BACK, LBCHECK, BREF, COND, KEEP, FAIL, MATCH,
}

export const enum Mark { ATOMIC, POS, NEG }

export interface Program {
  code: Int32Array;
  sets: CharSet[];
  ncap: number;
  nregs: number;
  utf: boolean;
  /** a byte every match must start with, or -1 */
  firstByte: number;
  /** matches can only start at the subject start (\A, ^ without multiline) */
  anchoredStart: boolean;
  /** every match starts at a line start (^ with multiline) */
  lineStart: boolean;
  /** a byte every match must contain, or -1 (PCRE's "required byte": fail fast when absent) */
  reqByte: number;
  /** fewest bytes a match can span */
  minLength: number;
}

/** Unrolling counted repeats past this many instructions is refused (PCRE: "regular expression is too large"). */
const MAX_CODE = 4_000_000;

export class TooLarge {}

export function compileProgram(p: Parsed): Program {
  return new Compiler(p).run();
}

class Compiler {
  code: number[] = [];
  sets: CharSet[] = [];
  nregs = 0;
  constructor(readonly p: Parsed) {}

  run(): Program {
    this.emit(Op.SAVE, 0);
    this.node(this.p.root);
    this.emit(Op.SAVE, 1);
    this.emit(Op.MATCH);
    const root = this.p.root;
    const first = firstNode(root);
    let firstByte = -1;
    if (first !== null && first.t === 'chr' && !first.ci) firstByte = this.p.utf ? encodeCp(first.c)[0] : first.c;
    const anchoredStart = first !== null && first.t === 'assert' && (first.k === A.BOL || first.k === A.BEGIN);
    const lineStart = first !== null && first.t === 'assert' && first.k === A.MBOL;
    return {
      code: Int32Array.from(this.code), sets: this.sets, ncap: this.p.ncap, nregs: this.nregs,
      utf: this.p.utf, firstByte, anchoredStart, lineStart,
      reqByte: reqByte(root, this.p.utf), minLength: minLen(root),
    };
  }

  emit(...xs: number[]): number {
    const at = this.code.length;
    for (const x of xs) this.code.push(x);
    if (this.code.length > MAX_CODE) throw new TooLarge();
    return at;
  }

  setIndex(s: CharSet): number {
    this.sets.push(s);
    return this.sets.length - 1;
  }

  /** Emits a one-character matcher for a single-char node; false if it is not one. */
  single(n: Node): boolean {
    const utf = this.p.utf;
    switch (n.t) {
      case 'chr': {
        const c = n.c;
        if (!utf || c < 128) {
          if (n.ci) {
            const o = utf ? (caseVariants(c).length ? caseVariants(c) : [c]) : [latin1Flip[c]];
            if (o.length === 1 && o[0] < 128 && (!utf || o[0] < 128)) {
              this.emit(Op.CHARI, c, o[0]);
              return true;
            }
            if (!utf) { this.emit(Op.CHARI, c, o[0]); return true; }
            const s = new CharSet();
            s.addChar(c);
            this.emit(Op.SET, this.setIndex(s.finish(true, true)));
            return true;
          }
          this.emit(Op.CHAR, c);
          return true;
        }
        const s = new CharSet();
        s.addChar(c);
        this.emit(Op.SET, this.setIndex(s.finish(n.ci, true)));
        return true;
      }
      case 'any': this.emit(n.dotall ? Op.ALLANY : Op.ANY); return true;
      case 'set': this.emit(Op.SET, this.setIndex(n.set)); return true;
    }
    return false;
  }

  node(n: Node): void {
    switch (n.t) {
      case 'chr':
        if (this.p.utf && n.c >= 128 && !n.ci) {
          for (const b of encodeCp(n.c)) this.emit(Op.CHAR, b);
        } else this.single(n);
        return;
      case 'any': case 'set': this.single(n); return;
      case 'seq': for (const i of n.items) this.node(i); return;
      case 'alt': {
        const jumps: number[] = [];
        for (let i = 0; i < n.alts.length; i++) {
          if (i < n.alts.length - 1) {
            const split = this.emit(Op.SPLIT, 0, 0);
            this.code[split + 1] = this.code.length;
            this.node(n.alts[i]);
            jumps.push(this.emit(Op.JMP, 0));
            this.code[split + 2] = this.code.length;
          } else this.node(n.alts[i]);
        }
        for (const j of jumps) this.code[j + 1] = this.code.length;
        return;
      }
      case 'cap':
        this.emit(Op.SAVE, n.n * 2);
        this.node(n.body);
        this.emit(Op.SAVE, n.n * 2 + 1);
        return;
      case 'assert': this.emit(Op.ASSERT, n.k); return;
      case 'nl': this.emit(Op.NL); return;
      case 'xseq': this.emit(Op.XSEQ); return;
      case 'keep': this.emit(Op.KEEP); return;
      case 'fail': this.emit(Op.FAIL); return;
      case 'bref': this.emit(Op.BREF, n.n, n.ci ? 1 : 0); return;
      case 'atomic': {
        const r = this.nregs++;
        this.emit(Op.MARK, Mark.ATOMIC, r, 0);
        this.node(n.body);
        this.emit(Op.MARKEND, r, 0);
        return;
      }
      case 'look': {
        const r = this.nregs++;
        const mark = this.emit(Op.MARK, n.neg ? Mark.NEG : Mark.POS, r, 0);
        if (n.behind) {
          const alts = n.body.t === 'alt' ? n.body.alts : [n.body];
          this.node({ t: 'alt', alts: alts.map((a) => ({ t: 'seq', items: [{ t: 'lb_back', len: fixedLen(a), r } as unknown as Node, a, { t: 'lb_check', r } as unknown as Node] })) });
        } else this.node(n.body);
        if (n.neg) this.emit(Op.NEGEND, r);
        else this.emit(Op.MARKEND, r, 1);
        this.code[mark + 3] = this.code.length;
        return;
      }
      case 'cond': {
        const c = this.emit(Op.COND, n.n, 0);
        this.node(n.yes);
        const j = this.emit(Op.JMP, 0);
        this.code[c + 2] = this.code.length;
        if (n.no) this.node(n.no);
        this.code[j + 1] = this.code.length;
        return;
      }
      case 'rep': this.rep(n.body, n.min, n.max, n.mode); return;
    }
    const x = n as unknown as { t: string; len: number; r: number };
    if (x.t === 'lb_back') this.emit(Op.BACK, x.r, x.len);
    else if (x.t === 'lb_check') this.emit(Op.LBCHECK, x.r);
  }

  rep(body: Node, min: number, max: number, mode: number): void {
    // single-character item: one REP instruction
    const at = this.code.length;
    const alt = body.t === 'set' && body.set.minAlt !== null && min > 0 ? this.setIndex(body.set.minAlt) : -1;
    this.emit(Op.REP, min, max, mode, 0, alt);
    if (this.single(body)) {
      this.code[at + 4] = this.code.length - at - 6;
      return;
    }
    this.code.length = at;
    if (mode === 2) {
      this.node({ t: 'atomic', body: { t: 'rep', body, min, max, mode: 0 } });
      return;
    }
    const lazy = mode === 1;
    for (let i = 0; i < min; i++) this.node(body);
    if (max === min) return;
    const canEmpty = minLen(body) === 0;
    if (max < 0) {
      // loop: L0: SPLIT L1 Lexit; L1: [NCSTART r] body [NCEND r Lexit] JMP L0
      const r = canEmpty ? this.nregs++ : -1;
      const l0 = this.emit(Op.SPLIT, 0, 0);
      const l1 = this.code.length;
      if (canEmpty) this.emit(Op.NCSTART, r);
      this.node(body);
      let nc = -1;
      if (canEmpty) nc = this.emit(Op.NCEND, r, 0);
      this.emit(Op.JMP, l0);
      const exit = this.code.length;
      if (lazy) { this.code[l0 + 1] = exit; this.code[l0 + 2] = l1; }
      else { this.code[l0 + 1] = l1; this.code[l0 + 2] = exit; }
      if (nc >= 0) this.code[nc + 2] = exit;
      return;
    }
    // optional copies, nested: (?:x(?:x)?)?
    const splits: number[] = [];
    for (let i = min; i < max; i++) {
      const s = this.emit(Op.SPLIT, 0, 0);
      splits.push(s);
      if (lazy) this.code[s + 2] = this.code.length; else this.code[s + 1] = this.code.length;
      this.node(body);
    }
    const exit = this.code.length;
    for (const s of splits) {
      if (lazy) this.code[s + 1] = exit; else this.code[s + 2] = exit;
    }
  }
}

/** Minimum characters a node consumes (0 when it can match empty). */
function minLen(n: Node): number {
  switch (n.t) {
    case 'chr': case 'any': case 'set': case 'nl': case 'xseq': return 1;
    case 'seq': { let t = 0; for (const i of n.items) t += minLen(i); return t; }
    case 'alt': return Math.min(...n.alts.map(minLen));
    case 'cap': case 'atomic': return minLen(n.body);
    case 'rep': return n.min * minLen(n.body);
  }
  return 0;
}

/** The first node that must match, when the pattern has a single start. */
function firstNode(n: Node): Node | null {
  for (;;) {
    switch (n.t) {
      case 'seq':
        if (n.items.length === 0) return null;
        n = n.items[0];
        continue;
      case 'cap': case 'atomic': n = n.body; continue;
      case 'rep': if (n.min === 0) return null; n = n.body; continue;
      case 'chr': case 'assert': return n;
    }
    return null;
  }
}

/** The last literal byte every match must contain, or -1. */
function reqByte(n: Node, utf: boolean): number {
  switch (n.t) {
    case 'chr': return n.ci ? -1 : utf ? encodeCp(n.c)[0] : n.c;
    case 'seq':
      for (let i = n.items.length - 1; i >= 0; i--) {
        const r = reqByte(n.items[i], utf);
        if (r >= 0) return r;
      }
      return -1;
    case 'cap': case 'atomic': return reqByte(n.body, utf);
    case 'rep': return n.min > 0 ? reqByte(n.body, utf) : -1;
  }
  return -1;
}
