// Bit-syntax opcode glue: operands and fail labels here, the bit work in
// bitsyntax.ts. Each handler returns the next ip (the fail label on a
// failed match; construction errors jump there too when it is given).

import { Atom, Bitstring, NIL, atom, type Term } from '../term/types.js';
import { Op } from '../loader/opcodes.js';
import { ExtList, Label, Lit, type Instr, type Operand } from '../loader/ir.js';
import { ErlangException } from './exception.js';
import * as B from './bitsyntax.js';
import { rd, wr } from './operands.js';
import type { Process } from './process.js';
import type { LoadedModule } from './module.js';

const BITS_OPS = new Set<number>([
  Op.bs_start_match2, Op.bs_get_integer2, Op.bs_get_float2, Op.bs_get_binary2, Op.bs_skip_bits2,
  Op.bs_test_tail2, Op.bs_save2, Op.bs_restore2, Op.bs_context_to_binary, Op.bs_test_unit,
  Op.bs_match_string, Op.bs_init_writable, Op.bs_append, Op.bs_private_append, Op.bs_init_bits,
  Op.bs_get_utf8, Op.bs_skip_utf8, Op.bs_get_utf16, Op.bs_skip_utf16, Op.bs_get_utf32,
  Op.bs_skip_utf32, Op.bs_utf8_size, Op.bs_put_utf8, Op.bs_utf16_size, Op.bs_put_utf16,
  Op.bs_put_utf32, Op.bs_get_tail, Op.bs_start_match3, Op.bs_get_position, Op.bs_set_position,
  Op.bs_start_match4, Op.bs_create_bin, Op.bs_match, Op.bs_init2, Op.bs_add, Op.bs_put_integer,
  Op.bs_put_binary, Op.bs_put_float, Op.bs_put_string,
]);

export function isBitsOp(op: number): boolean {
  return BITS_OPS.has(op);
}

/** the current legacy-construction binary, shared with compiled code (jit_bits.ts) */
export const writer = new B.BinWriter();
const A_START = atom('start');

function num(a: Operand): number {
  return typeof a === 'number' ? a : ((a as Lit).value as number);
}
function lit(a: Operand): Term {
  return typeof a === 'number' ? a : (a as Lit).value;
}
function failOf(a: Operand): number {
  return a instanceof Label ? a.index : -1;
}

/** Run a construction step; a given fail label turns its error into a jump. */
function guarded(fail: number, ip: number, f: () => void): number {
  if (fail < 0) {
    f();
    return ip;
  }
  try {
    f();
  } catch (e) {
    if (e instanceof ErlangException) return fail;
    throw e;
  }
  return ip;
}

export function execBits(p: Process, lm: LoadedModule, ins: Instr, ip: number): number {
  const x = p.x;
  const s = p.stack;
  const a = ins.args;
  switch (ins.op) {
    // ---- matching
    case Op.bs_start_match2:
    case Op.bs_start_match3: {
      const ms = B.startMatch(rd(a[1], x, s) as Term | B.MatchState);
      if (ms === null) return failOf(a[0]);
      wr(a[ins.op === Op.bs_start_match2 ? 4 : 3], ms, x, s);
      return ip;
    }
    case Op.bs_start_match4: {
      const ms = B.startMatch(rd(a[2], x, s) as Term | B.MatchState);
      if (ms === null) return failOf(a[0]);
      wr(a[3], ms, x, s);
      return ip;
    }
    case Op.bs_get_position:
      wr(a[1], (rd(a[0], x, s) as unknown as B.MatchState).pos, x, s);
      return ip;
    case Op.bs_set_position:
      (rd(a[0], x, s) as unknown as B.MatchState).pos = rd(a[1], x, s) as number;
      return ip;
    case Op.bs_get_tail:
      wr(a[1], B.getTail(rd(a[0], x, s) as unknown as B.MatchState), x, s);
      return ip;
    case Op.bs_test_tail2:
      return B.testTail(ms(a[1], x, s), num(a[2])) ? ip : failOf(a[0]);
    case Op.bs_test_unit:
      return B.testUnit(ms(a[1], x, s), num(a[2])) ? ip : failOf(a[0]);
    case Op.bs_skip_bits2: {
      const bits = B.binBits(rd(a[2], x, s), num(a[3]));
      return B.skipBits(ms(a[1], x, s), bits, num(a[3])) ? ip : failOf(a[0]);
    }
    case Op.bs_get_integer2: {
      const bits = B.matchBits(rd(a[3], x, s), num(a[4]));
      if (bits < 0) return failOf(a[0]);
      const v = B.getInteger(ms(a[1], x, s), bits, B.fieldFlags(lit(a[5])));
      if (v === null) return failOf(a[0]);
      wr(a[6], v, x, s);
      return ip;
    }
    case Op.bs_get_float2: {
      const bits = B.matchBits(rd(a[3], x, s), num(a[4]));
      if (bits < 0) return failOf(a[0]);
      const v = B.getFloat(ms(a[1], x, s), bits, B.fieldFlags(lit(a[5])));
      if (v === null) return failOf(a[0]);
      wr(a[6], v, x, s);
      return ip;
    }
    case Op.bs_get_binary2: {
      const unit = num(a[4]);
      const bits = B.binBits(rd(a[3], x, s), unit);
      if (bits !== 'all' && bits < 0) return failOf(a[0]);
      const v = B.getBinary(ms(a[1], x, s), bits, unit);
      if (v === null) return failOf(a[0]);
      wr(a[6], v, x, s);
      return ip;
    }
    case Op.bs_match_string: {
      const bits = num(a[2]);
      const off = num(a[3]);
      return B.matchString(ms(a[1], x, s), lm.mod.strings, off, bits) ? ip : failOf(a[0]);
    }
    case Op.bs_save2:
    case Op.bs_restore2: {
      const slotT = lit(a[1]);
      const slot = slotT === A_START ? -1 : (slotT as number);
      const m = ms(a[0], x, s);
      if (ins.op === Op.bs_save2) B.savePos(m, slot);
      else B.restorePos(m, slot);
      return ip;
    }
    case Op.bs_context_to_binary: {
      const v = rd(a[0], x, s) as unknown;
      if (v instanceof B.MatchState) wr(a[0], v.bin, x, s);
      return ip;
    }
    case Op.bs_get_utf8:
    case Op.bs_get_utf16:
    case Op.bs_get_utf32: {
      const m = ms(a[1], x, s);
      const flags = B.fieldFlags(lit(a[3]));
      const v =
        ins.op === Op.bs_get_utf8 ? B.getUtf8(m) : ins.op === Op.bs_get_utf16 ? B.getUtf16(m, flags) : B.getUtf32(m, flags);
      if (v === null) return failOf(a[0]);
      wr(a[4], v, x, s);
      return ip;
    }
    case Op.bs_skip_utf8:
    case Op.bs_skip_utf16:
    case Op.bs_skip_utf32: {
      const m = ms(a[1], x, s);
      const flags = B.fieldFlags(lit(a[3]));
      const ok =
        ins.op === Op.bs_skip_utf8 ? B.skipUtf8(m) : ins.op === Op.bs_skip_utf16 ? B.skipUtf16(m, flags) : B.skipUtf32(m, flags);
      return ok ? ip : failOf(a[0]);
    }
    case Op.bs_match:
      return bsMatch(ins, ip, x, s);

    // ---- construction (OTP 25+)
    case Op.bs_create_bin: {
      const fail = failOf(a[0]);
      let segs = lm.aux[ip - 1] as B.Segment[] | undefined;
      const items = (a[5] as ExtList).items;
      if (segs === undefined) {
        segs = [];
        for (let i = 0; i < items.length; i += 6) {
          const seg = new B.Segment(lit(items[i]) as Atom, num(items[i + 2]), B.fieldFlags(lit(items[i + 3])), NIL, NIL);
          seg.seg = num(items[i + 1]);
          segs.push(seg);
        }
        lm.aux[ip - 1] = segs;
      }
      const strings = lm.mod.strings;
      for (let i = 0, j = 0; i < items.length; i += 6, j++) {
        const seg = segs[j];
        if (seg.type === T_STRING) {
          const off = num(lit(items[i + 4]) as number);
          const len = num(lit(items[i + 5]) as number);
          seg.value = new Bitstring(strings, off * 8, len * 8);
          seg.size = len;
        } else {
          seg.value = rd(items[i + 4], x, s);
          seg.size = rd(items[i + 5], x, s);
        }
      }
      let r: Bitstring | null = null;
      const next = guarded(fail, ip, () => {
        r = B.createBin(segs!);
      });
      if (r !== null) wr(a[4], r, x, s);
      return next;
    }

    // ---- legacy construction
    case Op.bs_init2:
    case Op.bs_init_bits: {
      const fail = failOf(a[0]);
      return guarded(fail, ip, () => {
        const sz = typeof a[1] === 'number' ? a[1] : rd(a[1], x, s); // a constant size is an untagged operand
        const bits = ins.op === Op.bs_init2 ? B.initBytesToBits(sz) : B.bsAdd(sz, 0, 1);
        wr(a[5], writer.init(bits), x, s);
      });
    }
    case Op.bs_add:
      return guarded(failOf(a[0]), ip, () => {
        wr(a[4], B.bsAdd(rd(a[1], x, s), rd(a[2], x, s), num(a[3])), x, s);
      });
    case Op.bs_append:
      return guarded(failOf(a[0]), ip, () => {
        const bits = B.bsAdd(rd(a[1], x, s), 0, 1);
        const extra = num(a[2]);
        void extra;
        wr(a[7], writer.append(rd(a[5], x, s), bits, num(a[4])), x, s);
      });
    case Op.bs_private_append:
      return guarded(failOf(a[0]), ip, () => {
        const bits = B.bsAdd(rd(a[1], x, s), 0, 1);
        wr(a[5], writer.append(rd(a[3], x, s), bits, num(a[2])), x, s);
      });
    case Op.bs_put_integer:
      return guarded(failOf(a[0]), ip, () =>
        writer.putInteger(rd(a[1], x, s), num(a[2]), B.fieldFlags(lit(a[3])), rd(a[4], x, s)),
      );
    case Op.bs_put_binary:
      return guarded(failOf(a[0]), ip, () => writer.putBinary(rd(a[1], x, s), num(a[2]), rd(a[4], x, s)));
    case Op.bs_put_float:
      return guarded(failOf(a[0]), ip, () =>
        writer.putFloat(rd(a[1], x, s), num(a[2]), B.fieldFlags(lit(a[3])), rd(a[4], x, s)),
      );
    case Op.bs_put_string:
      writer.putString(lm.mod.strings, num(a[1]), num(a[0]));
      return ip;
    case Op.bs_put_utf8:
      return guarded(failOf(a[0]), ip, () => writer.putUtf8(rd(a[2], x, s)));
    case Op.bs_put_utf16:
      return guarded(failOf(a[0]), ip, () => writer.putUtf16(B.fieldFlags(lit(a[1])), rd(a[2], x, s)));
    case Op.bs_put_utf32:
      return guarded(failOf(a[0]), ip, () => writer.putUtf32(B.fieldFlags(lit(a[1])), rd(a[2], x, s)));
    case Op.bs_utf8_size:
      wr(a[2], B.utf8Size(rd(a[1], x, s)), x, s);
      return ip;
    case Op.bs_utf16_size:
      wr(a[2], B.utf16Size(rd(a[1], x, s)), x, s);
      return ip;
    case Op.bs_init_writable:
      x[0] = B.initWritable(x[0]);
      return ip;
  }
  throw new Error(`unexpected bit-syntax opcode ${ins.op}`);
}

const T_STRING = atom('string');

function ms(a: Operand, x: Term[], s: unknown[]): B.MatchState {
  return rd(a, x, s) as unknown as B.MatchState;
}

const C_ENSURE_AT_LEAST = atom('ensure_at_least');
const C_ENSURE_EXACTLY = atom('ensure_exactly');
const C_EQ = atom('=:=');
const C_BINARY = atom('binary');
const C_INTEGER = atom('integer');
const C_SKIP = atom('skip');
const C_GET_TAIL = atom('get_tail');

/** bs_match (OTP 26+): a list of match commands over one context. */
function bsMatch(ins: Instr, ip: number, x: Term[], s: unknown[]): number {
  const a = ins.args;
  const fail = failOf(a[0]);
  const m = ms(a[1], x, s);
  const c = (a[2] as ExtList).items;
  let i = 0;
  while (i < c.length) {
    const cmd = lit(c[i]);
    if (cmd === C_ENSURE_AT_LEAST) {
      if (!B.ensureAtLeast(m, num(c[i + 1]), num(c[i + 2]))) return fail;
      i += 3;
    } else if (cmd === C_ENSURE_EXACTLY) {
      if (!B.ensureExactly(m, num(c[i + 1]))) return fail;
      i += 2;
    } else if (cmd === C_EQ) {
      if (!B.matchEq(m, num(c[i + 2]), lit(c[i + 3]) as number | bigint)) return fail;
      i += 4;
    } else if (cmd === C_INTEGER || cmd === C_BINARY) {
      const flags = B.fieldFlags(lit(c[i + 2]));
      const unit = num(c[i + 4]);
      // The size is an untagged number in the command list (rd cannot read those).
      const size = typeof c[i + 3] === 'number' ? c[i + 3] as number : rd(c[i + 3], x, s);
      if (cmd === C_INTEGER) {
        const bits = B.matchBits(size, unit);
        const v = bits < 0 ? null : B.getInteger(m, bits, flags);
        if (v === null) return fail;
        wr(c[i + 5], v, x, s);
      } else {
        const bits = B.binBits(size, unit);
        const v = bits !== 'all' && bits < 0 ? null : B.getBinary(m, bits, unit);
        if (v === null) return fail;
        wr(c[i + 5], v, x, s);
      }
      i += 6;
    } else if (cmd === C_SKIP) {
      if (!B.skipBits(m, num(c[i + 1]))) return fail;
      i += 2;
    } else if (cmd === C_GET_TAIL) {
      wr(c[i + 3], B.getTail(m), x, s);
      i += 4;
    } else {
      throw new Error(`unsupported bs_match command ${String(cmd)}`);
    }
  }
  return ip;
}
