// erlang: processes, messages, links, monitors, exits, the process
// dictionary, timers, time, and system information.

import {
  Atom, Bitstring, Cons, FALSE, Float, Fun, NIL, OK, Pid, Ref, TRUE, UNDEFINED, LOCAL_NODE, atom, bool, type Term,
} from '../term/types.js';
import { ErlMap } from '../term/map.js';
import { arrayToList, listToArray, stringToList } from '../term/list.js';
import { defineNatives } from './registry.js';
import { CLASS_ERROR, CLASS_EXIT, CLASS_THROW, ErlangException, badarg } from '../vm/exception.js';
import { current } from '../vm/context.js';
import { trapApply, trapApplyFun } from '../vm/trap.js';
import { currentStacktrace, setBacktraceDepth } from '../vm/stacktrace.js';
import { Status, type Process } from '../vm/process.js';
import { CONTEXT_REDS } from '../vm/scheduler.js';
import { AliasMode, refKey, type Vm, type VmTimer } from '../runtime/vm.js';
import { timeUnitFactor } from './time_unit.js';

const A_LINK = atom('link');
const A_MONITOR = atom('monitor');
const A_TRAP_EXIT = atom('trap_exit');
const A_PROCESS = atom('process');
const A_NOPROC = atom('noproc');
const A_NOCONNECTION = atom('noconnection');
const A_FLUSH = atom('flush');
const A_INFO = atom('info');
const A_TIMEOUT = atom('timeout');
const A_ABS = atom('abs');
const A_ASYNC = atom('async');
const A_NORMAL = atom('normal');
const A_NATIVE = atom('native');
const A_ERLANG = atom('erlang');
const A_APPLY = atom('apply');

function self(): Process {
  return current();
}

function argList(l: Term): Term[] {
  const a = listToArray(l);
  if (a === null) badarg();
  return a;
}

function proplistHas(opts: Term, key: Atom): boolean {
  for (let l = opts; l instanceof Cons; l = l.tail) if (l.head === key) return true;
  return false;
}

/** spawn variants: `f` null means `m` is a fun. */
function doSpawn(m: Term, f: Term | null, args: Term, opts: Term): Term {
  const p = self();
  if (f === null) {
    if (!(m instanceof Fun)) badarg();
  } else {
    if (!(m instanceof Atom) || !(f instanceof Atom)) badarg();
    if (listToArray(args) === null) badarg();
  }
  checkSpawnOpts(opts);
  const link = proplistHas(opts, A_LINK);
  const mon = proplistHas(opts, A_MONITOR);
  const ref = mon ? p.vm.makeRef() : undefined;
  const child = p.vm.spawnProcess(p, m, f, args, {
    link: link ? p : undefined,
    monitor: mon ? p : undefined,
    monitorRef: ref,
  });
  for (let l = opts; l instanceof Cons; l = l.tail) {
    const o = l.head;
    if (Array.isArray(o) && o.length === 2 && o[0] === A_PRIORITY) child.priority = o[1] as Atom;
    else if (Array.isArray(o) && o.length === 2 && o[0] === A_MESSAGE_QUEUE_DATA) {
      const store = child as unknown as { flags?: Map<Atom, Term> };
      (store.flags ??= new Map()).set(A_MESSAGE_QUEUE_DATA, o[1]);
    }
  }
  return mon ? [child.pid, ref!] : child.pid;
}

const A_MESSAGE_QUEUE_DATA = atom('message_queue_data');
const SPAWN_INT_OPTS = new Set(['fullsweep_after', 'min_heap_size', 'min_bin_vheap_size']);
const PRIORITIES = new Set(['low', 'normal', 'high', 'max']);

/** erlang:spawn_opt rejects (badarg) anything that is not a known option with a valid value. */
function checkSpawnOpts(opts: Term): void {
  let l = opts;
  for (; l instanceof Cons; l = l.tail) {
    const o = l.head;
    if (o === A_LINK || o === A_MONITOR) continue;
    if (!Array.isArray(o) || o.length !== 2 || !(o[0] instanceof Atom)) badarg();
    const [k, v] = o;
    const name = (k as Atom).name;
    if (name === 'priority' && v instanceof Atom && PRIORITIES.has(v.name)) continue;
    if (SPAWN_INT_OPTS.has(name) && typeof v === 'number' && v >= 0) continue;
    if (name === 'message_queue_data' && (v === atom('on_heap') || v === atom('off_heap'))) continue;
    if (name === 'max_heap_size' || name === 'monitor' || name === 'async_dist') continue;
    badarg();
  }
  if (l !== NIL) badarg();
}

// ---------------------------------------------------------------- dictionary keys

/** A Map key that is equal for =:=-equal terms. */
export function termKey(t: Term): unknown {
  if (typeof t === 'number' || t instanceof Atom) return t;
  return serialize(t);
}

function serialize(t: Term): string {
  const out: string[] = [];
  const walk = (u: Term): void => {
    if (typeof u === 'number') out.push('i', String(u), ';');
    else if (typeof u === 'bigint') out.push('i', u.toString(), ';');
    else if (u instanceof Atom) out.push('a', String(u.name.length), ':', u.name);
    else if (u === NIL) out.push('n');
    else if (u instanceof Float) out.push('f', String(u.value), ';');
    else if (u instanceof Cons) {
      let l: Term = u;
      out.push('[');
      while (l instanceof Cons) {
        walk(l.head);
        l = l.tail;
      }
      out.push('|');
      walk(l);
    } else if (Array.isArray(u)) {
      out.push('{', String(u.length), ':');
      for (const e of u) walk(e);
    } else if (u instanceof Bitstring) {
      out.push('b', String(u.bitSize), ':');
      for (let i = 0; i < (u.bitSize + 7) >>> 3; i++) {
        const bit = u.bitOffset + i * 8;
        const byte = bit >>> 3;
        const sh = bit & 7;
        const v = sh === 0 ? u.data[byte] : ((u.data[byte] << sh) | ((u.data[byte + 1] ?? 0) >>> (8 - sh))) & 0xff;
        out.push(String.fromCharCode(v));
      }
    } else if (u instanceof Pid) out.push('p', String(u.id), '.', String(u.serial), u.node.name, ';');
    else if (u instanceof Ref) out.push('r', u.ids.join('.'), u.node.name, ';');
    else if (u instanceof Fun) {
      out.push('u', String(u.kind), u.module.name, ':', u.name.name, '/', String(u.arity), ':');
      for (const e of u.env) walk(e);
    } else if (u instanceof ErlMap) {
      out.push('m', String(u.size), ':');
      for (const [k, v] of u.entries()) {
        walk(k);
        walk(v);
      }
    } else out.push('?', String(u));
  };
  walk(t);
  return out.join('');
}

const A_BADARG = atom('badarg');
const A_PRIORITY = atom('priority');

// ---------------------------------------------------------------- timers

function timerDest(p: Process, dest: Term): void {
  if (!(dest instanceof Pid) && !(dest instanceof Atom)) badarg();
  void p;
}

function startTimer(time: Term, dest: Term, msg: Term, opts: Term, wrap: boolean): Term {
  const p = self();
  const vm = p.vm;
  timerDest(p, dest);
  if (typeof time !== 'number' || time < 0) badarg();
  let ms = time;
  for (let l = opts; l instanceof Cons; l = l.tail) {
    const o = l.head;
    if (Array.isArray(o) && o[0] === A_ABS && o[1] === TRUE) ms = time - vm.uptimeMs();
  }
  if (ms < 0) ms = 0;
  const ref = vm.makeRef();
  const key = refKey(ref);
  const deadline = vm.host.monotonicMs() + ms;
  // A timer aimed at a pid lives only as long as that process (as on the BEAM).
  let target: Process | null = null;
  if (dest instanceof Pid) {
    const q = vm.lookup(dest);
    if (q === undefined) return ref;
    target = q;
    (q.targetOfTimers ??= new Set()).add(key);
  }
  const t: VmTimer = { handle: null, deadline, target, ref, dest, msg, wrap };
  armTimer(vm, t, ms);
  return ref;
}

/** Start timer `t` firing in `ms` (also how a boot image re-arms its timers: src/snapshot/state.ts). */
export function armTimer(vm: Vm, t: VmTimer, ms: number): void {
  const key = refKey(t.ref);
  t.handle = vm.host.setTimer(ms, () => {
    vm.timers.delete(key);
    const m = t.wrap ? [A_TIMEOUT, t.ref, t.msg] : t.msg;
    const target = t.target;
    if (target !== null) {
      target.targetOfTimers?.delete(key);
      if (target.alive) vm.deliver(target, m);
    } else {
      const q = vm.registered.get(t.dest as Atom);
      if (q !== undefined) vm.deliver(q, m);
    }
  });
  vm.timers.set(key, t);
}

function cancelTimer(ref: Term, opts: Term): Term {
  if (!(ref instanceof Ref)) badarg();
  const vm = self().vm;
  const key = refKey(ref);
  const t = vm.timers.get(key);
  let result: Term = FALSE;
  if (t !== undefined) {
    vm.host.clearTimer(t.handle as never);
    vm.timers.delete(key);
    t.target?.targetOfTimers?.delete(key);
    result = Math.max(0, Math.ceil(t.deadline - vm.host.monotonicMs()));
  }
  let async = false;
  let info = true;
  for (let l = opts; l instanceof Cons; l = l.tail) {
    const o = l.head;
    if (Array.isArray(o) && o[0] === A_ASYNC) async = o[1] === TRUE;
    if (Array.isArray(o) && o[0] === A_INFO) info = o[1] === TRUE;
  }
  if (async) {
    if (info) vm.deliver(self(), [atom('cancel_timer'), ref, result]);
    return OK;
  }
  return info ? result : OK;
}

function readTimer(ref: Term): Term {
  if (!(ref instanceof Ref)) badarg();
  const vm = self().vm;
  const t = vm.timers.get(refKey(ref));
  if (t === undefined) return FALSE;
  return Math.max(0, Math.ceil(t.deadline - vm.host.monotonicMs()));
}

// ---------------------------------------------------------------- exceptions

function raiseWith(cls: Atom, reason: Term, noFrame: boolean): never {
  const e = new ErlangException(cls, reason);
  e.noBifFrame = noFrame;
  throw e;
}

/** A list of {M, F, ArityOrArgs, Location} or {Fun, ArityOrArgs, Location} entries. */
function isStacktrace(t: Term): boolean {
  const frames = listToArray(t);
  if (frames === null) return false;
  for (const f of frames) {
    if (!Array.isArray(f)) return false;
    const argsOk = (a: Term): boolean => typeof a === 'number' || listToArray(a) !== null;
    if (f.length === 4) {
      if (!(f[0] instanceof Atom) || !(f[1] instanceof Atom) || !argsOk(f[2]) || listToArray(f[3]) === null) return false;
    } else if (f.length === 3) {
      if (!(f[0] instanceof Fun) || !argsOk(f[1]) || listToArray(f[2]) === null) return false;
    } else {
      return false;
    }
  }
  return true;
}

// ---------------------------------------------------------------- process_info

// erlang:hibernate/3 continues straight into M:F, whose first act is a
// receive; while it waits there the BEAM would still be inside hibernate, so
// process_info reports {erlang,hibernate,3} until a message wakes it.
const HIBERNATE_MFA: Term = [atom('erlang'), atom('hibernate'), 3];

const PI_DEFAULT = [
  'current_function', 'initial_call', 'status', 'message_queue_len', 'links', 'dictionary',
  'trap_exit', 'error_handler', 'priority', 'group_leader', 'total_heap_size', 'heap_size',
  'stack_size', 'reductions', 'garbage_collection', 'suspending',
].map(atom);

// `here`: p is the caller and p.ip is its return address (the native was
// reached through a Trap, which syncs p.lm/p.ip), so the call is at p.ip - 1.
function processInfoItem(p: Process, item: Term, here = false): Term {
  if (!(item instanceof Atom)) badarg();
  let v: Term;
  switch (item.name) {
    case 'status':
      v = atom(p.status === Status.Running ? 'running' : p.status === Status.Waiting ? 'waiting' : 'runnable');
      break;
    case 'messages':
      v = arrayToList(p.mbox.toArray());
      break;
    case 'message_queue_len':
      v = p.mbox.length;
      break;
    case 'links':
      v = arrayToList([...p.links].map((q) => q.pid));
      break;
    case 'monitors':
      v = arrayToList([...p.monitors.values()].map((m) => [A_PROCESS, m.name ?? m.pid] as Term));
      break;
    case 'monitored_by':
      v = arrayToList([...p.monitoredBy.values()].map((m) => m.pid));
      break;
    case 'dictionary':
      v = arrayToList([...p.dict.values()].map(([k, val]) => [k, val] as Term));
      break;
    case 'registered_name':
      if (p.registeredName === null) return NIL;
      v = p.registeredName;
      break;
    case 'group_leader':
      v = p.groupLeader;
      break;
    case 'trap_exit':
      v = bool(p.trapExit);
      break;
    case 'initial_call':
      v = p.initialCall;
      break;
    case 'current_function': {
      const fi = p.lm.functionAt(p.ip);
      v = fi === null ? p.initialCall : [p.lm.name, fi.name, fi.arity];
      if (p.hibernating && p.status === Status.Waiting) v = HIBERNATE_MFA;
      break;
    }
    case 'current_stacktrace':
      v = currentStacktrace(p.lm, here ? p.ip - 1 : p.ip, p.stack);
      break;
    case 'reductions':
      v = p.reductions + (4000 - p.fcalls);
      break;
    case 'priority':
      v = p.priority ?? atom('normal');
      break;
    case 'error_handler':
      v = atom('error_handler');
      break;
    case 'heap_size':
    case 'total_heap_size':
    case 'min_heap_size':
    case 'min_bin_vheap_size':
      v = 233 + p.stack.length;
      break;
    case 'stack_size':
      v = p.stack.length;
      break;
    case 'memory':
      v = 2000 + 8 * p.stack.length;
      break;
    case 'garbage_collection':
      v = NIL;
      break;
    case 'suspending':
      v = NIL;
      break;
    case 'message_queue_data':
      v = (p as unknown as { flags?: Map<Atom, Term> }).flags?.get(A_MESSAGE_QUEUE_DATA) ?? atom('on_heap');
      break;
    case 'catchlevel':
      v = 0;
      break;
    default:
      return badarg();
  }
  return [item, v];
}

const A_CURRENT_STACKTRACE = atom('current_stacktrace');
const A_ERTS_INTERNAL = atom('erts_internal');
const A_PROCESS_INFO_HERE = atom('popcorn_process_info_here');

const A_REGISTERED_NAME = atom('registered_name');
const A_POSITIVE = atom('positive');
const A_MONOTONIC = atom('monotonic');
const A_BACKTRACE_DEPTH = atom('backtrace_depth');

function wantsStacktrace(item: Term): boolean {
  if (item === A_CURRENT_STACKTRACE) return true;
  for (let l = item; l instanceof Cons; l = l.tail) if (l.head === A_CURRENT_STACKTRACE) return true;
  return false;
}

function processInfo2(q: Process, item: Term, here: boolean): Term {
  if (item instanceof Cons || item === NIL) {
    // in the list form an unregistered process still gives {registered_name, []}
    const items = argList(item).map((it) => {
      const v = processInfoItem(q, it, here);
      return v === NIL && it === A_REGISTERED_NAME ? [A_REGISTERED_NAME, NIL] as Term : v;
    });
    return arrayToList(items);
  }
  return processInfoItem(q, item, here);
}

function procOf(pid: Term): Process | undefined {
  if (!(pid instanceof Pid)) badarg();
  return self().vm.lookup(pid);
}

// ---------------------------------------------------------------- system info

function systemInfo(item: Term): Term {
  const vm = self().vm;
  if (Array.isArray(item)) return UNDEFINED;
  if (!(item instanceof Atom)) badarg();
  switch (item.name) {
    case 'otp_release':
      return stringToList('25');
    case 'version':
      return stringToList('13.1.5');
    case 'system_version':
      return stringToList('Erlang/OTP 25 [erts-13.1.5] [popcorn]\n');
    case 'machine':
      return stringToList('BEAM');
    case 'schedulers':
    case 'schedulers_online':
    case 'logical_processors':
    case 'logical_processors_available':
    case 'logical_processors_online':
    case 'dirty_cpu_schedulers':
    case 'dirty_cpu_schedulers_online':
    case 'dirty_io_schedulers':
      return 1;
    case 'wordsize':
      return 8;
    case 'endian':
      return atom('little');
    case 'process_count':
      return vm.processes.size;
    case 'process_limit':
      return 262144;
    case 'port_count':
      return 0;
    case 'port_limit':
      return 65536;
    case 'atom_limit':
      return 1048576;
    case 'thread_pool_size':
      return 1;
    case 'threads':
      return FALSE;
    case 'smp_support':
      return TRUE;
    case 'debug_compiled':
    case 'lock_checking':
      return FALSE;
    case 'kernel_poll':
      return FALSE;
    case 'hipe_architecture':
      return UNDEFINED;
    case 'build_type':
      return atom('opt');
    case 'emu_type':
      return atom('opt');
    case 'emu_flavor':
      return atom('emu');
    case 'c_compiler_used':
      return [atom('gnuc'), [0, 0, 0]];
    case 'os_type':
      return [atom('unix'), atom('linux')];
    case 'os_version': {
      const v = vm.host.osVersion?.() ?? [0, 0, 0];
      return [v[0], v[1], v[2]];
    }
    case 'start_time':
      return 0;
    case 'time_offset':
      return atom('final');
    case 'os_monotonic_time_source':
    case 'os_system_time_source':
      return NIL;
    case 'tolerant_timeofday':
      return atom('disabled');
    case 'multi_scheduling':
      return atom('disabled');
    case 'creation':
      return 0;
    case 'driver_version':
      return stringToList('3.3');
    case 'nif_version':
      return stringToList('2.16');
    case 'check_io':
      return NIL;
    case 'trace_control_word':
      return 0;
    case 'scheduler_id':
      return 1;
    case 'context_reductions':
      return 4000;
    case 'max_heap_size':
      return ErlMap.EMPTY.put(atom('size'), 0).put(atom('kill'), TRUE).put(atom('error_logger'), TRUE);
    case 'fullsweep_after':
      return [atom('fullsweep_after'), 65535];
    case 'min_heap_size':
      return [atom('min_heap_size'), 233];
    case 'min_bin_vheap_size':
      return [atom('min_bin_vheap_size'), 46422];
    case 'heap_type':
      return atom('private');
    case 'info':
    case 'procs':
    case 'loaded':
    case 'dist':
      return new Bitstring(new Uint8Array(0), 0, 0);
    case 'dist_ctrl':
      return NIL;
    case 'allocator':
      return NIL;
    case 'break_ignored':
      return FALSE;
    case 'cpu_topology':
      return UNDEFINED;
    case 'ets_limit':
      return 8192;
    case 'port_parallelism':
      return FALSE;
    case 'atom_count':
      return 10000;
    default:
      return badarg();
  }
}

/** The previous totals each "since last call" item answers against (one set per VM, as the BEAM keeps one). */
interface StatsLast {
  runtime: number;
  wall: number;
  reds: number;
  exactReds: number;
}
const statsLast = new WeakMap<object, StatsLast>();

/** {Total, Total - the total at the previous call of the same item}. */
function sinceLast(vm: object, key: keyof StatsLast, total: number): Term {
  let last = statsLast.get(vm);
  if (last === undefined) statsLast.set(vm, (last = { runtime: 0, wall: 0, reds: 0, exactReds: 0 }));
  const diff = total - last[key];
  last[key] = total;
  return [total, diff];
}

function statistics(item: Term): Term {
  const p = self();
  const vm = p.vm;
  if (!(item instanceof Atom)) badarg();
  const sched = vm.scheduler;
  switch (item.name) {
    case 'runtime': {
      // the BEAM's runtime is user CPU time (ru_utime), not elapsed time
      const cpu = vm.host.cpuTimeMicros;
      const ms = cpu !== undefined ? Math.floor(cpu.call(vm.host) / 1000) : Math.floor(vm.uptimeMs());
      return sinceLast(vm, 'runtime', ms);
    }
    case 'wall_clock':
      return sinceLast(vm, 'wall', Math.floor(vm.uptimeMs()));
    case 'reductions':
      // finished turns only; exact_reductions adds the caller's running turn
      return sinceLast(vm, 'reds', sched.totalReductions);
    case 'exact_reductions':
      return sinceLast(vm, 'exactReds', sched.totalReductions + Math.max(CONTEXT_REDS - p.fcalls, 0));
    // one normal scheduler, and a dirty CPU (plus, for _all, a dirty IO) run queue that stays empty
    case 'run_queue':
    case 'total_run_queue_lengths':
    case 'total_run_queue_lengths_all':
      return sched.queueLength;
    case 'run_queue_lengths':
      return arrayToList([sched.queueLength, 0]);
    case 'run_queue_lengths_all':
      return arrayToList([sched.queueLength, 0, 0]);
    // active: queued or running, and the caller is running
    case 'total_active_tasks':
    case 'total_active_tasks_all':
      return sched.queueLength + 1;
    case 'active_tasks':
      return arrayToList([sched.queueLength + 1, 0]);
    case 'active_tasks_all':
      return arrayToList([sched.queueLength + 1, 0, 0]);
    case 'context_switches':
      return [sched.contextSwitches, 0];
    case 'garbage_collection':
      return [0, 0, 0];
    case 'io':
      return [[atom('input'), 0], [atom('output'), 0]];
    // off until system_flag(scheduler_wall_time, true), which we never turn on
    case 'scheduler_wall_time':
    case 'scheduler_wall_time_all':
      return UNDEFINED;
    default:
      return badarg();
  }
}

// ---------------------------------------------------------------- time

function toUnit(ms: number, unit: Term): Term {
  const f = timeUnitFactor(unit);
  if (f === 1000) return Math.floor(ms);
  const v = (ms * f) / 1000;
  return Number.isSafeInteger(Math.floor(v)) ? Math.floor(v) : BigInt(Math.floor(v)) as unknown as Term;
}

function monotonicMs(): number {
  return self().vm.host.monotonicMs();
}

function nowTuple(ms: number): Term {
  const us = Math.floor(ms * 1000);
  const mega = Math.floor(us / 1e12);
  const sec = Math.floor(us / 1e6) % 1e6;
  return [mega, sec, us % 1e6];
}

let lastNowUs = 0;

const A_MONITOR_NODES = atom('monitor_nodes');
const A_ALIAS = atom('alias');
const A_TAG = atom('tag');
const A_REPLY = atom('reply');
const A_EXPLICIT_UNALIAS = atom('explicit_unalias');
const A_DEMONITOR = atom('demonitor');
const A_REPLY_DEMONITOR = atom('reply_demonitor');

defineNatives('erlang', {
  'self/0': () => self().pid,
  'spawn/1': (f) => doSpawn(f, null, NIL, NIL),
  'spawn/2': (_n, f) => doSpawn(f, null, NIL, NIL),
  'spawn/3': (m, f, a) => doSpawn(m, f, a, NIL),
  'spawn/4': (_n, m, f, a) => doSpawn(m, f, a, NIL),
  'spawn_link/1': (f) => doSpawn(f, null, NIL, arrayToList([A_LINK])),
  'spawn_link/2': (_n, f) => doSpawn(f, null, NIL, arrayToList([A_LINK])),
  'spawn_link/3': (m, f, a) => doSpawn(m, f, a, arrayToList([A_LINK])),
  'spawn_link/4': (_n, m, f, a) => doSpawn(m, f, a, arrayToList([A_LINK])),
  'spawn_monitor/1': (f) => doSpawn(f, null, NIL, arrayToList([A_MONITOR])),
  'spawn_monitor/3': (m, f, a) => doSpawn(m, f, a, arrayToList([A_MONITOR])),
  'spawn_opt/2': (f, o) => doSpawn(f, null, NIL, o),
  'spawn_opt/3': (_n, f, o) => doSpawn(f, null, NIL, o),
  'spawn_opt/4': (m, f, a, o) => doSpawn(m, f, a, o),
  'spawn_opt/5': (_n, m, f, a, o) => doSpawn(m, f, a, o),
  'send/2': (to, msg) => self().vm.send(to, msg),
  'send/3': (to, msg) => {
    self().vm.send(to, msg);
    return OK;
  },
  '!/2': (to, msg) => self().vm.send(to, msg),
  'send_nosuspend/2': (to, msg) => {
    self().vm.send(to, msg);
    return TRUE;
  },
  'link/1': (pid) => {
    const p = self();
    if (!(pid instanceof Pid)) badarg();
    if (pid === p.pid) return TRUE;
    const q = p.vm.lookup(pid);
    if (q === undefined) {
      if (p.trapExit) p.vm.deliver(p, [atom('EXIT'), pid, A_NOPROC]);
      else raiseWith(CLASS_ERROR, A_NOPROC, false);
      return TRUE;
    }
    p.vm.link(p, q);
    return TRUE;
  },
  'unlink/1': (pid) => {
    const p = self();
    if (!(pid instanceof Pid)) badarg();
    const q = p.vm.lookup(pid);
    if (q !== undefined) p.vm.unlink(p, q);
    return TRUE;
  },
  'monitor/2': (type, item) => monitor(type, item),
  'monitor/3': (type, item, opts) => {
    const mode = aliasOption(opts);
    const ref = monitor(type, item);
    if (mode !== null) {
      const p = self();
      // monitoring a dead process already removed a demonitor-mode alias
      if (mode === AliasMode.Explicit || p.monitors.has(refKey(ref as Ref)) || item === p.pid) p.vm.addAlias(p, ref as Ref, mode);
    }
    return ref;
  },
  'demonitor/1': (ref) => demonitor(ref, NIL),
  'demonitor/2': (ref, opts) => demonitor(ref, opts),
  'exit/1': (r) => raiseWith(CLASS_EXIT, r, true),
  'exit/2': (pid, reason) => {
    const p = self();
    if (pid instanceof Pid) {
      const q = p.vm.lookup(pid);
      if (q !== undefined) p.vm.exitSignal(p.pid, q, reason, false);
      return TRUE;
    }
    return badarg();
  },
  'error/1': (r) => raiseWith(CLASS_ERROR, r, true),
  'error/2': (r, args) => {
    const e = new ErlangException(CLASS_ERROR, r);
    e.noBifFrame = true;
    const a = listToArray(args);
    if (a !== null) e.frameArgs = a;
    throw e;
  },
  'error/3': (r, args, opts) => {
    const e = new ErlangException(CLASS_ERROR, r);
    e.noBifFrame = true;
    const a = listToArray(args);
    if (a !== null) e.frameArgs = a;
    for (let l = opts; l instanceof Cons; l = l.tail) {
      const o = l.head;
      if (Array.isArray(o) && o.length === 2 && o[0] === atom('error_info')) e.errorInfo = o;
    }
    throw e;
  },
  'throw/1': (r) => raiseWith(CLASS_THROW, r, true),
  'raise/3': (cls, reason, st) => {
    // erlang:raise/3 does not fail on bad arguments: it returns badarg.
    if ((cls !== CLASS_ERROR && cls !== CLASS_EXIT && cls !== CLASS_THROW) || !isStacktrace(st)) return A_BADARG;
    const e = new ErlangException(cls as Atom, reason);
    e.stacktrace = st;
    throw e;
  },
  'nif_error/1': (r) => raiseWith(CLASS_ERROR, r, false),
  'nif_error/2': (r) => raiseWith(CLASS_ERROR, r, false),
  'process_flag/2': (flag, value) => {
    const p = self();
    if (flag === A_TRAP_EXIT) {
      if (value !== TRUE && value !== FALSE) badarg();
      const old = bool(p.trapExit);
      p.trapExit = value === TRUE;
      return old;
    }
    if (flag === atom('priority')) {
      const old = p.priority ?? atom('normal');
      p.priority = value as Atom;
      return old;
    }
    if (flag instanceof Atom || (Array.isArray(flag) && flag.length === 2 && flag[0] === A_MONITOR_NODES)) {
      const store = p as unknown as { flags?: Map<Atom, Term> };
      store.flags ??= new Map();
      if (flag === A_MONITOR_NODES || Array.isArray(flag)) {
        // net_kernel:monitor_nodes/1,2: answers the subscription count before the
        // change; a node that is not distributed never sends nodeup/nodedown
        if (value !== TRUE && value !== FALSE) badarg();
        const n = (store.flags.get(A_MONITOR_NODES) as number | undefined) ?? 0;
        store.flags.set(A_MONITOR_NODES, value === TRUE ? n + 1 : Math.max(0, n - 1));
        return n;
      }
      if (!(flag instanceof Atom)) badarg();
      const defaults: Record<string, Term> = {
        min_heap_size: 233, min_bin_vheap_size: 46422, max_heap_size: 0, sensitive: FALSE,
        save_calls: 0, message_queue_data: atom('on_heap'), fullsweep_after: 65535,
      };
      if (!(flag.name in defaults) && flag.name !== 'async_dist') badarg();
      const old = store.flags.get(flag) ?? defaults[flag.name] ?? FALSE;
      store.flags.set(flag, value);
      return old;
    }
    return badarg();
  },
  'process_flag/3': () => 0,
  'is_process_alive/1': (pid) => {
    if (!(pid instanceof Pid)) badarg();
    return bool(self().vm.lookup(pid) !== undefined);
  },
  'register/2': (name, pid) => {
    const vm = self().vm;
    if (!(name instanceof Atom) || name === UNDEFINED) badarg();
    const q = vm.lookup(pid);
    if (q === undefined || vm.registered.has(name) || q.registeredName !== null) badarg();
    vm.registered.set(name, q);
    q.registeredName = name;
    return TRUE;
  },
  'unregister/1': (name) => {
    const vm = self().vm;
    if (!(name instanceof Atom)) badarg();
    const q = vm.registered.get(name);
    if (q === undefined) badarg();
    vm.registered.delete(name);
    q.registeredName = null;
    return TRUE;
  },
  'whereis/1': (name) => {
    if (!(name instanceof Atom)) badarg();
    const q = self().vm.registered.get(name);
    return q === undefined ? UNDEFINED : q.pid;
  },
  'registered/0': () => arrayToList([...self().vm.registered.keys()]),
  'put/2': (k, v) => {
    const d = self().dict;
    const key = termKey(k);
    const old = d.get(key);
    d.set(key, [k, v]);
    return old === undefined ? UNDEFINED : old[1];
  },
  'get/1': (k) => {
    const e = self().dict.get(termKey(k));
    return e === undefined ? UNDEFINED : e[1];
  },
  'get/0': () => arrayToList([...self().dict.values()].map(([k, v]) => [k, v] as Term)),
  'erase/1': (k) => {
    const d = self().dict;
    const key = termKey(k);
    const e = d.get(key);
    if (e === undefined) return UNDEFINED;
    d.delete(key);
    return e[1];
  },
  'erase/0': () => {
    const d = self().dict;
    const all = arrayToList([...d.values()].map(([k, v]) => [k, v] as Term));
    d.clear();
    return all;
  },
  'get_keys/0': () => arrayToList([...self().dict.values()].map(([k]) => k)),
  'get_keys/1': (v) => {
    const out: Term[] = [];
    for (const [k, val] of self().dict.values()) if (val === v || termKey(val) === termKey(v)) out.push(k);
    return arrayToList(out);
  },
  'group_leader/0': () => self().groupLeader,
  'group_leader/2': (gl, pid) => {
    if (!(gl instanceof Pid)) badarg();
    const q = procOf(pid);
    if (q === undefined) badarg();
    q.groupLeader = gl;
    return TRUE;
  },
  'process_info/1': (pid) => {
    const q = procOf(pid);
    if (q === undefined) return UNDEFINED;
    const items: Term[] = [];
    if (q.registeredName !== null) items.push([atom('registered_name'), q.registeredName]);
    for (const it of PI_DEFAULT) items.push(processInfoItem(q, it));
    return arrayToList(items);
  },
  'process_info/2': (pid, item) => {
    const q = procOf(pid);
    if (q === undefined) return UNDEFINED;
    // The caller's own position is only known once the executor has synced
    // p.lm/p.ip, which it does for a Trap.
    if (q === self() && wantsStacktrace(item)) return trapApply(A_ERTS_INTERNAL, A_PROCESS_INFO_HERE, [pid, item]);
    return processInfo2(q, item, false);
  },
  'processes/0': () => arrayToList([...self().vm.processes.values()].map((q) => q.pid)),
  // no ports exist here (no open_port); Port.list/0 must still answer
  'ports/0': () => NIL,
  'make_ref/0': () => self().vm.makeRef(),
  'yield/0': () => {
    self().fcalls = 0;
    return TRUE;
  },
  'hibernate/3': (m, f, a) => {
    if (!(m instanceof Atom) || !(f instanceof Atom)) badarg();
    const args = argList(a);
    const p = self();
    p.hibernating = p.mbox.length === 0;
    return trapApply(m, f, args);
  },
  'send_after/3': (t, d, m) => startTimer(t, d, m, NIL, false),
  'send_after/4': (t, d, m, o) => startTimer(t, d, m, o, false),
  'start_timer/3': (t, d, m) => startTimer(t, d, m, NIL, true),
  'start_timer/4': (t, d, m, o) => startTimer(t, d, m, o, true),
  'cancel_timer/1': (r) => cancelTimer(r, NIL),
  'cancel_timer/2': (r, o) => cancelTimer(r, o),
  'read_timer/1': (r) => readTimer(r),
  'read_timer/2': (r) => readTimer(r),
  'halt/0': () => {
    self().vm.halt(0);
    return TRUE;
  },
  'halt/1': (s) => {
    self().vm.halt(typeof s === 'number' ? s : 1);
    return TRUE;
  },
  'halt/2': (s) => {
    self().vm.halt(typeof s === 'number' ? s : 1);
    return TRUE;
  },
  'monotonic_time/0': () => toUnit(monotonicMs(), A_NATIVE),
  'monotonic_time/1': (u) => toUnit(monotonicMs(), u),
  'system_time/0': () => toUnit(self().vm.host.systemMs(), A_NATIVE),
  'system_time/1': (u) => toUnit(self().vm.host.systemMs(), u),
  'time_offset/0': () => toUnit(self().vm.host.systemMs() - monotonicMs(), A_NATIVE),
  'time_offset/1': (u) => toUnit(self().vm.host.systemMs() - monotonicMs(), u),
  'convert_time_unit/3': (t, from, to) => {
    if (typeof t !== 'number' && typeof t !== 'bigint') badarg();
    const f = BigInt(timeUnitFactor(from));
    const g = BigInt(timeUnitFactor(to));
    const v = BigInt(t);
    // floor division, as the BEAM rounds toward negative infinity
    const num = v * g;
    let q = num / f;
    if (num % f !== 0n && (num < 0n) !== (f < 0n)) q -= 1n;
    return Number.isSafeInteger(Number(q)) ? Number(q) : (q as unknown as Term);
  },
  'timestamp/0': () => nowTuple(self().vm.host.systemMs()),
  'now/0': () => {
    let us = Math.floor(self().vm.host.systemMs() * 1000);
    if (us <= lastNowUs) us = lastNowUs + 1;
    lastNowUs = us;
    return nowTuple(us / 1000);
  },
  'unique_integer/0': () => self().vm.uniqueInteger(),
  'unique_integer/1': (mods) => {
    // only positive and monotonic are known modifiers; our counter already satisfies both
    const a = listToArray(mods);
    if (a === null) badarg();
    for (const m of a) if (m !== A_POSITIVE && m !== A_MONOTONIC) badarg();
    return self().vm.uniqueInteger();
  },
  'node/0': () => LOCAL_NODE,
  'node/1': (t) => {
    if (t instanceof Pid || t instanceof Ref) return t.node;
    return badarg();
  },
  'nodes/0': () => NIL,
  'nodes/1': () => NIL,
  'nodes/2': () => NIL,
  'is_alive/0': () => FALSE,
  'garbage_collect/0': () => TRUE,
  'garbage_collect/1': () => TRUE,
  'garbage_collect/2': () => TRUE,
  'statistics/1': (i) => statistics(i),
  'system_info/1': (i) => systemInfo(i),
  'system_flag/2': (flag, value) => {
    if (flag === A_BACKTRACE_DEPTH) {
      if (typeof value !== 'number' || value < 0) badarg();
      return setBacktraceDepth(Math.min(value, 10000));
    }
    return 1;
  },
  'dt_put_tag/1': () => UNDEFINED,
  'dt_get_tag/0': () => UNDEFINED,
  'dt_get_tag_data/0': () => UNDEFINED,
  'dt_spread_tag/1': () => TRUE,
  'dt_restore_tag/1': () => TRUE,
  'dt_prepend_vm_tag_data/1': (d) => d,
  'dt_append_vm_tag_data/1': (d) => d,
  'suspend_process/1': () => TRUE,
  'resume_process/1': () => TRUE,
  'trace/3': () => 0,
  'alias/0': () => newAlias(NIL),
  'alias/1': (opts) => newAlias(opts),
  'unalias/1': (ref) => {
    if (!(ref instanceof Ref)) badarg();
    const p = self();
    return bool(p.vm.removeAlias(p, refKey(ref)));
  },
});

/** alias/0,1: a new reference that addresses the calling process. */
function newAlias(opts: Term): Term {
  const a = listToArray(opts);
  if (a === null) badarg();
  let mode = AliasMode.Explicit;
  for (const o of a) {
    if (o === A_REPLY) mode = AliasMode.Reply;
    else if (o !== A_EXPLICIT_UNALIAS) badarg();
  }
  const p = self();
  const ref = p.vm.makeRef();
  p.vm.addAlias(p, ref, mode);
  return ref;
}

/** The {alias, Mode} option of monitor/3, or null. */
function aliasOption(opts: Term): AliasMode | null {
  const a = listToArray(opts);
  if (a === null) badarg();
  let mode: AliasMode | null = null;
  for (const o of a) {
    if (Array.isArray(o) && o.length === 2 && o[0] === A_ALIAS) {
      if (o[1] === A_EXPLICIT_UNALIAS) mode = AliasMode.Explicit;
      else if (o[1] === A_DEMONITOR) mode = AliasMode.Demonitor;
      else if (o[1] === A_REPLY_DEMONITOR) mode = AliasMode.ReplyDemonitor;
      else badarg();
    } else if (!(Array.isArray(o) && o.length === 2 && o[0] === A_TAG)) badarg();
  }
  return mode;
}

function monitor(type: Term, item: Term): Term {
  const p = self();
  const vm = p.vm;
  if (type !== A_PROCESS) {
    // ports and time-offset monitors: nothing ever fires
    if (type === atom('port') || type === atom('time_offset')) return vm.makeRef();
    badarg();
  }
  const ref = vm.makeRef();
  let target: Process | undefined;
  let name: Atom | null = null;
  if (item instanceof Pid) target = vm.lookup(item);
  else if (item instanceof Atom) {
    name = item;
    target = vm.registered.get(item);
  } else if (Array.isArray(item) && item.length === 2 && item[0] instanceof Atom && item[1] instanceof Atom) {
    name = item[0];
    target = item[1] === LOCAL_NODE ? vm.registered.get(item[0]) : undefined;
  } else badarg();
  if (target === undefined) {
    const down: Term = name !== null ? [name, LOCAL_NODE] : item;
    vm.downNow(p, ref, down, name !== null && Array.isArray(item) && item[1] !== LOCAL_NODE ? A_NOCONNECTION : A_NOPROC);
    return ref;
  }
  if (target === p) return ref;
  vm.addMonitor(p, target, ref, name);
  return ref;
}

function demonitor(ref: Term, opts: Term): Term {
  const p = self();
  if (!(ref instanceof Ref)) badarg();
  const key = refKey(ref);
  const m = p.monitors.get(key);
  let found = false;
  if (p.vm.aliases.size !== 0) p.vm.monitorGone(p, key);
  if (m !== undefined) {
    found = true;
    p.monitors.delete(key);
    const t = p.vm.lookup(m.pid);
    if (t !== undefined) t.monitoredBy.delete(key);
  }
  const flush = proplistHas(opts, A_FLUSH);
  if (flush) {
    // drop a DOWN message for this monitor already in the mailbox
    const mb = p.mbox;
    for (let i = mb.head; i < mb.q.length; i++) {
      const msg = mb.q[i];
      if (Array.isArray(msg) && msg.length === 5 && msg[0] === atom('DOWN') && msg[1] instanceof Ref && refKey(msg[1]) === key) {
        const save = mb.save;
        mb.save = i;
        mb.removeCurrent();
        mb.save = save > i ? save - 1 : Math.min(save, mb.q.length);
        if (mb.save < mb.head) mb.save = mb.head;
        break;
      }
    }
  }
  if (proplistHas(opts, A_INFO)) return bool(found);
  return TRUE;
}

void trapApplyFun;
void A_NORMAL;
void A_ERLANG;
void A_APPLY;

defineNatives('erts_internal', {
  /** process_info/2 for the caller itself, reached through a Trap. */
  'popcorn_process_info_here/2': (pid, item) => processInfo2(self(), item, true),
});
