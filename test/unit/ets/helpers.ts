// Shared stand-ins for the ETS unit tests: a minimal process and VM so that
// natives can see a caller (current()) and deliver ETS-TRANSFER messages.
import { Pid, Ref, atom, Float, type Term } from '../../../src/term/types.js';
import { arrayToList } from '../../../src/term/list.js';
import { formatTerm } from '../../../src/term/print.js';
import { setCurrent } from '../../../src/vm/context.js';
import { ErlangException } from '../../../src/vm/exception.js';
import { lookupNative } from '../../../src/bifs/registry.js';
import type { Process } from '../../../src/vm/process.js';

export interface FakeProc {
  pid: Pid;
  vm: FakeVm;
  alive: boolean;
  msgs: Term[];
}
export class FakeVm {
  procs = new Map<number, FakeProc>();
  private n = 1000;
  makeRef(): Ref {
    const n = this.n++;
    return new Ref([n, 7, 0]);
  }
  lookup(pid: Term): FakeProc | undefined {
    return pid instanceof Pid ? this.procs.get(pid.id) : undefined;
  }
  deliver(p: FakeProc, m: Term): void {
    p.msgs.push(m);
  }
  spawn(id: number): FakeProc {
    const p: FakeProc = { pid: new Pid(id, 0), vm: this, alive: true, msgs: [] };
    this.procs.set(id, p);
    return p;
  }
}
export const vm = new FakeVm();
export function runAs(p: FakeProc): void {
  setCurrent(p as unknown as Process);
}

export const A = atom;
export const L = (...xs: Term[]): Term => arrayToList(xs);
export const F = (x: number): Term => new Float(x);
export const w = formatTerm;

/** Call mod:fun(args) through the natives table. */
export function call(mod: string, fun: string, ...args: Term[]): Term {
  const f = lookupNative(mod, fun, args.length);
  if (f === undefined) throw new Error(`no native ${mod}:${fun}/${args.length}`);
  return f(...args);
}
export const ets = (fun: string, ...args: Term[]): Term => call('ets', fun, ...args);

/** The error reason as ~w text, or 'ok:<result>' when no exception. */
export function attempt(fn: () => Term): string {
  try {
    return 'ok:' + formatTerm(fn());
  } catch (e) {
    if (e instanceof ErlangException) return `${e.cls.name}:${formatTerm(e.reason)}`;
    throw e;
  }
}
