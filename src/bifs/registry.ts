// One table maps {Module, Function, Arity} to a TypeScript function, whether
// OTP calls it a BIF or a NIF. The executor consults it before a module's own
// code, so a `nif_error` stub in an OTP .beam is replaced by the native.
//
// A native takes its arguments positionally and returns the result term. It
// reaches the calling process through `current()` in src/vm/context.ts. It
// signals errors by throwing ErlangException (src/vm/exception.ts); the
// executor adds {M,F,Args} to the stack trace. A native that must run Erlang
// code or suspend returns a Trap (src/vm/trap.ts) instead of a term.

import type { Term } from '../term/types.js';

export type Native = (...args: Term[]) => Term;

const table = new Map<string, Native>();
/** modules with at least one native */
const modules = new Set<string>();

function key(module: string, name: string, arity: number): string {
  return module + ':' + name + '/' + arity;
}

/**
 * Register the natives of one Erlang module. `fns` maps "name/arity" to the
 * function; the arity is also checked against fn.length where it is declared.
 */
export function defineNatives(module: string, fns: Record<string, Native>): void {
  for (const [nameArity, fn] of Object.entries(fns)) {
    const slash = nameArity.lastIndexOf('/');
    const name = nameArity.slice(0, slash);
    const arity = Number(nameArity.slice(slash + 1));
    const k = key(module, name, arity);
    // Two natives for one function would make the winner depend on import order.
    if (table.has(k)) throw new Error(`native ${k} is defined twice`);
    table.set(k, fn);
  }
  modules.add(module);
}

/** Whether any function of `module` has a native (lets the loader skip most modules). */
export function hasNatives(module: string): boolean {
  return modules.has(module);
}

export function lookupNative(module: string, name: string, arity: number): Native | undefined {
  return table.get(key(module, name, arity));
}

export function hasNative(module: string, name: string, arity: number): boolean {
  return table.has(key(module, name, arity));
}
