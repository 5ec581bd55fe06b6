// Steps shared by the interpreter (executor.ts) and the compiled code
// (jit.ts), so both tiers give an instruction the very same meaning.

import { Atom, Float, NIL, atom, type Term } from '../term/types.js';
import { eqExact } from '../term/compare.js';
import type { ExtList, Import, Label, Lit, Operand } from '../loader/ir.js';
import type { Native } from '../bifs/registry.js';
import { CLASS_ERROR, CLASS_EXIT, CLASS_THROW, ErlangException, error } from './exception.js';
import { undefException } from './exec_calls.js';
import type { LoadedModule } from './module.js';
import type { Process } from './process.js';

/** x0 after an exception lands in a catch: no value. */
export const NON_VALUE = { nonValue: true } as unknown as Term;

const A_EXIT = atom('EXIT');
const A_BADARG = atom('badarg');
const A_INFINITY = atom('infinity');
const A_TIMEOUT_VALUE = atom('timeout_value');

/** A raw stacktrace (the exception object in x registers) as its list term. */
export function traceOf(raw: Term): Term {
  if ((raw as unknown) instanceof ErlangException) return (raw as unknown as ErlangException).stacktrace ?? NIL;
  return raw;
}

/** Bind a guard BIF's import on first use. */
export function bindBif(p: Process, imp: Import): Native {
  const t = p.vm.resolve(imp.module, imp.name, imp.arity);
  if (typeof t !== 'function') throw undefException(imp.module, imp.name, []);
  imp.target = t;
  return t as Native;
}

/** Bind a call_ext import on first use; undef when nothing answers (`tail`: call_ext_last/only). */
export function bindExt(p: Process, imp: Import, tail = false): unknown {
  const t = p.vm.resolve(imp.module, imp.name, imp.arity);
  if (t === null) throw undefException(imp.module, imp.name, p.x.slice(0, imp.arity), tail);
  imp.target = t;
  return t;
}

/** catch_end after the y slot is cleared: turn a caught exception into catch's value. */
export function catchEnd(x: Term[]): void {
  if (x[0] === NON_VALUE) {
    const cls = x[1];
    if (cls === CLASS_THROW) x[0] = x[2];
    else if (cls === CLASS_ERROR) x[0] = [A_EXIT, [x[2], traceOf(x[3])]];
    else x[0] = [A_EXIT, x[2]];
  }
}

/** raw_raise: rethrow x0:x1 with trace x2, or x0 = badarg for a bad class. */
export function rawRaise(x: Term[]): void {
  const cls = x[0];
  if (cls === CLASS_ERROR || cls === CLASS_EXIT || cls === CLASS_THROW) {
    const e = new ErlangException(cls as Atom, x[1]);
    e.stacktrace = traceOf(x[2]);
    throw e;
  }
  x[0] = A_BADARG;
}

/** the old raise/2: the class comes from the raw trace. */
export function raiseOld(raw: Term, reason: Term): never {
  const r = raw as unknown;
  const cls = r instanceof ErlangException ? r.cls : CLASS_ERROR;
  const e = new ErlangException(cls, reason);
  e.stacktrace = traceOf(raw);
  throw e;
}

/**
 * wait_timeout before suspending: false when the receive must go on to
 * `timeout` at once (the timer fired, or a zero timeout); true to suspend
 * (arming the timer on the first pass).
 */
export function waitTimeout(p: Process, t: Term): boolean {
  if (p.timedOut) {
    p.timedOut = false;
    return false;
  }
  if (!p.timerActive && t !== A_INFINITY) {
    if (typeof t === 'number' && t >= 0) {
      if (t === 0) return false;
      p.vm.armReceiveTimer(p, t);
    } else if (typeof t === 'bigint' && t > 0n) {
      p.vm.armReceiveTimer(p, 2 ** 31);
    } else error(A_TIMEOUT_VALUE);
  }
  return true;
}

/** select_val: a linear scan for short lists, a Map built once for long ones. */
export function selectVal(lm: LoadedModule, at: number, v: Term, a: Operand[]): number {
  const items = (a[2] as ExtList).items;
  if (items.length <= 16) {
    for (let i = 0; i < items.length; i += 2) {
      const k = (items[i] as Lit).value;
      if (k === v) return (items[i + 1] as Label).index;
    }
    if (v instanceof Float || typeof v === 'bigint') {
      for (let i = 0; i < items.length; i += 2) {
        if (eqExact((items[i] as Lit).value, v)) return (items[i + 1] as Label).index;
      }
    }
    return (a[1] as Label).index;
  }
  let m = lm.aux[at] as Map<unknown, number> | undefined;
  if (m === undefined) {
    m = new Map();
    for (let i = 0; i < items.length; i += 2) {
      const k = (items[i] as Lit).value;
      const key = k instanceof Float ? 'f' + k.value : k;
      if (!m.has(key)) m.set(key, (items[i + 1] as Label).index);
    }
    lm.aux[at] = m;
  }
  const key = v instanceof Float ? 'f' + v.value : v;
  const r = m.get(key);
  return r === undefined ? (a[1] as Label).index : r;
}
