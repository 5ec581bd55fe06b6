// Stack traces in OTP's format: a list of {M, F, ArityOrArgs, Location}
// with Location = [{file, "m.erl"}, {line, N}], at most 8 entries (the
// BEAM's default backtrace_depth). Built when an exception is raised, from
// the faulting instruction and the return addresses on the process stack.

import { Cons, NIL, atom, type Atom, type Term } from '../term/types.js';
import { ErlMap } from '../term/map.js';
import { arrayToList, stringToList } from '../term/list.js';
import { LoadedModule } from './module.js';
import type { ErlangException } from './exception.js';

let BACKTRACE_DEPTH = 8;

/** erlang:system_flag(backtrace_depth, N): set the depth, return the old one. */
export function setBacktraceDepth(n: number): number {
  const old = BACKTRACE_DEPTH;
  BACKTRACE_DEPTH = n;
  return old;
}
const A_FILE = atom('file');
const A_LINE = atom('line');
const A_ERROR_INFO = atom('error_info');
const A_MODULE = atom('module');
const A_CAUSE = atom('cause');
const A_ERTS_ERRORS = atom('erl_erts_errors');
const A_STDLIB_ERRORS = atom('erl_stdlib_errors');
const A_ERLANG = atom('erlang');
// the modules whose BIF errors erl_erts_errors explains (the rest: erl_stdlib_errors)
const ERTS_ERROR_MODULES = new Set([A_ERLANG, atom('atomics'), atom('counters'), atom('persistent_term')]);
// ... and those erl_kernel_errors explains
const KERNEL_ERROR_MODULES = new Set([atom('os'), atom('code')]);
const A_KERNEL_ERRORS = atom('erl_kernel_errors');

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

export function errorInfoFor(module: Atom, cause: Term | null = null): Term {
  const m = ERTS_ERROR_MODULES.has(module) ? A_ERTS_ERRORS : KERNEL_ERROR_MODULES.has(module) ? A_KERNEL_ERRORS : A_STDLIB_ERRORS;
  const info = ErlMap.EMPTY.put(A_MODULE, m);
  return [A_ERROR_INFO, cause === null ? info : info.put(A_CAUSE, cause)];
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
    frames.push([m, f, arrayToList(exc.args ?? []), new Cons(errorInfoFor(m, exc.cause), NIL)]);
  }
  const args = exc.frameArgs ?? topArgs;
  const cur =
    lm === trampoline || exc.inTailCall ? null : frameAt(lm, ip, args === null ? null : arrayToList(args), exc.errorInfo);
  if (cur !== null) frames.push(cur);
  pushReturnFrames(frames, stack);
  if (frames.length > BACKTRACE_DEPTH) frames.length = BACKTRACE_DEPTH;
  return arrayToList(frames);
}

/**
 * process_info(P, current_stacktrace): the function at instruction `ip` of
 * `lm` (with its line) followed by the return addresses on `stack`, at most
 * backtrace_depth entries.
 */
export function currentStacktrace(lm: LoadedModule, ip: number, stack: unknown[]): Term {
  const frames: Term[] = [];
  if (lm !== trampoline) {
    const f = frameAt(lm, ip, null, null);
    if (f !== null) frames.push(f);
  }
  pushReturnFrames(frames, stack);
  return arrayToList(frames);
}

// The return addresses on `stack`, innermost first, as frames. Like the
// BEAM's gather_stacktrace, a return address equal to the one just recorded
// is skipped: a body-recursive function shows once per call site, not once
// per level of recursion.
function pushReturnFrames(frames: Term[], stack: unknown[]): void {
  let prevModule: LoadedModule | null = null;
  let prevIp = -1;
  for (let i = stack.length - 2; i >= 0 && frames.length < BACKTRACE_DEPTH; i--) {
    const s = stack[i];
    if (!(s instanceof LoadedModule) || s === trampoline) continue;
    const ip = stack[i + 1] as number;
    if (s === prevModule && ip === prevIp) continue;
    prevModule = s;
    prevIp = ip;
    const f = frameAt(s, ip - 1, null, null);
    if (f !== null) frames.push(f);
  }
}
