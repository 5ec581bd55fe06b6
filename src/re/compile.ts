// The parse tree to a flat program (Int32Array) for the backtracking matcher
// in exec.ts. Counted repeats are unrolled; single-character repeats become
// one REP instruction whose backtracking never recurses.

import { CharSet } from './charset.js';
import { caseVariants, encodeCp, latin1Flip } from './chars.js';
import { A, C, V, fixedLen, type Node, type Parsed } from './parse.js';

export const enum Op {
  CHAR, CHARI, ANY, ALLANY, SET, NL, XSEQ, REP, ASSERT, SPLIT, JMP, SAVE,
  NCSTART, NCEND, MARK, MARKEND, NEGEND, BACK, LBCHECK, BREF, COND, KEEP, FAIL, MATCH,
  OPEN, CLOSE, CALL, RET, ACCEPT, VERB, THENMARK, NAMEDMARK, ASPLIT,
}

/** MARK kinds: an atomic group, a lookaround, or an assertion used as a condition (fails to its `no` branch). */
export const enum Mark { ATOMIC, POS, NEG, CONDPOS }

/** COND kinds (operand 1). */
export const enum Cond { GROUP, RECURSE, NEVER }

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
  /** size of the capture array: 2 slots per group, then each group's pending start */
  capSlots: number;
  marks: string[];
  /** bitmap of the bytes a match can start with, when known (and firstByte is not) */
  startSet: Uint8Array | null;
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
  /** groups some subroutine call targets (they get a RET before their CLOSE) */
  called = new Set<number>();
  /** code address of each called group's body (after OPEN), once emitted */
  target = new Map<number, number>();
  /** CALL instructions to patch with their target */
  callSites: number[] = [];
  /** the THENMARK register of the innermost alternation being compiled, or -1 */
  thenReg = -1;
  /** capture groups open around the current point (closed by ACCEPT) */
  open: number[] = [];
  constructor(readonly p: Parsed) {}

  run(): Program {
    collectCalls(this.p.root, this.called, this.p.groups);
    this.emit(Op.SAVE, 0);
    this.target.set(0, this.code.length);
    this.node(this.p.root);
    if (this.code[this.target.get(0)!] === Op.THENMARK) this.target.set(0, this.target.get(0)! + 2);
    if (this.called.has(0)) this.emit(Op.RET, 0);
    this.emit(Op.SAVE, 1);
    this.emit(Op.MATCH);
    // called groups that were never emitted ((...){0}, DEFINE): compile them out of line
    for (let again = true; again;) {
      again = false;
      for (const g of this.called) {
        if (this.target.has(g)) continue;
        const node = this.p.groups[g];
        if (node === undefined) continue;
        this.node(node);
        this.emit(Op.FAIL);
        again = true;
      }
    }
    for (const at of this.callSites) this.code[at + 2] = this.target.get(this.code[at + 1]) ?? 0;
    const root = this.p.root;
    const first = firstNode(root);
    let firstByte = -1;
    if (first !== null && first.t === 'chr' && !first.ci && !this.p.noStartOpt) firstByte = this.p.utf ? encodeCp(first.c)[0] : first.c;
    const anchoredStart = first !== null && first.t === 'assert' && (first.k === A.BOL || first.k === A.BEGIN);
    const lineStart = first !== null && first.t === 'assert' && first.k === A.MBOL;
    const accept = this.p.hasAccept;
    let startSet: Uint8Array | null = null;
    if (firstByte < 0 && !anchoredStart && !lineStart && !hasVerb(root) && !this.p.noStartOpt) {
      const f = firstSet(root, this.p.utf, this.p.groups);
      if (f !== null && !f.empty) startSet = f.bits;
    }
    return {
      code: Int32Array.from(this.code), sets: this.sets, ncap: this.p.ncap, nregs: this.nregs,
      utf: this.p.utf, firstByte, anchoredStart, lineStart,
      reqByte: accept || this.p.noStartOpt ? -1 : reqByte(root, this.p.utf),
      minLength: accept || this.p.noStartOpt ? 0 : minLen(root),
      capSlots: (this.p.ncap + 1) * 3, marks: this.p.marks, startSet,
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
        const savedThen = this.thenReg;
        if (this.p.hasThen) {
          this.thenReg = this.nregs++;
          this.emit(Op.THENMARK, this.thenReg);
        }
        const jumps: number[] = [];
        for (let i = 0; i < n.alts.length; i++) {
          if (i < n.alts.length - 1) {
            const split = this.emit(this.p.hasThen ? Op.ASPLIT : Op.SPLIT, 0, 0);
            this.code[split + 1] = this.code.length;
            this.node(n.alts[i]);
            jumps.push(this.emit(Op.JMP, 0));
            this.code[split + 2] = this.code.length;
          } else this.node(n.alts[i]);
        }
        for (const j of jumps) this.code[j + 1] = this.code.length;
        this.thenReg = savedThen;
        return;
      }
      case 'cap': {
        const g = n.n;
        this.emit(Op.OPEN, g);
        let body = this.code.length;
        this.open.push(g);
        this.node(n.body);
        this.open.pop();
        // a called group's own alternation does not catch a THEN inside the call (PCRE 8)
        if (this.code[body] === Op.THENMARK) body += 2;
        if (!this.target.has(g)) this.target.set(g, body);
        if (this.called.has(g)) this.emit(Op.RET, g);
        this.emit(Op.CLOSE, g);
        return;
      }
      case 'call':
        this.callSites.push(this.emit(Op.CALL, n.n, 0));
        return;
      case 'verb': {
        const id = n.name === null ? -1 : this.p.marks.indexOf(n.name);
        switch (n.v) {
          case V.ACCEPT:
            for (let i = this.open.length - 1; i >= 0; i--) this.emit(Op.CLOSE, this.open[i]);
            this.emit(Op.ACCEPT);
            return;
          case V.MARK: this.emit(Op.NAMEDMARK, id); return;
          case V.COMMIT: this.emit(Op.VERB, VK_COMMIT, 0); return;
          case V.PRUNE:
            if (id >= 0) this.emit(Op.NAMEDMARK, id);
            this.emit(Op.VERB, VK_PRUNE, 0);
            return;
          case V.SKIP: this.emit(Op.VERB, id >= 0 ? VK_SKIPNAME : VK_SKIP, id); return;
          case V.THEN:
            if (id >= 0) this.emit(Op.NAMEDMARK, id);
            this.emit(Op.VERB, VK_THEN, this.thenReg);
            return;
        }
        return;
      }
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
        const savedOpen = this.open;
        this.open = [];
        this.lookBody(n, r);
        this.open = savedOpen;
        if (n.neg) this.emit(Op.NEGEND, r, -1);
        else this.emit(Op.MARKEND, r, 1);
        this.code[mark + 3] = this.code.length;
        return;
      }
      case 'cond': {
        if (n.k === C.ASSERT) {
          this.condAssert(n.look as Node & { t: 'look' }, n.yes, n.no);
          return;
        }
        const kind = n.k === C.GROUP ? Cond.GROUP : n.k === C.RECURSE ? Cond.RECURSE : Cond.NEVER;
        const c = this.emit(Op.COND, kind, n.n, 0);
        this.node(n.yes);
        const j = this.emit(Op.JMP, 0);
        this.code[c + 3] = this.code.length;
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

  /** (?(?=x)yes|no): the assertion picks the branch. */
  condAssert(look: Node & { t: 'look' }, yes: Node, no: Node | null): void {
    const r = this.nregs++;
    const mark = this.emit(Op.MARK, look.neg ? Mark.NEG : Mark.CONDPOS, r, 0);
    const savedOpen = this.open;
    this.open = [];
    this.lookBody(look, r);
    this.open = savedOpen;
    let negEnd = -1;
    if (look.neg) negEnd = this.emit(Op.NEGEND, r, 0);
    else this.emit(Op.MARKEND, r, 1);
    // a positive assertion that fails, or a negative one that matches, goes to `no`
    if (!look.neg) {
      this.node(yes);
      const j = this.emit(Op.JMP, 0);
      this.code[mark + 3] = this.code.length;
      if (no) this.node(no);
      this.code[j + 1] = this.code.length;
    } else {
      this.code[mark + 3] = this.code.length;
      this.node(yes);
      const j = this.emit(Op.JMP, 0);
      this.code[negEnd + 2] = this.code.length;
      if (no) this.node(no);
      this.code[j + 1] = this.code.length;
    }
  }

  lookBody(n: Node & { t: 'look' }, r: number): void {
    if (n.behind) {
      const alts = n.body.t === 'alt' ? n.body.alts : [n.body];
      this.node({ t: 'alt', alts: alts.map((a) => ({ t: 'seq', items: [{ t: 'lb_back', len: fixedLen(a, this.p.groups), r } as unknown as Node, a, { t: 'lb_check', r } as unknown as Node] })) });
    } else this.node(n.body);
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

/** VERB kinds (operand 1). */
export const VK_COMMIT = 0, VK_PRUNE = 1, VK_SKIP = 2, VK_SKIPNAME = 3, VK_THEN = 4;

/** The group numbers that subroutine calls name, including those reached only through other calls. */
function collectCalls(n: Node, out: Set<number>, groups: (Node | undefined)[]): void {
  switch (n.t) {
    case 'call':
      if (!out.has(n.n)) {
        out.add(n.n);
        const g = groups[n.n];
        if (g !== undefined) collectCalls(g, out, groups);
      }
      return;
    case 'seq': for (const i of n.items) collectCalls(i, out, groups); return;
    case 'alt': for (const i of n.alts) collectCalls(i, out, groups); return;
    case 'cap': case 'atomic': case 'rep': case 'look': collectCalls(n.body, out, groups); return;
    case 'cond':
      if (n.look) collectCalls(n.look, out, groups);
      collectCalls(n.yes, out, groups);
      if (n.no) collectCalls(n.no, out, groups);
      return;
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
      case 'seq': {
        let i = 0;
        while (i < n.items.length) {
          const it = n.items[i];
          if (it.t !== 'verb' || it.v === V.ACCEPT) break;
          i++;
        }
        if (i >= n.items.length) return null;
        n = n.items[i];
        continue;
      }
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

/** Whether n holds a verb that makes skipping start positions observable (PCRE 8 has no start bitmap unless studied). */
function hasVerb(n: Node): boolean {
  switch (n.t) {
    case 'verb': return n.v !== V.MARK && n.v !== V.ACCEPT;
    case 'seq': return n.items.some(hasVerb);
    case 'alt': return n.alts.some(hasVerb);
    case 'cap': case 'atomic': case 'rep': case 'look': return hasVerb(n.body);
    case 'cond': return (n.look !== null && hasVerb(n.look)) || hasVerb(n.yes) || (n.no !== null && hasVerb(n.no));
    case 'call': return true; // a called group may hold one; keep it simple
  }
  return false;
}

interface First { bits: Uint8Array; empty: boolean }

/** The bytes a match of n can start with, and whether n can match empty; null when unknown. */
function firstSet(n: Node, utf: boolean, groups: (Node | undefined)[]): First | null {
  const bits = new Uint8Array(32);
  const add = (b: number): void => { bits[b >> 3] |= 1 << (b & 7); };
  const addAll = (): void => { bits.fill(255); };
  const leads = (): void => { for (let b = 0xc2; b <= 0xf4; b++) add(b); };
  const walk = (n: Node): boolean | null => { // returns "can be empty", null = give up
    switch (n.t) {
      case 'chr': {
        const cs = [n.c];
        if (n.ci) {
          if (utf) cs.push(...caseVariants(n.c)); else cs.push(latin1Flip[n.c]);
        }
        for (const c of cs) add(utf ? encodeCp(c)[0] : c);
        return false;
      }
      case 'any': addAll(); return false;
      case 'xseq': addAll(); return false;
      case 'nl': add(10); add(11); add(12); add(13); if (utf) { add(0xc2); add(0xe2); } else add(0x85); return false;
      case 'set': {
        const lim = utf ? 128 : 256;
        for (let b = 0; b < lim; b++) if (n.set.has(b)) add(b);
        if (utf) leads();
        return false;
      }
      case 'seq':
        for (const i of n.items) {
          const e = walk(i);
          if (e === null) return null;
          if (!e) return false;
        }
        return true;
      case 'alt': {
        let e = false;
        for (const a of n.alts) {
          const x = walk(a);
          if (x === null) return null;
          e = e || x;
        }
        return e;
      }
      case 'cap': case 'atomic': return walk(n.body);
      case 'rep': {
        if (n.max === 0) return true;
        const e = walk(n.body);
        if (e === null) return null;
        return e || n.min === 0;
      }
      case 'assert': case 'look': case 'keep': return true;
      case 'fail': return false;
    }
    return null;
  };
  void groups;
  const e = walk(n);
  if (e === null) return null;
  return { bits, empty: e };
}
