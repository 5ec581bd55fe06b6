// The compact term encoding of the Code chunk (and of the Line chunk's
// items). The low 3 bits of the first byte are the tag:
//   0 u (untagged int)  1 i (integer)  2 a (atom index, 0 = [])  3 x  4 y
//   5 f (label)  6 h (character)  7 z (extended, see below)
// The value: bit 3 clear -> the high 4 bits (0..15); bit 3 set, bit 4
// clear -> 3 high bits and the next byte (11 bits); both set -> the top 3
// bits give a byte count 2..8, or 7 means the count-9 follows as a u
// value; the bytes are big-endian, two's complement for tag i.
// Extended tags (z, the value selects): 0 float (pre-R16: 8 bytes follow),
// 1 list (u length, then items), 2 float register (u), 3 allocation list
// (u count, then u kind / u amount pairs), 4 literal (u index into LitT),
// 5 typed register (a x/y operand, then u index into the Type chunk).

import { Cursor } from './cursor.js';
import { AllocList, ExtList, Label, Lit, Reg, RegKind, type Operand } from './ir.js';
import type { LiteralTable } from './literal.js';
import { Float, NIL, normInt, type Atom, type Term } from '../term/types.js';

export const TAG_U = 0;
export const TAG_I = 1;
export const TAG_A = 2;
export const TAG_X = 3;
export const TAG_Y = 4;
export const TAG_F = 5;
export const TAG_H = 6;
export const TAG_Z = 7;

const TAG_NAMES = ['u', 'i', 'a', 'x', 'y', 'f', 'h', 'z'];
const NOT_YET = {};

/** Registers beyond this are rejected (the BEAM's own limit is 1024). */
export const MAX_REG = 1024;

/**
 * Reads compact-encoded values. After readTagged(), `val` holds the value
 * as a number, or `big` holds it when it needs a bigint (tag i only).
 */
export class CompactReader extends Cursor {
  // `val` can hold a number outside the small-integer range. Starting it as
  // a non-number makes the engine treat the field as holding any value from
  // the first object on; otherwise the first large value would change the
  // objects' shape and discard the optimised loader code built so far.
  val: number = NOT_YET as unknown as number;
  big: bigint | null = null;

  constructor(buf: Uint8Array, start: number, end: number, where: string) {
    super(buf, start, end, where);
    this.val = 0;
  }

  /** Read one tagged value; returns the tag, leaves the value in val/big. */
  readTagged(): number {
    const b = this.u8();
    const tag = b & 7;
    this.big = null;
    if ((b & 0x08) === 0) {
      this.val = b >> 4;
    } else if ((b & 0x10) === 0) {
      this.val = ((b >> 5) << 8) | this.u8();
    } else {
      let n = b >> 5;
      if (n < 7) {
        n += 2;
      } else {
        if (this.readTagged() !== TAG_U || this.big !== null) this.fail('bad length prefix in a large compact value');
        n = this.val + 9;
      }
      this.need(n);
      const buf = this.buf;
      let p = this.pos;
      this.pos = p + n;
      if (n <= 3) {
        let v = 0;
        for (let i = 0; i < n; i++) v = (v << 8) | buf[p + i];
        // sign-extend with integer arithmetic, so the result stays a small integer
        if (tag === TAG_I) v = (v << (32 - 8 * n)) >> (32 - 8 * n);
        this.val = v;
      } else if (n <= 6) {
        let v = 0;
        for (let i = 0; i < n; i++) v = v * 256 + buf[p + i];
        if (tag === TAG_I && buf[p] >= 0x80) v -= 2 ** (8 * n);
        this.val = v;
      } else {
        let v = 0n;
        for (let i = 0; i < n; i++) v = (v << 8n) | BigInt(buf[p + i]);
        if (tag === TAG_I && buf[p] >= 0x80) v -= 1n << BigInt(8 * n);
        const norm = normInt(v);
        if (typeof norm === 'number') this.val = norm;
        else if (tag === TAG_I) this.big = norm;
        else this.fail(`${TAG_NAMES[tag]} operand too large`);
      }
      if (tag !== TAG_I && this.val < 0) this.fail(`negative ${TAG_NAMES[tag]} operand`);
    }
    return tag;
  }

  /** Read a value that must carry tag u. */
  readU(what: string): number {
    const tag = this.readTagged();
    if (tag !== TAG_U) this.fail(`expected an untagged integer for ${what}, got tag ${TAG_NAMES[tag]}`);
    return this.val;
  }
}

/** What operand decoding needs from the module being loaded. */
export interface OperandContext {
  /** atom table; index 0 is unused (atom 0 encodes []) */
  atoms: Atom[];
  /** the literal table */
  literals: LiteralTable;
  /** the shared Label for label number n (resolved to a code index later) */
  label(n: number): Label;
  /** number of Type chunk entries; 0 when the chunk is absent */
  typeCount: number;
}

// Registers and atoms are immutable operands: share one object per value.
const xRegs: Reg[] = [];
const yRegs: Reg[] = [];
const frRegs: Reg[] = [];
for (let i = 0; i < MAX_REG; i++) {
  xRegs.push(new Reg(RegKind.X, i));
  yRegs.push(new Reg(RegKind.Y, i));
  frRegs.push(new Reg(RegKind.FR, i));
}
export const LIT_NIL = new Lit(NIL);
const smallInts: Lit[] = [];
for (let i = -16; i < 256; i++) smallInts.push(new Lit(i));

export function intLit(v: number): Lit {
  return v >= -16 && v < 256 ? smallInts[v + 16] : new Lit(v);
}

/** the shared x register operand n (n < 1024) */
export function regX(n: number): Reg {
  return xRegs[n];
}

/** the shared y register operand n (n < 1024) */
export function regY(n: number): Reg {
  return yRegs[n];
}

// One Lit per atom, shared by every module (indexed by the atom's number):
// modules mention the same atoms over and over.
const atomLits: (Lit | undefined)[] = [];

export function atomLit(a: Atom): Lit {
  const i = a.index;
  if (i < atomLits.length) return atomLits[i] ?? (atomLits[i] = new Lit(a));
  // kept dense: a write far past the end would turn the array into a dictionary
  while (atomLits.length < i) atomLits.push(undefined);
  const l = new Lit(a);
  atomLits.push(l);
  return l;
}

/**
 * Decode one operand of an instruction (an ExtList's items recursively).
 * Import and fun indices arrive as plain numbers (tag u); the caller maps
 * them, since only the opcode says which u operands are such indices.
 */
export function readOperand(r: CompactReader, ctx: OperandContext, inList = false): Operand {
  const tag = r.readTagged();
  const v = r.val;
  switch (tag) {
    case TAG_U:
      return v;
    case TAG_I:
      return r.big !== null ? new Lit(r.big) : intLit(v);
    case TAG_A:
      if (v === 0) return LIT_NIL;
      if (v >= ctx.atoms.length) r.fail(`atom index ${v} out of range (${ctx.atoms.length - 1} atoms)`);
      return atomLit(ctx.atoms[v]);
    case TAG_X:
      if (v >= MAX_REG) r.fail(`register x${v} out of range`);
      return xRegs[v];
    case TAG_Y:
      if (v >= MAX_REG) r.fail(`register y${v} out of range`);
      return yRegs[v];
    case TAG_F:
      return ctx.label(v);
    case TAG_H:
      return intLit(v);
    default:
      return readExtended(r, v, ctx, inList);
  }
}

function readExtended(r: CompactReader, ext: number, ctx: OperandContext, inList: boolean): Operand {
  switch (ext) {
    case 0: {
      // pre-R16 float literal: 8 bytes IEEE double
      r.need(8);
      const view = new DataView(r.buf.buffer, r.buf.byteOffset + r.pos, 8);
      r.pos += 8;
      return new Lit(new Float(view.getFloat64(0)));
    }
    case 1: {
      // lists never nest (the BEAM appends a list's items to the instruction)
      if (inList) r.fail('nested operand list');
      const n = r.readU('list length');
      if (n > r.remaining) r.fail(`list of ${n} operands exceeds the chunk`);
      const items: Operand[] = new Array(n);
      for (let i = 0; i < n; i++) items[i] = readOperand(r, ctx, true);
      return new ExtList(items);
    }
    case 2: {
      const n = r.readU('float register');
      if (n >= MAX_REG) r.fail(`register fr${n} out of range`);
      return frRegs[n];
    }
    case 3: {
      const n = r.readU('allocation list length');
      if (n > 3) r.fail(`allocation list of ${n} entries`);
      let words = 0, floats = 0, funs = 0;
      for (let i = 0; i < n; i++) {
        const kind = r.readU('allocation kind');
        const amount = r.readU('allocation amount');
        if (kind === 0) words += amount;
        else if (kind === 1) floats += amount;
        else if (kind === 2) funs += amount;
        else r.fail(`invalid allocation kind ${kind}`);
      }
      return new AllocList(words, floats, funs);
    }
    case 4: {
      const n = r.readU('literal index');
      if (n >= ctx.literals.count) r.fail(`literal index ${n} out of range (${ctx.literals.count} literals)`);
      return ctx.literals.lit(n);
    }
    case 5: {
      const tag = r.readTagged();
      const n = r.val;
      if (tag !== TAG_X && tag !== TAG_Y) r.fail('typed register is not an x or y register');
      if (n >= MAX_REG) r.fail(`register ${TAG_NAMES[tag]}${n} out of range`);
      const type = r.readU('type index');
      // a stripped Type chunk leaves plain registers, as on the BEAM
      if (ctx.typeCount === 0) return tag === TAG_X ? xRegs[n] : yRegs[n];
      if (type >= ctx.typeCount) r.fail(`type index ${type} out of range (${ctx.typeCount} types)`);
      return new Reg(tag === TAG_X ? RegKind.X : RegKind.Y, n, type);
    }
    default:
      return r.fail(`unknown extended tag ${ext}`);
  }
}
