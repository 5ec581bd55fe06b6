// The Code chunk's instruction stream -> Instr[] (see ir.ts).
//
// Start-up decodes tens of thousands of instructions (with lazy loading,
// those of the functions it runs: decodeRange) while the JS engine still
// runs this code unoptimised, so it is written for that: the common operands (tags
// u/i/a/x/y/f/h with values up to 2047, literal references, operand lists,
// typed registers) are read straight from the bytes, and operand objects
// are shared (registers, small integers, atoms, one Label per label number)
// instead of fresh ones. The rare forms (big integers, floats, float
// registers, allocation lists) and every malformed input go through
// CompactReader/readOperand, which reports them as a LoadError.
// Small methods called per instruction and per operand (not one loop over
// the module) keep the optimising compiler's work small: measured, a single
// big loop was compiled several times over at a cost larger than the loop.

import { CompactReader, LIT_NIL, MAX_REG, atomLit, intLit, readOperand, regX, regY, type OperandContext } from './compact.js';
import { ExtList, Import, Instr, Label, Lit, Reg, RegKind, type FunctionInfo, type Operand } from './ir.js';
import { MAX_OPCODE, OPCODES, Op } from './opcodes.js';
import type { LiteralTable } from './literal.js';
import { Atom } from '../term/types.js';

export const NO_LABEL = new Label(-1);

/** opcode -> arity, 255 for numbers genop.tab does not define */
export const ARITY = new Uint8Array(MAX_OPCODE + 1).fill(255);
for (let op = 1; op <= MAX_OPCODE; op++) {
  const info = OPCODES[op];
  if (info !== undefined) ARITY[op] = info.arity;
}

/** opcodes whose operands the loader rewrites after reading (see fixups below) */
export const SPECIAL = new Uint8Array(MAX_OPCODE + 1);
for (const op of [
  Op.label, Op.func_info, Op.int_code_end, Op.call_ext, Op.call_ext_last, Op.call_ext_only,
  Op.bif0, Op.bif1, Op.bif2, Op.gc_bif1, Op.gc_bif2, Op.gc_bif3, Op.make_fun2, Op.make_fun3, Op.call_fun2,
]) SPECIAL[op] = 1;

/**
 * A one- or two-byte u operand at buf[pos]: (value << 2) | its length in
 * bytes, or -1 when it is anything else (left to the general reader).
 */
export function smallU(buf: Uint8Array, pos: number, end: number): number {
  const b = buf[pos];
  if ((b & 0x0f) === 0) return ((b >> 4) << 2) | 1;
  if ((b & 0x1f) === 0x08 && pos + 1 < end) return ((((b >> 5) << 8) | buf[pos + 1]) << 2) | 2;
  return -1;
}

export interface DecodedCode {
  code: Instr[];
  /** label number -> index into code (-1: undefined) */
  labels: Int32Array;
  functions: FunctionInfo[];
}

export interface CodeInput {
  /** a reader over the Code chunk positioned at the first instruction */
  r: CompactReader;
  opcodeMax: number;
  labelCount: number;
  atoms: Atom[];
  literals: LiteralTable;
  typeCount: number;
  imports: Import[];
  funCount: number;
}

/**
 * Decode the instructions; make_fun/call_fun operands are left as FunT
 * indices and listed in `funPatches` for the caller to resolve.
 */
export function decodeCode(inp: CodeInput, funPatches: number[]): DecodedCode {
  const d = new CodeDecoder(inp, funPatches, [], new Int32Array(inp.labelCount).fill(-1), new Array(inp.labelCount), false);
  while (d.instr());
  const r = inp.r;
  r.pos = d.pos;
  if (d.pendingEntry !== null) r.fail('func_info not followed by its entry label');

  // every used label must be defined; point each at its instruction
  const { labels, labelObjs } = d;
  for (let n = 1; n < inp.labelCount; n++) {
    const l = labelObjs[n];
    if (l === undefined) continue;
    if (labels[n] === -1) r.fail(`label ${n} is used but never defined`);
    (l as { index: number }).index = labels[n];
  }
  return { code: d.code, labels, functions: d.functions };
}

/**
 * Decode instructions [from, to) of a Code chunk validated by scanCode,
 * whose first byte is at inp.r.pos, into code[from..to). Labels are the
 * scan's (one shared Label per number, kept in labelObjs); make_fun/call_fun
 * operands are left as FunT indices and listed in `funPatches`.
 * With an index stored at pack time (beam_index.ts) instead of a scan,
 * the labels inside function bodies are placed here, as they are met;
 * returned: the labels the range uses that are not placed yet (elsewhere
 * or nowhere).
 */
export function decodeRange(
  inp: CodeInput, labels: Int32Array, labelObjs: (Label | undefined)[],
  code: Instr[], from: number, to: number, funPatches: number[], endByte: number,
): number[] {
  const d = new CodeDecoder(inp, funPatches, code, labels, labelObjs, true);
  d.next = from;
  while (d.next < to) d.instr();
  // the range must end where the next begins (endByte; -1: at int_code_end):
  // an index stored with the module is checked by this
  if (endByte >= 0 ? d.pos !== endByte : d.pos >= d.end || d.buf[d.pos] !== Op.int_code_end) {
    d.fail(d.pos, `code index does not fit the code: instructions ${from}..${to - 1} end at byte ${d.pos}`);
  }
  const open = d.unplaced;
  return open.length === 0 ? open : open.filter((n) => labels[n] === -1);
}

class CodeDecoder {
  readonly r: CompactReader;
  readonly buf: Uint8Array;
  readonly end: number;
  pos: number;
  readonly maxOp: number;
  readonly labelCount: number;
  readonly atoms: Atom[];
  readonly literals: LiteralTable;
  readonly typeCount: number;
  readonly ctx: OperandContext;
  readonly functions: FunctionInfo[] = [];
  pendingEntry: FunctionInfo | null = null;
  /** lazily: labels used before being placed */
  readonly unplaced: number[] = [];
  /** index of the next instruction */
  next = 0;

  constructor(
    readonly inp: CodeInput,
    readonly funPatches: number[],
    readonly code: Instr[],
    /** label number -> index: filled as labels are met, or the scan's (lazy) */
    readonly labels: Int32Array,
    readonly labelObjs: (Label | undefined)[],
    /** decoding a range the scan has validated: labels and functions are known */
    readonly lazy: boolean,
  ) {
    const r = (this.r = inp.r);
    this.buf = r.buf;
    this.end = r.end;
    this.pos = r.pos;
    this.maxOp = Math.min(inp.opcodeMax, MAX_OPCODE);
    const labelCount = (this.labelCount = inp.labelCount);
    this.atoms = inp.atoms;
    this.literals = inp.literals;
    this.typeCount = inp.typeCount;
    this.ctx = {
      atoms: inp.atoms,
      literals: inp.literals,
      typeCount: inp.typeCount,
      label: (n: number): Label => {
        if (n === 0) return NO_LABEL;
        if (n >= labelCount) r.fail(`label ${n} out of range (label count ${labelCount})`);
        const l = labelObjs[n];
        return l !== undefined ? l : this.newLabel(n, r.pos);
      },
    };
  }

  /** The shared Label of label n (0 < n < labelCount), met for the first time. */
  newLabel(n: number, _pos: number): Label {
    const at = this.labels[n];
    // decodeCode places labels at the end; lazily, at their label instruction
    if (this.lazy && at === -1) this.unplaced.push(n);
    return (this.labelObjs[n] = new Label(at));
  }

  fail(pos: number, problem: string): never {
    this.r.pos = pos;
    return this.r.fail(problem);
  }

  /** Decode one instruction; false at int_code_end. */
  instr(): boolean {
    const buf = this.buf;
    const end = this.end;
    let pos = this.pos;
    if (pos >= end) this.fail(pos, 'code ends without int_code_end');
    const at = pos;
    const op = buf[pos++];
    if (op === 0 || op > this.maxOp || ARITY[op] === 255) this.fail(at, `unsupported opcode ${op} (opcode_max ${this.inp.opcodeMax})`);
    if (op === Op.int_code_end) {
      this.pos = pos;
      return false;
    }
    const arity = ARITY[op];
    const args: Operand[] = new Array(arity);
    this.pos = pos;
    for (let i = 0; i < arity; i++) args[i] = this.operand(false);
    pos = this.pos;
    const index = this.next++;
    if (SPECIAL[op] === 0) {
      if (this.pendingEntry !== null && op !== Op.line) this.fail(pos, 'func_info not followed by its entry label');
    } else {
      this.r.pos = pos;
      this.special(op, args, index, at);
    }
    this.code[index] = new Instr(op, args);
    return true;
  }

  /** Read the operand at this.pos (an item of an operand list when inList). */
  operand(inList: boolean): Operand {
    const buf = this.buf;
    const end = this.end;
    let pos = this.pos;
    if (pos >= end) this.fail(pos, `truncated at offset ${pos}`);
    const at = pos;
    const b = buf[pos];
    let v: Operand;
    let n: number;
    let tag = b & 7;
    if ((b & 0x08) === 0) {
      // one byte: the value is the high nibble
      n = b >> 4;
      pos++;
    } else if ((b & 0x10) === 0 && pos + 1 < end) {
      // two bytes: 3 high bits and the next byte (never negative)
      n = ((b >> 5) << 8) | buf[pos + 1];
      pos += 2;
    } else {
      n = 0;
      tag = 8; // a large value: the general reader
    }
    switch (tag) {
      case 0: v = n; break;
      case 1: v = intLit(n); break;
      case 2:
        if (n === 0) v = LIT_NIL;
        else if (n < this.atoms.length) v = atomLit(this.atoms[n]);
        else this.fail(pos, `atom index ${n} out of range (${this.atoms.length - 1} atoms)`);
        break;
      case 3:
        if (n < MAX_REG) v = regX(n);
        else this.fail(pos, `register x${n} out of range`);
        break;
      case 4:
        if (n < MAX_REG) v = regY(n);
        else this.fail(pos, `register y${n} out of range`);
        break;
      case 5: {
        if (n === 0) { v = NO_LABEL; break; }
        if (n >= this.labelCount) this.fail(pos, `label ${n} out of range (label count ${this.labelCount})`);
        const l = this.labelObjs[n];
        v = l !== undefined ? l : this.newLabel(n, pos);
        break;
      }
      case 6: v = intLit(n); break;
      case 7:
        // extended: {literal, u}, {list, u, items...} and {typed register, reg, u}
        // here; the rarer forms (floats, float registers, allocation lists)
        // by the general reader
        if (n === 4 && pos < end) {
          const u = smallU(buf, pos, end);
          if (u >= 0 && (u >> 2) < this.literals.count) {
            this.pos = pos + (u & 3);
            return this.literals.lit(u >> 2);
          }
        } else if (n === 1 && !inList && pos < end) {
          const u = smallU(buf, pos, end);
          if (u >= 0) {
            const count = u >> 2;
            this.pos = pos + (u & 3);
            if (count > end - this.pos) this.fail(this.pos, `list of ${count} operands exceeds the chunk`);
            const items: Operand[] = new Array(count);
            for (let i = 0; i < count; i++) items[i] = this.operand(true);
            return new ExtList(items);
          }
        } else if (n === 5 && pos < end && this.typeCount > 0) {
          return this.typedReg(at, pos);
        }
        v = this.general(at, inList);
        pos = this.r.pos;
        break;
      default:
        v = this.general(at, inList);
        pos = this.r.pos;
    }
    this.pos = pos;
    return v;
  }

  /** {typed register, x/y, type index} at `pos` (after the extended tag). */
  typedReg(at: number, pos: number): Operand {
    const buf = this.buf, end = this.end;
    const b = buf[pos];
    const kind = b & 7;
    if ((b & 0x08) === 0 && (kind === 3 || kind === 4) && pos + 1 < end) {
      const u = smallU(buf, pos + 1, end);
      if (u >= 0 && (u >> 2) < this.typeCount) {
        this.pos = pos + 1 + (u & 3);
        return new Reg(kind === 3 ? RegKind.X : RegKind.Y, b >> 4, u >> 2);
      }
    }
    const v = this.general(at, false);
    this.pos = this.r.pos;
    return v;
  }

  /** Any operand, by the general reader. */
  general(at: number, inList: boolean): Operand {
    const r = this.r;
    r.pos = at;
    return readOperand(r, this.ctx, inList);
  }

  /** The instructions whose operands need checks or rewriting. */
  special(op: number, args: Operand[], index: number, at: number): void {
    const r: CompactReader = this.r;
    switch (op) {
      case Op.label: {
        const n = args[0];
        if (this.lazy) {
          // placed by the scan or the index's function heads (checked here), or now
          if (typeof n !== 'number' || n === 0 || n >= this.labelCount) r.fail(`bad label ${String(n)} at offset ${at}`);
          const placed = this.labels[n];
          if (placed === -1) {
            this.labels[n] = index;
            const l = this.labelObjs[n];
            if (l !== undefined) (l as { index: number }).index = index;
          } else if (placed !== index) {
            r.fail(`label ${n} defined twice, or code index does not fit the code`);
          }
          break;
        }
        if (typeof n !== 'number' || n === 0 || n >= this.labelCount) r.fail(`bad label ${String(n)} at offset ${at}`);
        if (this.labels[n] !== -1) r.fail(`label ${n} defined twice`);
        this.labels[n] = index;
        if (this.pendingEntry !== null) {
          this.pendingEntry.entry = index;
          this.pendingEntry = null;
        }
        break;
      }
      case Op.func_info: {
        if (this.lazy) break;
        if (this.pendingEntry !== null) r.fail('func_info not followed by its entry label');
        const f = args[1], a = args[2];
        if (!(f instanceof Lit) || !(f.value instanceof Atom) || typeof a !== 'number') r.fail(`bad func_info at offset ${at}`);
        const fi: FunctionInfo = { name: f.value, arity: a, entry: -1, funcInfo: index };
        this.functions.push(fi);
        this.pendingEntry = fi;
        break;
      }
      case Op.call_ext:
      case Op.call_ext_last:
      case Op.call_ext_only:
      case Op.bif1:
      case Op.bif2:
        args[1] = importAt(r, this.inp.imports, args[1]);
        break;
      case Op.bif0:
        args[0] = importAt(r, this.inp.imports, args[0]);
        break;
      case Op.gc_bif1:
      case Op.gc_bif2:
      case Op.gc_bif3:
        args[2] = importAt(r, this.inp.imports, args[2]);
        break;
      case Op.make_fun2:
      case Op.make_fun3:
        checkFunIndex(r, this.inp.funCount, args[0]);
        this.funPatches.push(index);
        break;
      case Op.call_fun2:
        // Tag is a fun index (u) when the callee is known to be that local fun
        if (typeof args[0] === 'number') {
          checkFunIndex(r, this.inp.funCount, args[0]);
          this.funPatches.push(index);
        }
        break;
    }
  }
}

function importAt(r: CompactReader, imports: Import[], v: Operand): Import {
  if (typeof v !== 'number' || v >= imports.length) r.fail(`bad import index ${String(v)}`);
  return imports[v];
}

function checkFunIndex(r: CompactReader, count: number, v: Operand): void {
  if (typeof v !== 'number' || v >= count) r.fail(`bad fun index ${String(v)} (${count} funs)`);
}
