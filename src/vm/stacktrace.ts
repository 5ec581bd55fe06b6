// Stack traces in OTP's format: a list of {M, F, ArityOrArgs, Location}
// with Location = [{file, "m.erl"}, {line, N}], at most 8 entries (the
// BEAM's default backtrace_depth). Built when an exception is raised, from
// the faulting instruction and the return addresses on the process stack.

import { Cons, NIL, atom, type Atom, type Term } from '../term/types.js';
import { ErlMap } from '../term/map.js';
import { arrayToList, stringToList } from '../term/list.js';
import { LoadedModule } from './module.js';
import type { ErlangException } from './exception.js';

const BACKTRACE_DEPTH = 8;
const A_FILE = atom('file');
const A_LINE = atom('line');
const A_ERROR_INFO = atom('error_info');
const A_MODULE = atom('module');
const A_ERTS_ERRORS = atom('erl_erts_errors');
const A_STDLIB_ERRORS = atom('erl_stdlib_errors');
const A_ERLANG = atom('erlang');

let trampoline: LoadedModule | null = null;
export function setTrampoline(lm: LoadedModule): void {
  trampoline = lm;
}

const fileCache = new Map<string, Term>();
function fileTerm(f: string): Term {
  let t = fileCache.get(f);
  if (t === undefined) {
    t = stringToList(f);
    fileCache.set(f, t);
  }
  return t;
}

/** [{file, F}, {line, L}] for instruction `ip`, or [] when unknown. */
export function location(lm: LoadedModule, ip: number, extra: Term | null = null): Term {
  const l = lm.lineAt(ip);
  let tail: Term = extra === null ? NIL : new Cons(extra, NIL);
  if (l === null) return tail;
  tail = new Cons([A_LINE, l.line], tail);
  return new Cons([A_FILE, fileTerm(l.file)], tail);
}

function frameAt(lm: LoadedModule, ip: number, arityOrArgs: Term | null, extra: Term | null): Term | null {
  const fn = lm.functionAt(ip);
  if (fn === null) return null;
  return [lm.name, fn.name, arityOrArgs ?? fn.arity, location(lm, ip, extra)];
}

export function errorInfoFor(module: Atom): Term {
  const m = module === A_ERLANG ? A_ERTS_ERRORS : A_STDLIB_ERRORS;
  return [A_ERROR_INFO, ErlMap.EMPTY.put(A_MODULE, m)];
}

/**
 * The trace for `exc` raised at instruction `ip` of `lm` with the given
 * stack. `topArgs` replaces the arity of the faulting function's frame
 * (function_clause, error/2).
 */
export function buildStacktrace(
  exc: ErlangException,
  lm: LoadedModule,
  ip: number,
  stack: unknown[],
  topArgs: Term[] | null,
): Term {
  const frames: Term[] = [];
  if (exc.topFrame !== null) frames.push(exc.topFrame);
  if (exc.bif !== null && !exc.noBifFrame) {
    const [m, f] = exc.bif;
    frames.push([m, f, arrayToList(exc.args ?? []), new Cons(errorInfoFor(m), NIL)]);
  }
  const args = exc.frameArgs ?? topArgs;
  const cur =
    lm === trampoline || exc.inTailCall ? null : frameAt(lm, ip, args === null ? null : arrayToList(args), exc.errorInfo);
  if (cur !== null) frames.push(cur);
  for (let i = stack.length - 2; i >= 0 && frames.length < BACKTRACE_DEPTH; i--) {
    const s = stack[i];
    if (s instanceof LoadedModule) {
      if (s === trampoline) continue;
      const f = frameAt(s, (stack[i + 1] as number) - 1, null, null);
      if (f !== null) frames.push(f);
    }
  }
  if (frames.length > BACKTRACE_DEPTH) frames.length = BACKTRACE_DEPTH;
  return arrayToList(frames);
}
