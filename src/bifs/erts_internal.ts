// erts_internal: the BIFs OTP's erlang.erl and kernel call underneath the
// public API. Only those that make sense without distribution, ports or
// code purging are real; the rest answer as an idle single-node BEAM would.

import {
  atom, Atom, Bitstring, Cons, Float, Fun, NIL, Pid, Port, Ref, FALSE, TRUE, OK, UNDEFINED, type Term,
} from '../term/types.js';
import { ErlMap } from '../term/map.js';
import { compareExact } from '../term/compare.js';
import { badarg } from '../vm/exception.js';
import { current } from '../vm/context.js';
import { defineNatives } from './registry.js';

const FIXNUM_MIN = -(2 ** 59);
const FIXNUM_LIMIT = 2 ** 59; // exclusive (2 ** 59 - 1 is not exact as a double)
const HEAP_BIN_LIMIT = 64;

/** erts_internal:term_type/1: the BEAM's internal tag for a term (64-bit emulator). */
export function termType(t: Term): Atom {
  let name: string;
  if (typeof t === 'number') name = t >= FIXNUM_MIN && t < FIXNUM_LIMIT ? 'fixnum' : 'bignum';
  else if (typeof t === 'bigint') name = 'bignum';
  else if (t instanceof Float) name = 'hfloat';
  else if (t instanceof Atom) name = 'atom';
  else if (t === NIL) name = 'nil';
  else if (t instanceof Cons) name = 'list';
  else if (Array.isArray(t)) name = 'tuple';
  else if (t instanceof Bitstring) {
    if ((t.bitSize & 7) !== 0 || (t.bitOffset & 7) !== 0) name = 'sub_binary';
    else name = t.bitSize >>> 3 <= HEAP_BIN_LIMIT ? 'heap_binary' : 'refc_binary';
  } else if (t instanceof ErlMap) name = t.size <= 32 ? 'flatmap' : 'hashmap';
  else if (t instanceof Pid) name = t.node.name === 'nonode@nohost' ? 'pid' : 'external_pid';
  else if (t instanceof Port) name = t.node.name === 'nonode@nohost' ? 'port' : 'external_port';
  else if (t instanceof Ref) name = t.node.name === 'nonode@nohost' ? 'reference' : 'external_reference';
  else if (t instanceof Fun) name = t.kind === 1 ? 'export' : 'fun';
  else name = 'unknown';
  return atom(name);
}

defineNatives('erts_internal', {
  'cmp_term/2': (a, b) => compareExact(a, b),
  'term_type/1': termType,
  'time_unit/0': () => 1_000_000_000,
  'perf_counter_unit/0': () => 1_000_000_000,
  'is_system_process/1': (p) => (p instanceof Pid ? FALSE : badarg()),
  'get_creation/0': () => UNDEFINED,
  'garbage_collect/1': () => TRUE,
  'check_process_code/1': () => FALSE,
  'check_process_code/3': () => FALSE,
  'check_dirty_process_code/2': () => FALSE,
  'is_process_executing_dirty/1': () => FALSE,
  'dirty_process_handle_signals/1': () => atom('more'),
  'purge_module/2': (m) => (m instanceof Atom ? FALSE : badarg()),
  // a system task (gc, cpc, ...) completes at once: reply as the BEAM's task would
  'request_system_task/3': (pid, _prio, req) => systemTask(pid, req),
  'request_system_task/4': (pid, _prio, req) => systemTask(pid, req),
  'no_aux_work_threads/0': () => 1,
  'scheduler_wall_time/1': () => FALSE,
  'system_check/1': () => OK,
  'get_dflags/0': () => [atom('erts_dflags'), 0, 0, 0, 0, 0, 0],
});

/** The task runs at once: reply {Kind, ReqId, Result} to the caller as the BEAM's task would. */
function systemTask(pid: Term, req: Term): Term {
  if (!(pid instanceof Pid) || !Array.isArray(req) || req.length < 2) return badarg();
  const kind = req[0];
  const p = current();
  if (kind instanceof Atom && (kind.name === 'garbage_collect' || kind.name === 'check_process_code' ||
      kind.name === 'copy_literals')) {
    const result = kind.name === 'garbage_collect' ? TRUE : kind.name === 'copy_literals' ? OK : FALSE;
    p.vm.send(p.pid, [kind, req[1], result]);
  }
  return OK;
}
