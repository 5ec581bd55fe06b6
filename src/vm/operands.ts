// Reading and writing instruction operands. x registers live in p.x, y
// registers in the top frame of p.stack (y(i) = stack[length - 1 - i]).

import { Lit, Reg, RegKind, type Operand } from '../loader/ir.js';
import type { Term } from '../term/types.js';

export function rd(a: Operand, x: Term[], s: unknown[]): Term {
  if (a instanceof Reg) return (a.k === RegKind.X ? x[a.n] : s[s.length - 1 - a.n]) as Term;
  return (a as Lit).value;
}

export function wr(a: Operand, v: unknown, x: unknown[], s: unknown[]): void {
  const r = a as Reg;
  if (r.k === RegKind.X) x[r.n] = v;
  else s[s.length - 1 - r.n] = v;
}
