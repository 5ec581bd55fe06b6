// Float-register opcodes. Float registers hold raw JS numbers; a result that
// is not finite raises badarith as the BEAM's checked float ops do.

import { toDouble } from '../bifs/erlang_arith.js';
import { Float, type Term } from '../term/types.js';
import { Op } from '../loader/opcodes.js';
import { Reg, RegKind, type Instr, type Operand } from '../loader/ir.js';
import { badarith } from './exception.js';
import { rd, wr } from './operands.js';
import type { Process } from './process.js';

function isFr(a: Operand): boolean {
  return a instanceof Reg && a.k === RegKind.FR;
}


export function execFloat(p: Process, ins: Instr): void {
  const a = ins.args;
  const fr = p.fr;
  switch (ins.op) {
    case Op.fmove: {
      const v = isFr(a[0]) ? fr[(a[0] as Reg).n] : (rd(a[0], p.x, p.stack) as Float).value;
      if (isFr(a[1])) fr[(a[1] as Reg).n] = v;
      else wr(a[1], new Float(v), p.x, p.stack);
      return;
    }
    case Op.fconv:
      fr[(a[1] as Reg).n] = toDouble(rd(a[0], p.x, p.stack));
      return;
    case Op.fnegate:
      // OTP 25's BEAM computes 0.0 - X: negating either zero gives +0.0
      fr[(a[2] as Reg).n] = 0 - fr[(a[1] as Reg).n];
      return;
    default: {
      const u = fr[(a[1] as Reg).n];
      const v = fr[(a[2] as Reg).n];
      let r: number;
      if (ins.op === Op.fadd) r = u + v;
      else if (ins.op === Op.fsub) r = u - v;
      else if (ins.op === Op.fmul) r = u * v;
      else r = u / v;
      if (!Number.isFinite(r)) badarith();
      fr[(a[3] as Reg).n] = r;
    }
  }
}
