// The backtracking matcher. It runs a Program over the subject's bytes with
// an explicit backtrack stack (no JS recursion, so long subjects cannot
// overflow the JS stack). Stack entries are 4 ints:
//   BRANCH  pc pos -        resume at pc with pos (ABRANCH: an alternation's, which THEN stops at)
//   CAP     slot old -      restore a capture slot (CAP2: two slots)
//   REG     r old -         restore a register
//   REPG    pc pos minPos   greedy single-char repeat: give back one char
//   REPL    pc pos count    lazy single-char repeat: take one more char
//   MARK    kind pos cont   atomic group / lookaround boundary
//   CALL    group ret prev  a subroutine call in progress (next entry: NOP holding its start)
//   VERB    kind arg pos    COMMIT/PRUNE/SKIP/THEN: backtracking onto it unwinds
//   NMARK   id pos -        (*MARK:NAME), found by (*SKIP:NAME)
//   THEN    - - -           start of an alternation that a (*THEN) inside it returns to
import { Op, Mark, Cond, VK_COMMIT, VK_SKIP, VK_SKIPNAME, VK_THEN, type Program } from './compile.js';
import { A } from './parse.js';
import {
  caseVariants, decodeAt, isWordLatin1, isWordUcp, latin1Flip, prevStart, seqLen, uprop,
} from './chars.js';
import { extendedGrapheme } from './grapheme.js';

const BT_BRANCH = 0, BT_CAP = 1, BT_REG = 2, BT_REPG = 3, BT_REPL = 4, BT_MARK = 5, BT_CAP2 = 6, BT_CALL = 7,
  BT_NOP = 8, BT_VERB = 9, BT_NMARK = 10, BT_THEN = 11, BT_ABRANCH = 12;

/** run() results besides 1 (match), 0 (no match here) and -1 (limit) */
const R_COMMIT = 2, R_SKIP = 3, R_SKIPARG = 4;

export const NL_CR = 1, NL_LF = 2, NL_CRLF = 3, NL_ANYCRLF = 4, NL_ANY = 5;

export interface MatchOpts {
  newline: number;
  bsrAnycrlf: boolean;
  ucp: boolean;
  notbol: boolean;
  noteol: boolean;
  notempty: boolean;
  notemptyAtstart: boolean;
  anchored: boolean;
  firstline: boolean;
  matchLimit: number;
}

/** Result of exec: > 0 = highest set group + 1 (captures in `ovector`), 0 = no match, -1 = match limit. */
export const MATCH_LIMIT = -1;

// Shared across calls (exec never re-enters itself): no allocation per match.
let stack = new Int32Array(1024);
let caps = new Int32Array(96);
let regs = new Int32Array(16);

function grow(): void {
  const n = new Int32Array(stack.length * 2);
  n.set(stack);
  stack = n;
}

const P_M = uprop('M')!;

export function exec(prog: Program, s: Uint8Array, start: number, o: MatchOpts, ovector: Int32Array): number {
  const end = s.length;
  if (caps.length < prog.capSlots) caps = new Int32Array(prog.capSlots * 2);
  if (regs.length < prog.nregs) regs = new Int32Array(prog.nregs * 2);
  if (end - start < prog.minLength) return 0;
  const anchored = o.anchored || prog.anchoredStart;
  if (prog.anchoredStart && !o.anchored && start > 0 && !prog.lineStart) return 0;
  if (prog.reqByte >= 0 && s.indexOf(prog.reqByte, start) < 0) return 0;
  const m = matcher;
  m.reset(prog, s, o, start);
  let limit = o.matchLimit;
  let firstlineEnd = end;
  if (o.firstline) {
    for (let i = start; i < end; i++) if (m.nlAt(i) > 0) { firstlineEnd = i; break; }
  }
  const first = prog.firstByte;
  const startSet = prog.startSet;
  let ignoreSkipArg = 0;
  for (let at = start; at <= end;) {
    if (!anchored) {
      if (first >= 0) {
        const i = s.indexOf(first, at);
        if (i < 0) return 0;
        at = i;
      } else if (startSet !== null) {
        // skip positions whose byte cannot start a match
        while (at < end && (startSet[s[at] >> 3] & (1 << (s[at] & 7))) === 0) at++;
        if (at >= end) return 0;
      } else if (prog.lineStart && at > start) {
        while (at < end && m.nlBefore(at) === 0) at++;
        if (at >= end) return 0;
      }
    }
    if (o.firstline && at > firstlineEnd) return 0;
    m.ignoreSkipArg = ignoreSkipArg;
    const r = m.run(at, limit);
    if (r === 1) {
      const n = (prog.ncap + 1) * 2;
      for (let i = 0; i < n; i++) ovector[i] = caps[i];
      let hi = prog.ncap;
      while (hi > 0 && caps[hi * 2] < 0) hi--;
      return hi + 1;
    }
    if (r < 0) return MATCH_LIMIT;
    limit = m.left;
    if (r === R_COMMIT) return 0;
    if (r === R_SKIPARG) { ignoreSkipArg = m.skipArgCount; continue; }
    ignoreSkipArg = 0;
    if (anchored) return 0;
    if (r === R_SKIP && m.skipTo > at) { at = m.skipTo; continue; }
    if (at >= end) break;
    at += prog.utf ? seqLen(s[at]) : 1;
  }
  return 0;
}

class Matcher {
  left = 0;
  code: Int32Array = new Int32Array(0);
  utf = false;
  prog!: Program;
  s: Uint8Array = new Uint8Array(0);
  o!: MatchOpts;
  gstart = 0;
  /** where a SKIP asked the next attempt to start */
  skipTo = 0;
  skipArgCount = 0;
  ignoreSkipArg = 0;

  reset(prog: Program, s: Uint8Array, o: MatchOpts, gstart: number): void {
    this.prog = prog;
    this.code = prog.code;
    this.utf = prog.utf;
    this.s = s;
    this.o = o;
    this.gstart = gstart;
  }

  /** Length of the newline sequence starting at i (0 when none). */
  nlAt(i: number): number {
    const s = this.s;
    if (i >= s.length) return 0;
    const c = s[i];
    switch (this.o.newline) {
      case NL_LF: return c === 10 ? 1 : 0;
      case NL_CR: return c === 13 ? 1 : 0;
      case NL_CRLF: return c === 13 && s[i + 1] === 10 ? 2 : 0;
      case NL_ANYCRLF: return c === 13 ? (s[i + 1] === 10 ? 2 : 1) : c === 10 ? 1 : 0;
      default:
        if (c === 13) return s[i + 1] === 10 ? 2 : 1;
        if (c >= 10 && c <= 12) return 1;
        if (this.utf) {
          if (c === 0xc2 && s[i + 1] === 0x85) return 2;
          if (c === 0xe2 && s[i + 1] === 0x80 && (s[i + 2] === 0xa8 || s[i + 2] === 0xa9)) return 3;
          return 0;
        }
        return c === 0x85 ? 1 : 0;
    }
  }

  /** Length of a newline sequence ending just before i (0 when none). */
  nlBefore(i: number): number {
    const s = this.s;
    if (i <= 0) return 0;
    const c = s[i - 1];
    switch (this.o.newline) {
      case NL_LF: return c === 10 ? 1 : 0;
      case NL_CR: return c === 13 ? 1 : 0;
      case NL_CRLF: return c === 10 && i >= 2 && s[i - 2] === 13 ? 2 : 0;
      case NL_ANYCRLF: return c === 10 ? (i >= 2 && s[i - 2] === 13 ? 2 : 1) : c === 13 ? 1 : 0;
      default:
        if (c === 10) return i >= 2 && s[i - 2] === 13 ? 2 : 1;
        if (c >= 11 && c <= 13) return 1;
        if (this.utf) {
          if (c === 0x85 && i >= 2 && s[i - 2] === 0xc2) return 2;
          if ((c === 0xa8 || c === 0xa9) && i >= 3 && s[i - 2] === 0x80 && s[i - 3] === 0xe2) return 3;
          return 0;
        }
        return c === 0x85 ? 1 : 0;
    }
  }

  private isWordAt(i: number): boolean {
    const s = this.s;
    if (i < 0 || i >= s.length) return false;
    const cp = this.utf ? decodeAt(s, i) : s[i];
    return this.o.ucp ? isWordUcp(cp) : isWordLatin1(cp);
  }

  private wordBefore(i: number): boolean {
    if (i <= 0) return false;
    return this.isWordAt(this.utf ? prevStart(this.s, i) : i - 1);
  }

  private assert(k: number, pos: number): boolean {
    const end = this.s.length;
    switch (k) {
      case A.BOL: return pos === 0 && !this.o.notbol;
      case A.MBOL: return pos === 0 ? !this.o.notbol : pos < end && this.nlBefore(pos) > 0;
      case A.EOL: {
        if (this.o.noteol) return false;
        if (pos === end) return true;
        const n = this.nlAt(pos);
        return n > 0 && pos + n === end;
      }
      case A.EOLD: return pos === end && !this.o.noteol;
      case A.MEOL: return pos === end ? !this.o.noteol : this.nlAt(pos) > 0;
      case A.WORDB: return this.wordBefore(pos) !== this.isWordAt(pos);
      case A.NWORDB: return this.wordBefore(pos) === this.isWordAt(pos);
      case A.BEGIN: return pos === 0;
      case A.END: return pos === end;
      case A.ENDZ: {
        if (pos === end) return true;
        const n = this.nlAt(pos);
        return n > 0 && pos + n === end;
      }
      case A.GSTART: return pos === this.gstart;
    }
    return false;
  }

  /** Matches the one-character item at code[pc] at pos; the new pos or -1. */
  private one(pc: number, pos: number): number {
    const s = this.s;
    if (pos >= s.length) return -1;
    const code = this.code;
    const b = s[pos];
    switch (code[pc]) {
      case Op.CHAR: return b === code[pc + 1] ? pos + 1 : -1;
      case Op.CHARI: return b === code[pc + 1] || b === code[pc + 2] ? pos + 1 : -1;
      case Op.ANY:
        // in CRLF mode a lone CR is an ordinary character
        if (this.nlAt(pos) > 0) return -1;
        return this.utf ? pos + seqLen(b) : pos + 1;
      case Op.ALLANY: return this.utf ? pos + seqLen(b) : pos + 1;
      case Op.SET: {
        if (!this.utf || b < 0x80) return this.prog.sets[code[pc + 1]].has(b) ? pos + 1 : -1;
        return this.prog.sets[code[pc + 1]].has(decodeAt(s, pos)) ? pos + seqLen(b) : -1;
      }
    }
    return -1;
  }

  private oneLen(op: number): number {
    return op === Op.CHARI ? 3 : op === Op.CHAR || op === Op.SET ? 2 : 1;
  }

  /** Keeps only the restore entries above stack index m (an atomic group or lookaround has matched). */
  private cut(m: number, sp: number): number {
    let w = m;
    for (let i = m + 4; i < sp; i += 4) {
      const k = stack[i];
      if (k === BT_CAP || k === BT_REG || k === BT_CAP2) {
        stack[w] = k; stack[w + 1] = stack[i + 1]; stack[w + 2] = stack[i + 2]; stack[w + 3] = stack[i + 3]; w += 4;
      }
    }
    return w;
  }

  /** Pops down to m, undoing capture and register changes. */
  private undo(m: number, sp: number): number {
    while (sp > m) {
      sp -= 4;
      const k = stack[sp];
      if (k === BT_CAP) caps[stack[sp + 1]] = stack[sp + 2];
      else if (k === BT_CAP2) { const j = stack[sp + 1]; caps[j] = stack[sp + 2]; caps[j + 1] = stack[sp + 3]; }
      else if (k === BT_REG) regs[stack[sp + 1]] = stack[sp + 2];
    }
    return sp;
  }

  /** One match attempt at `at`: 1 match, 0 none, -1 limit, or R_COMMIT / R_SKIP / R_SKIPARG. */
  run(at: number, limit: number): number {
    const code = this.code;
    const s = this.s;
    const end = s.length;
    const o = this.o;
    const prog = this.prog;
    const ncap2 = (prog.ncap + 1) * 2;
    const nslots = prog.capSlots;
    for (let i = 0; i < nslots; i++) caps[i] = -1;
    this.skipArgCount = 0;
    let sp = 0;
    let pc = 0;
    let pos = at;
    /** stack index of the innermost active subroutine call, or -1 */
    let fp = -1;
    for (;;) {
      let fail = false;
      if (sp + 16 > stack.length) grow();
      switch (code[pc]) {
        case Op.CHAR:
          if (pos < end && s[pos] === code[pc + 1]) { pos++; pc += 2; } else fail = true;
          break;
        case Op.CHARI:
          if (pos < end && (s[pos] === code[pc + 1] || s[pos] === code[pc + 2])) { pos++; pc += 3; } else fail = true;
          break;
        case Op.SET: {
          if (pos >= end) { fail = true; break; }
          const b = s[pos];
          if (b < 0x80 || !this.utf) {
            if (prog.sets[code[pc + 1]].has(b)) { pos++; pc += 2; } else fail = true;
          } else if (prog.sets[code[pc + 1]].has(decodeAt(s, pos))) { pos += seqLen(b); pc += 2; } else fail = true;
          break;
        }
        case Op.ANY: case Op.ALLANY: {
          const np = this.one(pc, pos);
          if (np < 0) fail = true; else { pos = np; pc++; }
          break;
        }
        case Op.NL: {
          if (pos >= end) { fail = true; break; }
          const c = s[pos];
          if (c === 13) pos += s[pos + 1] === 10 ? 2 : 1;
          else if (c === 10) pos++;
          else if (!o.bsrAnycrlf && (c === 11 || c === 12)) pos++;
          else if (!o.bsrAnycrlf && !this.utf && c === 0x85) pos++;
          else if (!o.bsrAnycrlf && this.utf && c === 0xc2 && s[pos + 1] === 0x85) pos += 2;
          else if (!o.bsrAnycrlf && this.utf && c === 0xe2 && s[pos + 1] === 0x80 && (s[pos + 2] === 0xa8 || s[pos + 2] === 0xa9)) pos += 3;
          else { fail = true; break; }
          pc++;
          break;
        }
        case Op.XSEQ: {
          if (pos >= end) { fail = true; break; }
          pos = extendedGrapheme(s, pos, this.utf);
          pc++;
          break;
        }
        case Op.REP: {
          const min = code[pc + 1], max = code[pc + 2], mode = code[pc + 3], item = pc + 6;
          const next = item + code[pc + 4];
          const alt = code[pc + 5];
          let n = 0;
          let p = pos;
          while (n < min) {
            let np: number;
            if (alt >= 0) np = p < end && prog.sets[alt].has(s[p]) ? p + (this.utf ? seqLen(s[p]) : 1) : -1;
            else np = this.one(item, p);
            if (np < 0) break;
            p = np; n++;
          }
          if (n < min) { fail = true; break; }
          if (mode === 1) {
            if (max < 0 || n < max) {
              stack[sp] = BT_REPL; stack[sp + 1] = pc; stack[sp + 2] = p; stack[sp + 3] = n; sp += 4;
            }
            pos = p; pc = next;
            break;
          }
          const minPos = p;
          const op = code[item];
          if (op === Op.CHAR && max < 0) {
            // the common x* / x+: a tight scan
            const c = code[item + 1];
            while (p < end && s[p] === c) p++;
          } else if (op === Op.SET && !this.utf && max < 0) {
            const set = prog.sets[code[item + 1]];
            while (p < end && set.has(s[p])) p++;
          } else {
            while (max < 0 || n < max) {
              const np = this.one(item, p);
              if (np < 0) break;
              p = np; n++;
            }
          }
          if (mode === 0 && p > minPos) {
            stack[sp] = BT_REPG; stack[sp + 1] = next; stack[sp + 2] = p; stack[sp + 3] = minPos; sp += 4;
          }
          pos = p; pc = next;
          break;
        }
        case Op.ASSERT:
          if (this.assert(code[pc + 1], pos)) pc += 2; else fail = true;
          break;
        case Op.SPLIT: case Op.ASPLIT:
          if (--limit < 0) { this.left = 0; return -1; }
          stack[sp] = code[pc] === Op.SPLIT ? BT_BRANCH : BT_ABRANCH;
          stack[sp + 1] = code[pc + 2]; stack[sp + 2] = pos; sp += 4;
          pc = code[pc + 1];
          break;
        case Op.JMP: pc = code[pc + 1]; break;
        case Op.SAVE: {
          const k = code[pc + 1];
          stack[sp] = BT_CAP; stack[sp + 1] = k; stack[sp + 2] = caps[k]; sp += 4;
          caps[k] = pos;
          pc += 2;
          break;
        }
        case Op.OPEN: {
          // the start waits in a side slot until the group closes, so that a
          // back reference inside a repeated group still sees the previous iteration
          const k = ncap2 + code[pc + 1];
          stack[sp] = BT_CAP; stack[sp + 1] = k; stack[sp + 2] = caps[k]; sp += 4;
          caps[k] = pos;
          pc += 2;
          break;
        }
        case Op.CLOSE: {
          const g = code[pc + 1];
          const k = g * 2;
          stack[sp] = BT_CAP2; stack[sp + 1] = k; stack[sp + 2] = caps[k]; stack[sp + 3] = caps[k + 1]; sp += 4;
          caps[k] = caps[ncap2 + g];
          caps[k + 1] = pos;
          pc += 2;
          break;
        }
        case Op.NCSTART: {
          const r = code[pc + 1];
          stack[sp] = BT_REG; stack[sp + 1] = r; stack[sp + 2] = regs[r]; sp += 4;
          regs[r] = pos;
          pc += 2;
          break;
        }
        case Op.NCEND:
          pc = pos === regs[code[pc + 1]] ? code[pc + 2] : pc + 3;
          break;
        case Op.MARK: {
          const r = code[pc + 2];
          stack[sp] = BT_REG; stack[sp + 1] = r; stack[sp + 2] = regs[r]; sp += 4;
          regs[r] = sp;
          stack[sp] = BT_MARK; stack[sp + 1] = code[pc + 1]; stack[sp + 2] = pos; stack[sp + 3] = code[pc + 3]; sp += 4;
          pc += 4;
          break;
        }
        case Op.MARKEND: {
          const m = regs[code[pc + 1]];
          if (code[pc + 2] === 1) pos = stack[m + 2];
          sp = this.cut(m, sp);
          pc += 3;
          break;
        }
        case Op.NEGEND: {
          // the negative assertion's body matched: undo it, then fail (or take the `no` branch of a condition)
          const m = regs[code[pc + 1]];
          const p0 = stack[m + 2];
          sp = this.undo(m, sp);
          if (code[pc + 2] > 0) { pos = p0; pc = code[pc + 2]; } else fail = true;
          break;
        }
        case Op.THENMARK: {
          const r = code[pc + 1];
          stack[sp] = BT_REG; stack[sp + 1] = r; stack[sp + 2] = regs[r]; sp += 4;
          regs[r] = sp;
          stack[sp] = BT_THEN; sp += 4;
          pc += 2;
          break;
        }
        case Op.BACK: {
          const m = regs[code[pc + 1]];
          let p = stack[m + 2];
          let n = code[pc + 2];
          while (n > 0 && p > 0) { p = this.utf ? prevStart(s, p) : p - 1; n--; }
          if (n > 0) { fail = true; break; }
          pos = p;
          pc += 3;
          break;
        }
        case Op.LBCHECK:
          if (pos === stack[regs[code[pc + 1]] + 2]) pc += 2; else fail = true;
          break;
        case Op.BREF: {
          const g = code[pc + 1];
          const bs = caps[g * 2], be = caps[g * 2 + 1];
          if (bs < 0 || be < 0) { fail = true; break; }
          const len = be - bs;
          if (code[pc + 2] === 0) {
            if (pos + len > end) { fail = true; break; }
            let ok = true;
            for (let i = 0; i < len; i++) if (s[bs + i] !== s[pos + i]) { ok = false; break; }
            if (!ok) { fail = true; break; }
            pos += len;
          } else {
            const np = this.caselessRef(bs, be, pos);
            if (np < 0) { fail = true; break; }
            pos = np;
          }
          pc += 3;
          break;
        }
        case Op.COND: {
          const kind = code[pc + 1], g = code[pc + 2];
          let yes: boolean;
          if (kind === Cond.GROUP) yes = caps[g * 2 + 1] >= 0;
          else if (kind === Cond.RECURSE) yes = fp >= 0 && (g < 0 || stack[fp + 1] === g);
          else yes = false;
          pc = yes ? pc + 4 : code[pc + 3];
          break;
        }
        case Op.CALL: {
          const g = code[pc + 1];
          // a call of g where g is already running at this position would loop forever
          let loop = false;
          for (let f = fp; f >= 0; f = stack[f + 3]) if (stack[f + 1] === g && stack[f + 5] === pos) { loop = true; break; }
          if (loop) { fail = true; break; }
          stack[sp] = BT_CALL; stack[sp + 1] = g; stack[sp + 2] = pc + 3; stack[sp + 3] = fp;
          stack[sp + 4] = BT_NOP; stack[sp + 5] = pos;
          fp = sp;
          sp += 8;
          pc = code[pc + 2];
          break;
        }
        case Op.RET:
          if (fp >= 0 && stack[fp + 1] === code[pc + 1]) {
            const r = this.ret(fp, sp);
            sp = r; pc = this.retPc; fp = this.retFp;
          } else pc += 2;
          break;
        case Op.KEEP: {
          stack[sp] = BT_CAP; stack[sp + 1] = 0; stack[sp + 2] = caps[0]; sp += 4;
          caps[0] = pos;
          pc++;
          break;
        }
        case Op.NAMEDMARK:
          stack[sp] = BT_NMARK; stack[sp + 1] = code[pc + 1]; stack[sp + 2] = pos; sp += 4;
          pc += 2;
          break;
        case Op.VERB: {
          const k = code[pc + 1];
          if (k === VK_SKIPNAME && ++this.skipArgCount <= this.ignoreSkipArg) { pc += 3; break; }
          stack[sp] = BT_VERB; stack[sp + 1] = k; stack[sp + 2] = code[pc + 2]; stack[sp + 3] = pos; sp += 4;
          pc += 3;
          break;
        }
        case Op.ACCEPT: {
          // ends the innermost subroutine call or assertion, else the whole match
          let i = sp - 4;
          for (; i >= 0; i -= 4) {
            const k = stack[i];
            if (k === BT_CALL || (k === BT_MARK && stack[i + 1] !== Mark.ATOMIC)) break;
          }
          if (i < 0) {
            if ((o.notempty && pos === caps[0]) || (o.notemptyAtstart && pos === caps[0] && caps[0] === this.gstart)) {
              fail = true;
              break;
            }
            caps[1] = pos;
            this.left = limit;
            return 1;
          }
          if (stack[i] === BT_CALL) {
            sp = this.ret(i, sp); pc = this.retPc; fp = this.retFp;
            break;
          }
          if (stack[i + 1] === Mark.NEG) { sp = this.undo(i, sp); fail = true; break; }
          pos = stack[i + 2];
          pc = stack[i + 3];
          sp = this.cut(i, sp);
          if (stack[i + 1] === Mark.CONDPOS) fail = true;
          break;
        }
        case Op.FAIL: fail = true; break;
        case Op.MATCH:
          if ((o.notempty && pos === caps[0]) || (o.notemptyAtstart && pos === caps[0] && caps[0] === this.gstart)) {
            fail = true;
            break;
          }
          this.left = limit;
          return 1;
      }
      if (!fail) continue;
      // backtrack
      for (;;) {
        if (sp === 0) { this.left = limit; return 0; }
        if (--limit < 0) { this.left = 0; return -1; }
        sp -= 4;
        const k = stack[sp];
        if (k === BT_BRANCH || k === BT_ABRANCH) { pc = stack[sp + 1]; pos = stack[sp + 2]; break; }
        if (k === BT_CAP) { caps[stack[sp + 1]] = stack[sp + 2]; continue; }
        if (k === BT_CAP2) { const j = stack[sp + 1]; caps[j] = stack[sp + 2]; caps[j + 1] = stack[sp + 3]; continue; }
        if (k === BT_REG) { regs[stack[sp + 1]] = stack[sp + 2]; continue; }
        if (k === BT_REPG) {
          const p = this.utf ? prevStart(s, stack[sp + 2]) : stack[sp + 2] - 1;
          pc = stack[sp + 1];
          pos = p;
          if (p > stack[sp + 3]) { stack[sp + 2] = p; sp += 4; }
          break;
        }
        if (k === BT_REPL) {
          const rpc = stack[sp + 1];
          const np = this.one(rpc + 6, stack[sp + 2]);
          if (np < 0) continue;
          const n = stack[sp + 3] + 1;
          const max = code[rpc + 2];
          if (max < 0 || n < max) { stack[sp + 2] = np; stack[sp + 3] = n; sp += 4; }
          pos = np;
          pc = rpc + 6 + code[rpc + 4];
          break;
        }
        if (k === BT_MARK) {
          // a negative lookaround whose body failed succeeds; so does a condition's assertion, to its `no` branch
          const mk = stack[sp + 1];
          if (mk === Mark.NEG || mk === Mark.CONDPOS) { pos = stack[sp + 2]; pc = stack[sp + 3]; break; }
          continue;
        }
        if (k === BT_CALL) { fp = stack[sp + 3]; continue; }
        if (k === BT_VERB) {
          const r = this.unwind(sp, fp);
          if (r > 0) return r;
          if (r === 0) { sp = this.uSp; pos = this.uPos; pc = this.uPc; fp = this.uFp; break; }
          sp = this.uSp; fp = this.uFp;
          continue;
        }
        // BT_NOP, BT_NMARK, BT_THEN: nothing to undo
      }
    }
  }

  retPc = 0;
  retFp = -1;

  /** Returns from the call whose entry is at f: its captures revert, its backtrack points go (PCRE 8 calls are atomic). */
  private ret(f: number, sp: number): number {
    const keep0 = caps[0];
    this.retPc = stack[f + 2];
    this.retFp = stack[f + 3];
    sp = this.undo(f, sp);
    if (caps[0] !== keep0) {
      // \K inside the call still moves the match start
      stack[sp] = BT_CAP; stack[sp + 1] = 0; stack[sp + 2] = caps[0]; sp += 4;
      caps[0] = keep0;
    }
    return sp;
  }

  uSp = 0;
  uPos = 0;
  uPc = 0;
  uFp = -1;

  /**
   * Backtracking reached the verb entry at sp: drop every backtrack point up
   * to the place that catches it. Returns a run() result (> 0) when it
   * reaches the bottom, 0 to resume matching at uPc/uPos (a negative
   * assertion became true), or -1 to go on backtracking normally from uSp.
   */
  private unwind(sp: number, fp: number): number {
    let kind = stack[sp + 1];
    const arg = stack[sp + 2];
    let skipPos = stack[sp + 3];
    const thenAt = kind === VK_THEN && arg >= 0 ? regs[arg] : -1;
    for (;;) {
      if (thenAt >= 0 && (sp === thenAt + 4 || (sp === thenAt + 8 && stack[thenAt + 4] === BT_ABRANCH))) {
        // the next alternative of the THEN's alternation, or failure of the whole alternation
        this.uSp = sp; this.uFp = fp;
        return -1;
      }
      if (sp === 0) {
        if (kind === VK_COMMIT) return R_COMMIT;
        if (kind === VK_SKIP) { this.skipTo = skipPos; return R_SKIP; }
        if (kind === VK_SKIPNAME) return R_SKIPARG;
        this.skipTo = -1;
        return R_SKIP;
      }
      sp -= 4;
      const k = stack[sp];
      if (k === BT_CAP) caps[stack[sp + 1]] = stack[sp + 2];
      else if (k === BT_CAP2) { const j = stack[sp + 1]; caps[j] = stack[sp + 2]; caps[j + 1] = stack[sp + 3]; }
      else if (k === BT_REG) regs[stack[sp + 1]] = stack[sp + 2];
      else if (k === BT_MARK) {
        const mk = stack[sp + 1];
        if (mk === Mark.NEG || (mk === Mark.CONDPOS && kind === VK_THEN)) {
          // verbs cannot escape a negative assertion: it becomes true (a condition's assertion: false)
          this.uSp = sp; this.uPos = stack[sp + 2]; this.uPc = stack[sp + 3]; this.uFp = fp;
          return 0;
        }
      } else if (k === BT_CALL) {
        // nor a subroutine call: the call fails
        this.uSp = sp; this.uFp = stack[sp + 3];
        return -1;
      } else if (k === BT_NMARK && kind === VK_SKIPNAME && stack[sp + 1] === arg) {
        kind = VK_SKIP;
        skipPos = stack[sp + 2];
      }
    }
  }

  private caselessRef(bs: number, be: number, pos: number): number {
    const s = this.s;
    const end = s.length;
    let i = bs;
    while (i < be) {
      if (pos >= end) return -1;
      if (!this.utf) {
        const a = s[i], b = s[pos];
        if (a !== b && latin1Flip[a] !== b) return -1;
        i++; pos++;
        continue;
      }
      const a = decodeAt(s, i), b = decodeAt(s, pos);
      if (a !== b && !caseVariants(a).includes(b)) return -1;
      i += seqLen(s[i]);
      pos += seqLen(s[pos]);
    }
    return pos;
  }
}

const matcher = new Matcher();

