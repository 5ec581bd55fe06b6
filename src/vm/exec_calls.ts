// Calls whose target is only known at run time: apply, funs, traps from
// natives, and binding an import on first use. The executor syncs p.lm/p.ip
// (the continuation) before calling these and reloads them after; when one
// throws, the executor's own position still names the calling instruction.

import { Atom, Fun, NIL, atom, type Term } from '../term/types.js';
import { arrayToList, listToArray } from '../term/list.js';
import type { Native } from '../bifs/registry.js';
import { ErlangException, CLASS_ERROR, badarg, error } from './exception.js';
import { FunRef, LoadedModule } from './module.js';
import { Trap } from './trap.js';
import type { Process } from './process.js';

/** An exported function's entry. */
export class ExportRef {
  constructor(
    readonly lm: LoadedModule,
    readonly ip: number,
  ) {}
}

const A_UNDEF = atom('undef');
const A_BADFUN = atom('badfun');
const A_BADARITY = atom('badarity');

export function undefException(m: Term, f: Term, args: Term[], tail = false): ErlangException {
  const e = new ErlangException(CLASS_ERROR, A_UNDEF);
  e.noBifFrame = true;
  e.topFrame = [m, f, arrayToList(args), NIL];
  e.inTailCall = tail;
  return e;
}

export function callNative(fn: Native, x: Term[], n: number): Term {
  switch (n) {
    case 0:
      return fn();
    case 1:
      return fn(x[0]);
    case 2:
      return fn(x[0], x[1]);
    case 3:
      return fn(x[0], x[1], x[2]);
    case 4:
      return fn(x[0], x[1], x[2], x[3]);
    default:
      return fn(...x.slice(0, n));
  }
}

/** Return from the current function: the continuation is on the stack top. */
function doReturn(p: Process): void {
  const s = p.stack;
  p.ip = s.pop() as number;
  p.lm = s.pop() as LoadedModule;
}

/**
 * Call m:f with `n` arguments in x0..x(n-1). Non-tail: the continuation is
 * p.lm/p.ip and is pushed when entering Erlang code; tail: it is already on
 * the stack. Natives complete here (result in x0).
 */
export function invokeMfa(p: Process, m: Term, f: Term, n: number, tail: boolean): void {
  for (;;) {
    if (!(m instanceof Atom) || !(f instanceof Atom)) badarg();
    const t = p.vm.resolve(m, f, n);
    if (t === null) throw undefException(m, f, p.x.slice(0, n), tail);
    if (t instanceof ExportRef) {
      if (!tail) p.stack.push(p.lm, p.ip);
      p.lm = t.lm;
      p.ip = t.ip;
      return;
    }
    let r: Term;
    try {
      r = callNative(t, p.x, n);
    } catch (e) {
      if (e instanceof ErlangException && e.bif === null) {
        e.bif = [m, f];
        e.args = p.x.slice(0, n);
      }
      throw e;
    }
    if (r instanceof Trap) {
      const tr = r as Trap;
      n = loadArgs(p, tr.args);
      if (tr.fun !== null) return invokeFun(p, tr.fun, n, tail);
      m = tr.module!;
      f = tr.name!;
      continue;
    }
    p.x[0] = r;
    if (tail) doReturn(p);
    return;
  }
}

function loadArgs(p: Process, args: Term[]): number {
  const x = p.x;
  for (let i = 0; i < args.length; i++) x[i] = args[i];
  return args.length;
}

/** Call fun `fn` with `n` arguments in x0..x(n-1). */
export function invokeFun(p: Process, fn: Term, n: number, tail: boolean): void {
  if (!(fn instanceof Fun)) error([A_BADFUN, fn]);
  if (fn.arity !== n) error([A_BADARITY, [fn, arrayToList(p.x.slice(0, n))]]);
  if (fn.kind === 1) return invokeMfa(p, fn.module, fn.name, n, tail);
  let ref = fn.entry as FunRef | null;
  if (ref === null) {
    ref = p.vm.funRefFor(fn);
    if (ref === null) throw undefException(fn.module, fn.name, p.x.slice(0, n), tail);
    fn.entry = ref;
  }
  const env = fn.env;
  const x = p.x;
  for (let i = 0; i < env.length; i++) x[n + i] = env[i];
  if (!tail) p.stack.push(p.lm, p.ip);
  p.lm = ref.lm;
  p.ip = ref.ip;
}

/** Continue a native's Trap: a tail call in the native's place. */
export function invokeTrap(p: Process, tr: Trap, tail: boolean): void {
  const n = loadArgs(p, tr.args);
  if (tr.fun !== null) invokeFun(p, tr.fun, n, tail);
  else invokeMfa(p, tr.module!, tr.name!, n, tail);
}

/** apply(M, F, Args) / apply(Fun, Args) argument checks shared by natives. */
export function argList(l: Term): Term[] {
  const a = listToArray(l);
  if (a === null) badarg();
  return a;
}
