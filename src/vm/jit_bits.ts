// The compiling tier's bit-syntax opcodes that jit.ts does not inline
// itself: UTF matching and binary construction (OTP 25's bs_create_bin and
// the older bs_init2/bs_append/bs_put_* sequences Elixir 1.14's OTP 24
// beams use). Each becomes direct calls into bitsyntax.ts, where the
// generic path (exec_bits.ts) decoded operands and built a closure per
// instruction. Semantics are exec_bits.ts's, case by case.

import { Atom, Bitstring, NIL, atom, type Term } from '../term/types.js';
import { Op } from '../loader/opcodes.js';
import { ExtList, Label, Lit, type Instr, type Operand } from '../loader/ir.js';
import * as B from './bitsyntax.js';

/** What the code generator offers (jit.ts's Gen). */
export interface BitsGen {
  rd(a: Operand): string;
  lv(a: Operand): string;
  goto(t: number): string;
  k(v: unknown): string;
  strings(): Uint8Array;
}

const T_STRING = atom('string');

function num(a: Operand): number {
  return typeof a === 'number' ? a : ((a as Lit).value as number);
}
function lit(a: Operand): Term {
  return typeof a === 'number' ? a : (a as Lit).value;
}
function failOf(a: Operand): number {
  return a instanceof Label ? a.index : -1;
}

/** `body` run so that, given a fail label, a construction error jumps there. */
function guarded(g: BitsGen, fail: number, body: string): string {
  if (fail < 0) return body;
  return `try { ${body} } catch (e) { if (!(e instanceof ErlangException)) throw e; ${g.goto(fail)} }`;
}

/** JS source for instruction k, or null to leave it to execBits. */
export function jitBits(g: BitsGen, ins: Instr, k: number): string | null {
  const a = ins.args;
  switch (ins.op) {
    case Op.bs_get_utf8:
    case Op.bs_get_utf16:
    case Op.bs_get_utf32: {
      const m = g.rd(a[1]);
      const flags = B.fieldFlags(lit(a[3]));
      const get = ins.op === Op.bs_get_utf8 ? `BS.getUtf8(${m})`
        : ins.op === Op.bs_get_utf16 ? `BS.getUtf16(${m}, ${flags})` : `BS.getUtf32(${m}, ${flags})`;
      return `{ const v = ${get}; if (v === null) ${g.goto(failOf(a[0]))} ${g.lv(a[4])} = v; }`;
    }
    case Op.bs_skip_utf8:
    case Op.bs_skip_utf16:
    case Op.bs_skip_utf32: {
      const m = g.rd(a[1]);
      const flags = B.fieldFlags(lit(a[3]));
      const skip = ins.op === Op.bs_skip_utf8 ? `BS.skipUtf8(${m})`
        : ins.op === Op.bs_skip_utf16 ? `BS.skipUtf16(${m}, ${flags})` : `BS.skipUtf32(${m}, ${flags})`;
      return `if (!${skip}) ${g.goto(failOf(a[0]))}`;
    }
    case Op.bs_get_float2:
      return `c = ${k}; { const bits = BS.matchBits(${g.rd(a[3])}, ${num(a[4])}); if (bits < 0) ${g.goto(failOf(a[0]))}
        const v = BS.getFloat(${g.rd(a[1])}, bits, ${B.fieldFlags(lit(a[5]))}); if (v === null) ${g.goto(failOf(a[0]))} ${g.lv(a[6])} = v; }`;
    case Op.bs_create_bin:
      return createBin(g, ins, k);
    case Op.bs_init2:
    case Op.bs_init_bits: {
      const sz = typeof a[1] === 'number' ? String(a[1]) : g.rd(a[1]);
      const bits = ins.op === Op.bs_init2 ? `BS.initBytesToBits(${sz})` : `BS.bsAdd(${sz}, 0, 1)`;
      return `c = ${k}; ` + guarded(g, failOf(a[0]), `${g.lv(a[5])} = BW.init(${bits});`);
    }
    case Op.bs_add:
      return `c = ${k}; ` + guarded(g, failOf(a[0]), `${g.lv(a[4])} = BS.bsAdd(${g.rd(a[1])}, ${g.rd(a[2])}, ${num(a[3])});`);
    case Op.bs_append:
      return `c = ${k}; ` + guarded(g, failOf(a[0]),
        `${g.lv(a[7])} = BW.append(${g.rd(a[5])}, BS.bsAdd(${g.rd(a[1])}, 0, 1), ${num(a[4])});`);
    case Op.bs_private_append:
      return `c = ${k}; ` + guarded(g, failOf(a[0]),
        `${g.lv(a[5])} = BW.append(${g.rd(a[3])}, BS.bsAdd(${g.rd(a[1])}, 0, 1), ${num(a[2])});`);
    case Op.bs_put_integer:
      return `c = ${k}; ` + guarded(g, failOf(a[0]),
        `BW.putInteger(${g.rd(a[1])}, ${num(a[2])}, ${B.fieldFlags(lit(a[3]))}, ${g.rd(a[4])});`);
    case Op.bs_put_binary:
      return `c = ${k}; ` + guarded(g, failOf(a[0]), `BW.putBinary(${g.rd(a[1])}, ${num(a[2])}, ${g.rd(a[4])});`);
    case Op.bs_put_float:
      return `c = ${k}; ` + guarded(g, failOf(a[0]),
        `BW.putFloat(${g.rd(a[1])}, ${num(a[2])}, ${B.fieldFlags(lit(a[3]))}, ${g.rd(a[4])});`);
    case Op.bs_put_string:
      return `BW.putString(${g.k(g.strings())}, ${num(a[1])}, ${num(a[0])});`;
    case Op.bs_put_utf8:
      return `c = ${k}; ` + guarded(g, failOf(a[0]), `BW.putUtf8(${g.rd(a[2])});`);
    case Op.bs_put_utf16:
      return `c = ${k}; ` + guarded(g, failOf(a[0]), `BW.putUtf16(${B.fieldFlags(lit(a[1]))}, ${g.rd(a[2])});`);
    case Op.bs_put_utf32:
      return `c = ${k}; ` + guarded(g, failOf(a[0]), `BW.putUtf32(${B.fieldFlags(lit(a[1]))}, ${g.rd(a[2])});`);
    case Op.bs_utf8_size:
      return `${g.lv(a[2])} = BS.utf8Size(${g.rd(a[1])});`;
    case Op.bs_utf16_size:
      return `${g.lv(a[2])} = BS.utf16Size(${g.rd(a[1])});`;
  }
  return null;
}

/**
 * bs_create_bin: this instruction's own Segment array (a constant of the
 * compiled function), its string segments filled once, the others refilled
 * before each createBin (which keeps no reference to it).
 */
function createBin(g: BitsGen, ins: Instr, k: number): string {
  const a = ins.args;
  const items = (a[5] as ExtList).items;
  const segs: B.Segment[] = [];
  const sets: string[] = [];
  const strings = g.strings();
  for (let i = 0, j = 0; i < items.length; i += 6, j++) {
    const seg = new B.Segment(lit(items[i]) as Atom, num(items[i + 2]), B.fieldFlags(lit(items[i + 3])), NIL, NIL);
    seg.seg = num(items[i + 1]);
    if (seg.type === T_STRING) {
      const off = num(items[i + 4]);
      const len = num(items[i + 5]);
      seg.value = new Bitstring(strings, off * 8, len * 8);
      seg.size = len;
    } else {
      sets.push(`S[${j}].value = ${g.rd(items[i + 4])};`);
      const size = items[i + 5];
      sets.push(`S[${j}].size = ${typeof size === 'number' ? String(size) : g.rd(size)};`);
    }
    segs.push(seg);
  }
  return `c = ${k}; { const S = ${g.k(segs)}; ${sets.join(' ')} ` +
    guarded(g, failOf(a[0]), `${g.lv(a[4])} = BS.createBin(S);`) + ' }';
}
