// The Code chunk's instruction stream checked and measured without
// building it: what lazy loading does at load time (see LazyCode in ir.ts).
//
// The scan walks every operand and applies the same checks as the decoder
// (code.ts), so a malformed module is still a LoadError at load time; but
// it allocates nothing per instruction. What it keeps: each label's
// instruction index, the functions (func_info) and where each starts, in
// instructions and in bytes, so that any function can later be decoded on
// its own at its final positions. Left for the decode: the literal table
// (inflating it, literal indices in range, each term well-formed).

import { CompactReader, MAX_REG, TAG_U, TAG_X, TAG_Y } from './compact.js';
import { ARITY, SPECIAL, smallU } from './code.js';
import type { FunctionInfo } from './ir.js';
import type { LiteralTable } from './literal.js';
import { MAX_OPCODE, Op } from './opcodes.js';
import { Atom } from '../term/types.js';

export interface ScanInput {
  /** a reader over the Code chunk positioned at the first instruction */
  r: CompactReader;
  opcodeMax: number;
  labelCount: number;
  atoms: Atom[];
  literals: LiteralTable;
  typeCount: number;
  importCount: number;
  funCount: number;
}

export interface ScannedCode {
  /** number of instructions (int_code_end excluded) */
  count: number;
  /** label number -> instruction index (-1: undefined) */
  labels: Int32Array;
  functions: FunctionInfo[];
  /** per function: its first instruction (leading labels and lines included) */
  starts: Int32Array;
  /** per function: the byte offset of that instruction in the chunk */
  startBytes: Int32Array;
  /** instruction indices of on_load instructions */
  onLoad: number[];
}

// operand kinds the scan reports (0..6: the compact tags u i a x y f h)
const K_LIST = 8;
const K_LITERAL = 9;
const K_OTHER = 10;

export function scanCode(inp: ScanInput): ScannedCode {
  const s = new CodeScanner(inp);
  while (s.instr());
  const r = inp.r;
  r.pos = s.pos;
  if (s.pending !== null) r.fail('func_info not followed by its entry label');
  const { labels, used } = s;
  for (let n = 1; n < inp.labelCount; n++) {
    if (used[n] !== 0 && labels[n] === -1) r.fail(`label ${n} is used but never defined`);
  }
  const nf = s.functions.length;
  return {
    count: s.index,
    labels,
    functions: s.functions,
    starts: Int32Array.from(s.starts.slice(0, nf)),
    startBytes: Int32Array.from(s.startBytes.slice(0, nf)),
    onLoad: s.onLoad,
  };
}

class CodeScanner {
  readonly r: CompactReader;
  readonly buf: Uint8Array;
  readonly end: number;
  pos: number;
  readonly maxOp: number;
  readonly labelCount: number;
  readonly atomCount: number;
  readonly labels: Int32Array;
  readonly used: Uint8Array;
  readonly functions: FunctionInfo[] = [];
  readonly starts: number[] = [];
  readonly startBytes: number[] = [];
  readonly onLoad: number[] = [];
  pending: FunctionInfo | null = null;
  /** the value of the operand just scanned (kinds u/i/a/f and literal) */
  v = 0;
  index = 0;
  /** where the current run of label/line instructions began (a function's start) */
  runIndex = -1;
  runByte = 0;
  /** the previous instruction was a label or line */
  inRun = false;
  // the first three operands of a SPECIAL instruction: kind and value
  k0 = 0; v0 = 0; k1 = 0; v1 = 0; k2 = 0; v2 = 0;

  constructor(readonly inp: ScanInput) {
    const r = (this.r = inp.r);
    this.buf = r.buf;
    this.end = r.end;
    this.pos = r.pos;
    this.maxOp = Math.min(inp.opcodeMax, MAX_OPCODE);
    this.labelCount = inp.labelCount;
    this.atomCount = inp.atoms.length;
    this.labels = new Int32Array(inp.labelCount).fill(-1);
    this.used = new Uint8Array(inp.labelCount);
  }

  fail(pos: number, problem: string): never {
    this.r.pos = pos;
    return this.r.fail(problem);
  }

  /** Scan one instruction; false at int_code_end. */
  instr(): boolean {
    const buf = this.buf;
    let pos = this.pos;
    if (pos >= this.end) this.fail(pos, 'code ends without int_code_end');
    const at = pos;
    const op = buf[pos++];
    if (op === 0 || op > this.maxOp || ARITY[op] === 255) this.fail(at, `unsupported opcode ${op} (opcode_max ${this.inp.opcodeMax})`);
    if (op === Op.int_code_end) {
      this.pos = pos;
      return false;
    }
    const arity = ARITY[op];
    this.pos = pos;
    const index = this.index++;
    if (op === Op.label || op === Op.line) {
      if (!this.inRun) {
        this.inRun = true;
        this.runIndex = index;
        this.runByte = at;
      }
    } else if (op !== Op.func_info) {
      this.inRun = false;
    }
    if (SPECIAL[op] === 0) {
      this.operands(arity, false);
      if (this.pending !== null && op !== Op.line) this.fail(this.pos, 'func_info not followed by its entry label');
      if (op === Op.on_load) this.onLoad.push(index);
      return true;
    }
    for (let i = 0; i < arity; i++) {
      const k = this.operand(false);
      if (i === 0) { this.k0 = k; this.v0 = this.v; }
      else if (i === 1) { this.k1 = k; this.v1 = this.v; }
      else if (i === 2) { this.k2 = k; this.v2 = this.v; }
    }
    this.special(op, index, at);
    return true;
  }

  /** The checks of the instructions the decoder rewrites. */
  special(op: number, index: number, at: number): void {
    const r = this.r;
    r.pos = this.pos;
    switch (op) {
      case Op.label: {
        const n = this.v0;
        if (this.k0 !== TAG_U || n === 0 || n >= this.labelCount) r.fail(`bad label ${this.k0 !== TAG_U ? '(not a number)' : n} at offset ${at}`);
        if (this.labels[n] !== -1) r.fail(`label ${n} defined twice`);
        this.labels[n] = index;
        if (this.pending !== null) {
          this.pending.entry = index;
          this.pending = null;
        }
        break;
      }
      case Op.func_info: {
        if (this.pending !== null) r.fail('func_info not followed by its entry label');
        const name = this.atomOperand(this.k1, this.v1);
        if (name === null || this.k2 !== TAG_U) r.fail(`bad func_info at offset ${at}`);
        const fi: FunctionInfo = { name: name!, arity: this.v2, entry: -1, funcInfo: index };
        this.functions.push(fi);
        this.pending = fi;
        // the function starts at the labels and lines right before it
        this.starts.push(this.inRun ? this.runIndex : index);
        this.startBytes.push(this.inRun ? this.runByte : at);
        this.inRun = false;
        break;
      }
      case Op.call_ext:
      case Op.call_ext_last:
      case Op.call_ext_only:
      case Op.bif1:
      case Op.bif2:
        this.importAt(this.k1, this.v1);
        break;
      case Op.bif0:
        this.importAt(this.k0, this.v0);
        break;
      case Op.gc_bif1:
      case Op.gc_bif2:
      case Op.gc_bif3:
        this.importAt(this.k2, this.v2);
        break;
      case Op.make_fun2:
      case Op.make_fun3:
        this.funIndex(this.k0, this.v0);
        break;
      case Op.call_fun2:
        if (this.k0 === TAG_U) this.funIndex(this.k0, this.v0);
        break;
    }
  }

  /** The atom an operand of kind k, value v stands for, or null when it is no atom. */
  atomOperand(k: number, v: number): Atom | null {
    if (k === 2) return v === 0 ? null : this.inp.atoms[v];
    if (k === K_LITERAL) {
      if (v >= this.inp.literals.count) return null;
      // compilers never put a literal here, but the decoder accepts an atom one
      const t = this.inp.literals.term(v);
      return t instanceof Atom ? t : null;
    }
    return null;
  }

  importAt(k: number, v: number): void {
    if (k !== TAG_U || v >= this.inp.importCount) this.r.fail(`bad import index ${k !== TAG_U ? '(not a number)' : v}`);
  }

  funIndex(k: number, v: number): void {
    const count = this.inp.funCount;
    if (k !== TAG_U || v >= count) this.r.fail(`bad fun index ${k !== TAG_U ? '(not a number)' : v} (${count} funs)`);
  }

  /**
   * Check `count` operands from this.pos and step over them. The common
   * ones (one or two bytes, not extended) are handled in this loop; the
   * rest, and every one with a problem to report, by operand().
   */
  operands(count: number, inList: boolean): void {
    const buf = this.buf;
    const end = this.end;
    let pos = this.pos;
    for (let i = 0; i < count; i++) {
      if (pos + 1 < end) {
        const b = buf[pos];
        let n = -1;
        let next = 0;
        if ((b & 0x08) === 0) {
          n = b >> 4;
          next = pos + 1;
        } else if ((b & 0x10) === 0) {
          n = ((b >> 5) << 8) | buf[pos + 1];
          next = pos + 2;
        }
        if (n >= 0) {
          const tag = b & 7;
          if (tag === 5) {
            if (n < this.labelCount) {
              this.used[n] = 1;
              pos = next;
              continue;
            }
          } else if (tag === 2) {
            if (n < this.atomCount) {
              pos = next;
              continue;
            }
          } else if (tag === 3 || tag === 4) {
            if (n < MAX_REG) {
              pos = next;
              continue;
            }
          } else if (tag !== 7) {
            pos = next;
            continue;
          }
        }
      }
      this.pos = pos;
      this.operand(inList);
      pos = this.pos;
    }
    this.pos = pos;
  }

  /** Check the operand at this.pos and step over it; its kind, its value in this.v. */
  operand(inList: boolean): number {
    const buf = this.buf;
    const end = this.end;
    let pos = this.pos;
    if (pos >= end) this.fail(pos, `truncated at offset ${pos}`);
    const b = buf[pos];
    let tag = b & 7;
    let n: number;
    const len = (b >> 5) + 2;
    if ((b & 0x08) === 0) {
      n = b >> 4;
      pos++;
    } else if ((b & 0x10) === 0 && pos + 1 < end) {
      n = ((b >> 5) << 8) | buf[pos + 1];
      pos += 2;
    } else if (len <= 4 && pos + len < end) {
      // 2..4 bytes, big-endian: labels, atoms and literals of big modules;
      // unsigned, as the general reader reads them (an i's value is not used)
      n = 0;
      for (let i = 1; i <= len; i++) n = n * 256 + buf[pos + i];
      pos += len + 1;
    } else {
      // a large value (or a truncated one): the general reader
      const r = this.r;
      r.pos = pos;
      tag = r.readTagged();
      n = r.big !== null ? 0 : r.val;
      pos = r.pos;
    }
    this.pos = pos;
    this.v = n;
    switch (tag) {
      case 2:
        if (n >= this.atomCount) this.fail(pos, `atom index ${n} out of range (${this.atomCount - 1} atoms)`);
        return 2;
      case 3:
        if (n >= MAX_REG) this.fail(pos, `register x${n} out of range`);
        return 3;
      case 4:
        if (n >= MAX_REG) this.fail(pos, `register y${n} out of range`);
        return 4;
      case 5:
        if (n >= this.labelCount) this.fail(pos, `label ${n} out of range (label count ${this.labelCount})`);
        this.used[n] = 1;
        return 5;
      case 7:
        return this.extended(n, inList);
      default:
        return tag; // u, i, h: any value
    }
  }

  /** An extended operand (after its z tag, at this.pos). */
  extended(ext: number, inList: boolean): number {
    const r = this.r;
    const buf = this.buf, end = this.end;
    let pos = this.pos;
    switch (ext) {
      case 1: {
        if (inList) this.fail(pos, 'nested operand list');
        let count: number;
        const u = pos < end ? smallU(buf, pos, end) : -1;
        if (u >= 0) {
          count = u >> 2;
          pos += u & 3;
        } else {
          r.pos = pos;
          count = r.readU('list length');
          pos = r.pos;
        }
        this.pos = pos;
        if (count > end - pos) this.fail(pos, `list of ${count} operands exceeds the chunk`);
        this.operands(count, true);
        return K_LIST;
      }
      case 4: {
        let n: number;
        const u = pos < end ? smallU(buf, pos, end) : -1;
        if (u >= 0) {
          n = u >> 2;
          pos += u & 3;
        } else {
          r.pos = pos;
          n = r.readU('literal index');
          pos = r.pos;
        }
        // the index is checked when the function is decoded: checking it
        // here would mean inflating the literal table of every module loaded
        this.pos = pos;
        this.v = n;
        return K_LITERAL;
      }
      case 0:
        // pre-R16 float literal: 8 bytes
        r.pos = pos;
        r.need(8);
        this.pos = pos + 8;
        return K_OTHER;
      case 2: {
        r.pos = pos;
        const n = r.readU('float register');
        if (n >= MAX_REG) r.fail(`register fr${n} out of range`);
        this.pos = r.pos;
        return K_OTHER;
      }
      case 3: {
        r.pos = pos;
        const n = r.readU('allocation list length');
        if (n > 3) r.fail(`allocation list of ${n} entries`);
        for (let i = 0; i < n; i++) {
          const kind = r.readU('allocation kind');
          r.readU('allocation amount');
          if (kind > 2) r.fail(`invalid allocation kind ${kind}`);
        }
        this.pos = r.pos;
        return K_OTHER;
      }
      case 5: {
        // {typed register, x/y, type index}: common in OTP 25+ code
        const rb = pos + 1 < end ? buf[pos] : 0;
        const rk = rb & 7;
        if ((rb & 0x08) === 0 && (rk === TAG_X || rk === TAG_Y)) {
          const u = smallU(buf, pos + 1, end);
          const tc = this.inp.typeCount;
          if (u >= 0 && (tc === 0 || (u >> 2) < tc)) {
            this.pos = pos + 1 + (u & 3);
            return rk;
          }
        }
        r.pos = pos;
        const tag = r.readTagged();
        const n = r.val;
        if (tag !== TAG_X && tag !== TAG_Y) r.fail('typed register is not an x or y register');
        if (n >= MAX_REG) r.fail(`register ${tag === TAG_X ? 'x' : 'y'}${n} out of range`);
        const type = r.readU('type index');
        const tc = this.inp.typeCount;
        if (tc !== 0 && type >= tc) r.fail(`type index ${type} out of range (${tc} types)`);
        this.pos = r.pos;
        return tag;
      }
      default:
        r.pos = pos;
        return r.fail(`unknown extended tag ${ext}`);
    }
  }
}
