// A native that must continue in Erlang code returns a Trap instead of a
// term: the executor then calls the fun or M:F with the given arguments in
// place of the native (a tail call, so the native's caller gets the result).

import type { Atom, Fun, Term } from '../term/types.js';

export class Trap {
  constructor(
    /** a fun to call, or null when calling module:name */
    readonly fun: Fun | null,
    readonly module: Atom | null,
    readonly name: Atom | null,
    readonly args: Term[],
  ) {}
}

export function trapApply(module: Atom, name: Atom, args: Term[]): Term {
  return new Trap(null, module, name, args) as unknown as Term;
}

export function trapApplyFun(fun: Fun, args: Term[]): Term {
  return new Trap(fun, null, null, args) as unknown as Term;
}
