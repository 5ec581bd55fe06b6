// The backtracking matcher. It runs a Program over the subject's bytes with
// an explicit backtrack stack (no JS recursion, so long subjects cannot
// overflow the JS stack). Stack entries are 4 ints:
//   BRANCH pc pos -        resume at pc with pos
//   CAP    slot old -      restore a capture slot
//   REG    r old -         restore a register
//   REPG   pc pos minPos   greedy single-char repeat: give back one char
//   REPL   pc pos count    lazy single-char repeat: take one more char
//   MARK   kind pos cont   atomic group / lookaround boundary

import { Op, Mark, type Program } from './compile.js';
import { A } from './parse.js';
import {
  caseVariants, decodeAt, isWordLatin1, isWordUcp, latin1Flip, prevStart, seqLen, uprop,
} from './chars.js';

const BT_BRANCH = 0, BT_CAP = 1, BT_REG = 2, BT_REPG = 3, BT_REPL = 4, BT_MARK = 5;

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

let stack = new Int32Array(1024);
let caps = new Int32Array(64);
let regs = new Int32Array(16);

/** Pushes one backtrack entry; returns the new stack pointer. */
function push(sp: number, a: number, b: number, c: number, d: number): number {
  if (sp + 4 > stack.length) {
    const n = new Int32Array(stack.length * 2);
    n.set(stack);
    stack = n;
  }
  stack[sp] = a; stack[sp + 1] = b; stack[sp + 2] = c; stack[sp + 3] = d;
  return sp + 4;
}
const P_M = uprop('M')!;

export function exec(prog: Program, s: Uint8Array, start: number, o: MatchOpts, ovector: Int32Array): number {
  const end = s.length;
  const ncaps = (prog.ncap + 1) * 2;
  if (caps.length < ncaps) caps = new Int32Array(ncaps * 2);
  if (regs.length < prog.nregs) regs = new Int32Array(prog.nregs * 2);
  if (end - start < prog.minLength) return 0;
  if (prog.reqByte >= 0 && s.indexOf(prog.reqByte, start) < 0) return 0;
  const m = new Matcher(prog, s, o, start);
  let limit = o.matchLimit;
  let firstlineEnd = end;
  if (o.firstline) {
    for (let i = start; i < end; i++) if (m.nlAt(i) > 0) { firstlineEnd = i; break; }
  }
  const anchored = o.anchored || prog.anchoredStart;
  for (let at = start; at <= end; ) {
    if (prog.firstByte >= 0 && !anchored) {
      const i = s.indexOf(prog.firstByte, at);
      if (i < 0) return 0;
      at = i;
    } else if (prog.lineStart && !anchored && at > 0 && at > start) {
      // skip to the next line start
      while (at < end && m.nlBefore(at) === 0) at++;
      if (at >= end) return 0;
    }
    if (o.firstline && at > firstlineEnd) return 0;
    if (prog.anchoredStart && !o.anchored && at > 0 && !prog.lineStart) {
      // ^ or \A first: only position 0 can match
      if (at !== 0) return 0;
    }
    const r = m.run(at, limit);
    if (r > 0) {
      for (let i = 0; i < ncaps; i++) ovector[i] = caps[i];
      let hi = prog.ncap;
      while (hi > 0 && caps[hi * 2] < 0) hi--;
      return hi + 1;
    }
    if (r < 0) return MATCH_LIMIT;
    limit = m.left;
    if (anchored) return 0;
    if (at >= end) break;
    at += prog.utf ? seqLen(s[at]) : 1;
  }
  return 0;
}

class Matcher {
  left = 0;
  readonly code: Int32Array;
  readonly utf: boolean;
  constructor(readonly prog: Program, readonly s: Uint8Array, readonly o: MatchOpts, readonly gstart: number) {
    this.code = prog.code;
    this.utf = prog.utf;
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
        if (this.nlAt(pos) > 0) {
          // CRLF mode: a lone CR is an ordinary character
          return -1;
        }
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

  /** One match attempt at `at`; 1 match, 0 none, -1 limit. */
  run(at: number, limit: number): number {
    const code = this.code;
    const s = this.s;
    const end = s.length;
    const o = this.o;
    const ncaps = (this.prog.ncap + 1) * 2;
    for (let i = 0; i < ncaps; i++) caps[i] = -1;
    let sp = 0;
    let pc = 0;
    let pos = at;
    for (;;) {
      let fail = false;
      switch (code[pc]) {
        case Op.CHAR:
          if (pos < end && s[pos] === code[pc + 1]) { pos++; pc += 2; } else fail = true;
          break;
        case Op.CHARI:
          if (pos < end && (s[pos] === code[pc + 1] || s[pos] === code[pc + 2])) { pos++; pc += 3; } else fail = true;
          break;
        case Op.ANY: case Op.ALLANY: case Op.SET: {
          const np = this.one(pc, pos);
          if (np < 0) fail = true; else { pos = np; pc += this.oneLen(code[pc]); }
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
          if (s[pos] === 13 && s[pos + 1] === 10) { pos += 2; pc++; break; }
          pos += this.utf ? seqLen(s[pos]) : 1;
          while (this.utf && pos < end && P_M.has(decodeAt(s, pos))) pos += seqLen(s[pos]);
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
            if (alt >= 0) np = p < end && this.prog.sets[alt].has(s[p]) ? p + (this.utf ? seqLen(s[p]) : 1) : -1;
            else np = this.one(item, p);
            if (np < 0) break;
            p = np; n++;
          }
          if (n < min) { fail = true; break; }
          if (mode === 1) {
            if (max < 0 || n < max) sp = push(sp, BT_REPL, pc, p, n);
            pos = p; pc = next;
            break;
          }
          const minPos = p;
          while (max < 0 || n < max) {
            const np = this.one(item, p);
            if (np < 0) break;
            p = np; n++;
          }
          if (mode === 0 && p > minPos) sp = push(sp, BT_REPG, next, p, minPos);
          pos = p; pc = next;
          break;
        }
        case Op.ASSERT:
          if (this.assert(code[pc + 1], pos)) pc += 2; else fail = true;
          break;
        case Op.SPLIT:
          if (--limit < 0) { this.left = 0; return -1; }
          sp = push(sp, BT_BRANCH, code[pc + 2], pos, 0);
          pc = code[pc + 1];
          break;
        case Op.JMP: pc = code[pc + 1]; break;
        case Op.SAVE: {
          const k = code[pc + 1];
          sp = push(sp, BT_CAP, k, caps[k], 0);
          caps[k] = pos;
          pc += 2;
          break;
        }
        case Op.NCSTART: {
          const r = code[pc + 1];
          sp = push(sp, BT_REG, r, regs[r], 0);
          regs[r] = pos;
          pc += 2;
          break;
        }
        case Op.NCEND:
          pc = pos === regs[code[pc + 1]] ? code[pc + 2] : pc + 3;
          break;
        case Op.MARK: {
          const r = code[pc + 2];
          sp = push(sp, BT_REG, r, regs[r], 0);
          regs[r] = sp;
          sp = push(sp, BT_MARK, code[pc + 1], pos, code[pc + 3]);
          pc += 4;
          break;
        }
        case Op.MARKEND: {
          const m = regs[code[pc + 1]];
          if (code[pc + 2] === 1) pos = stack[m + 2];
          // drop branches inside the group, keeping the restore entries
          let w = m;
          for (let i = m + 4; i < sp; i += 4) {
            const k = stack[i];
            if (k === BT_CAP || k === BT_REG) {
              stack[w] = k; stack[w + 1] = stack[i + 1]; stack[w + 2] = stack[i + 2]; w += 4;
            }
          }
          sp = w;
          pc += 3;
          break;
        }
        case Op.NEGEND: {
          // the negative assertion's body matched: undo it and fail
          const m = regs[code[pc + 1]];
          while (sp > m) {
            sp -= 4;
            if (stack[sp] === BT_CAP) caps[stack[sp + 1]] = stack[sp + 2];
            else if (stack[sp] === BT_REG) regs[stack[sp + 1]] = stack[sp + 2];
          }
          fail = true;
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
          if (pos + len > end) { fail = true; break; }
          if (code[pc + 2] === 0) {
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
          const g = code[pc + 1];
          pc = caps[g * 2 + 1] >= 0 ? pc + 3 : code[pc + 2];
          break;
        }
        case Op.KEEP: {
          sp = push(sp, BT_CAP, 0, caps[0], 0);
          caps[0] = pos;
          pc++;
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
        if (k === BT_BRANCH) { pc = stack[sp + 1]; pos = stack[sp + 2]; break; }
        if (k === BT_CAP) { caps[stack[sp + 1]] = stack[sp + 2]; continue; }
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
        // BT_MARK: a negative lookaround whose body failed succeeds
        if (stack[sp + 1] === Mark.NEG) { pos = stack[sp + 2]; pc = stack[sp + 3]; break; }
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
