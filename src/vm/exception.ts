// The one exception type that BIFs and the executor throw. It is not a JS
// Error: capturing a JS stack on every badarg would be slow and useless.

import { atom, type Atom, type Term } from '../term/types.js';

export const CLASS_ERROR = atom('error');
export const CLASS_EXIT = atom('exit');
export const CLASS_THROW = atom('throw');

export class ErlangException {
  constructor(
    /** error | exit | throw */
    readonly cls: Atom,
    readonly reason: Term,
    /** the stack trace term once built (list of {M,F,A|Args,Loc}); null until then */
    public stacktrace: Term | null = null,
    /** for errors raised inside a BIF: the arguments it was called with (goes in the trace) */
    public args: Term[] | null = null,
  ) {}
  /** the native that raised it ([module, name]); its {M,F,Args,Info} frame tops the trace */
  bif: [Atom, Atom] | null = null;
  /** raised by error/1,2,3, exit/1, throw/1: no frame for the native itself */
  noBifFrame = false;
  /** error/2,3: these arguments replace the arity in the caller's top frame */
  frameArgs: Term[] | null = null;
  /** error/3's error_info option, added to the top frame's location */
  errorInfo: Term | null = null;
  /** a BIF's error_info `cause` (ets: access, id, badkey, ...), or null */
  cause: Term | null = null;
  /** a frame placed above the faulting function's (undef: {M,F,Args,[]}) */
  topFrame: Term | null = null;
  /** raised by a tail call: the faulting function's own frame is already gone from the trace */
  inTailCall = false;
  /** no catch can stop it: the process exits (ERTS's EXC_INTERNAL_ERROR, e.g. re:run past the subject's end) */
  panic = false;
}

export function error(reason: Term): never {
  throw new ErlangException(CLASS_ERROR, reason);
}
export function exit(reason: Term): never {
  throw new ErlangException(CLASS_EXIT, reason);
}
export function throwTerm(reason: Term): never {
  throw new ErlangException(CLASS_THROW, reason);
}

const BADARG = atom('badarg');
const BADARITH = atom('badarith');
const SYSTEM_LIMIT = atom('system_limit');
export function badarg(): never {
  throw new ErlangException(CLASS_ERROR, BADARG);
}
/** badarg whose BIF frame's error_info map carries `cause`, as ERTS gives for some BIFs. */
export function badargCause(cause: Term): never {
  const e = new ErlangException(CLASS_ERROR, BADARG);
  e.cause = cause;
  throw e;
}
export function badarith(): never {
  throw new ErlangException(CLASS_ERROR, BADARITH);
}
export function systemLimit(): never {
  throw new ErlangException(CLASS_ERROR, SYSTEM_LIMIT);
}
