// What a boot image holds besides the atom table: the processes (every
// field: registers, stack, mailbox, links, monitors, dictionary...), the
// Vm's tables and counters, and the module-level state of the natives (ETS,
// persistent_term, atomics, os:putenv, ...). captureState() refuses a VM it
// cannot resume exactly; applyState() replaces (never merges) what a fresh
// runtime holds.

import { Atom, BinExtent, Bitstring, Float, Fun, Pid, Port, Ref, atom, type Term } from '../term/types.js';
import { ErlMap, HLeaf, HNode as MapNode } from '../term/map.js';
import { CatchMarker, Mailbox, Process, RecvMarker, Status } from '../vm/process.js';
import { LoadedModule } from '../vm/module.js';
import type { Vm, VmTimer } from '../runtime/vm.js';
import { armTimer } from '../bifs/erlang_process.js';
import { Table } from '../bifs/ets_table.js';
import { etsTablesState, restoreEtsTables } from '../bifs/ets_table.js';
import { HashStore, HNode as EtsNode } from '../bifs/ets_hash.js';
import { OrderedStore } from '../bifs/ets_store.js';
import { etsRefCounter, restoreEtsRefCounter } from '../bifs/ets.js';
import { knownTidsState, restoreKnownTids } from '../bifs/ets_info.js';
import { persistentTermState, restorePersistentTerms } from '../bifs/persistent_term.js';
import { AtomicsRef, atomicsCounter, restoreAtomicsCounter } from '../bifs/atomics.js';
import { CountersRef } from '../bifs/counters.js';
import { envOverrides, restoreEnvOverrides } from '../bifs/os.js';
import { popcornJsState, restorePopcornJs } from '../bifs/popcorn_js.js';
import { loadedFromState, restoreLoadedFrom } from '../runtime/natives_code.js';
import { SnapshotError, type ClassSpec, type SnapshotContext } from './graph.js';

const A = atom('undefined');
const NO_BYTES = new Uint8Array(0);
const A_RAND_SEED = atom('rand_seed');

/** The classes an image may hold, in a fixed order (their index is in the image). */
function classes(vm: Vm): ClassSpec[] {
  const pid0 = new Pid(0);
  return [
    { name: 'Float', ctor: Float, make: () => new Float(0) },
    { name: 'Bitstring', ctor: Bitstring, make: () => new Bitstring(NO_BYTES, 0, 0, null) },
    { name: 'BinExtent', ctor: BinExtent, make: () => new BinExtent(0) },
    // the code position of a local fun is found again on its first call
    { name: 'Fun', ctor: Fun, make: () => new Fun(0, A, A, 0, [], 0, 0, null), transient: ['entry'] },
    { name: 'Pid', ctor: Pid, make: () => new Pid(0) },
    { name: 'Port', ctor: Port, make: () => new Port(0) },
    { name: 'Ref', ctor: Ref, make: () => new Ref([0]) },
    { name: 'AtomicsRef', ctor: AtomicsRef, make: () => new AtomicsRef([0], new BigInt64Array(0), true) },
    { name: 'CountersRef', ctor: CountersRef, make: () => new CountersRef([0], new BigInt64Array(0)) },
    { name: 'ErlMap', ctor: ErlMap, make: () => new ErlMap(0, null, null, null) },
    { name: 'HLeaf', ctor: HLeaf, make: () => new HLeaf(0, A, A) },
    { name: 'MapNode', ctor: MapNode, make: () => new MapNode(0, []) },
    {
      name: 'Process', ctor: Process, make: () => new Process(vm, pid0, null),
      // a waiting process sits at a wait instruction: no x or float register is live
      transient: ['timer', 'queued', 'exitWaiters', 'x', 'fr'],
    },
    { name: 'Mailbox', ctor: Mailbox, make: () => new Mailbox() },
    { name: 'RecvMarker', ctor: RecvMarker, make: () => new RecvMarker(0, null) },
    { name: 'CatchMarker', ctor: CatchMarker, make: () => new CatchMarker(vm.trampoline, 0, 0) },
    {
      name: 'Table', ctor: Table,
      make: () => new Table(new Ref([0]), A, false, 0, 0, 0, pid0, null, A, null, null, null),
    },
    { name: 'HashStore', ctor: HashStore, make: () => new HashStore(0, false, false, false, false) },
    { name: 'EtsNode', ctor: EtsNode, make: () => new EtsNode(A, [], 0, null, false) },
    { name: 'OrderedStore', ctor: OrderedStore, make: () => new OrderedStore(0) },
  ];
}

/** The encoder's and decoder's view of `vm`: loaded modules by name, the Vm itself by reference. */
export function snapshotContext(vm: Vm): SnapshotContext {
  return {
    classes: classes(vm),
    specials: [vm, vm.trampoline, ErlMap.EMPTY],
    nameOf: (o) => (o instanceof LoadedModule ? o.name.name : null),
    byName: (name) => {
      const lm = vm.getModule(atom(name));
      if (lm === null) throw new SnapshotError(`module ${name} is not in the bundle`);
      return lm;
    },
  };
}

/** The graph part of an image (the counters and atoms travel in its header). */
export interface ImageState {
  processes: Process[];
  registered: Map<Atom, Process>;
  aliases: Vm['aliases'];
  /** send_after/start_timer timers, `deadline` holding the time left */
  timers: VmTimer[];
  totalReductions: number;
  contextSwitches: number;
  natives: {
    ets: ReturnType<typeof etsTablesState>;
    etsRefCounter: number;
    knownTids: Set<string>;
    persistentTerm: ReturnType<typeof persistentTermState>;
    atomicsCounter: number;
    env: Map<string, string | null>;
    popcornJs: ReturnType<typeof popcornJsState>;
    loadedFrom: Map<Atom, Term>;
  };
}

/** The VM's state at a quiescent point; SnapshotError when it cannot be resumed from an image. */
export function captureState(vm: Vm): ImageState {
  if (vm.scheduler.queueLength !== 0 || vm.scheduler.current !== null) throw new SnapshotError('processes are still running');
  const now = vm.host.monotonicMs();
  const timers = [...vm.timers.values()].map((t) => ({ ...t, handle: null, deadline: Math.max(0, t.deadline - now) }));
  const processes = [...vm.processes.values()];
  for (const p of processes) {
    const who = `process ${p.pid.id} (${p.registeredName?.name ?? 'unregistered'})`;
    if (p.status !== Status.Waiting) throw new SnapshotError(`${who} is not waiting in a receive`);
    if (p.timer !== null || p.timerActive) throw new SnapshotError(`${who} waits in a receive with a timeout`);
    if (p.exitWaiters !== null) throw new SnapshotError(`${who} is watched by the host`);
    if (p.pendingExit !== null) throw new SnapshotError(`${who} has an exit pending`);
    for (const [k] of p.dict.values()) {
      if (k === A_RAND_SEED) throw new SnapshotError(`${who} holds a rand seed: every page would draw the same numbers`);
    }
  }
  const js = popcornJsState();
  if (js.pending !== 0) throw new SnapshotError('run_js calls are in flight');
  return {
    processes,
    registered: vm.registered,
    aliases: vm.aliases,
    timers,
    totalReductions: vm.scheduler.totalReductions,
    contextSwitches: vm.scheduler.contextSwitches,
    natives: {
      ets: etsTablesState(),
      etsRefCounter: etsRefCounter(),
      knownTids: knownTidsState(),
      persistentTerm: persistentTermState(),
      atomicsCounter: atomicsCounter(),
      env: envOverrides(),
      popcornJs: js,
      loadedFrom: loadedFromState(),
    },
  };
}

/** Make a fresh `vm` (and this runtime's natives) hold `s`. */
export function applyState(vm: Vm, s: ImageState): void {
  vm.processes.clear();
  for (const p of s.processes) vm.processes.set(p.pid.id, p);
  vm.registered.clear();
  for (const [k, v] of s.registered) vm.registered.set(k, v);
  vm.aliases.clear();
  for (const [k, v] of s.aliases) vm.aliases.set(k, v);
  for (const t of s.timers) {
    const left = t.deadline;
    t.deadline = vm.host.monotonicMs() + left;
    armTimer(vm, t, left);
  }
  vm.scheduler.totalReductions = s.totalReductions;
  vm.scheduler.contextSwitches = s.contextSwitches;
  const n = s.natives;
  restoreEtsTables(n.ets);
  restoreEtsRefCounter(n.etsRefCounter);
  restoreKnownTids(n.knownTids);
  restorePersistentTerms(n.persistentTerm);
  restoreAtomicsCounter(n.atomicsCounter);
  restoreEnvOverrides(n.env);
  restorePopcornJs(n.popcornJs);
  restoreLoadedFrom(n.loadedFrom);
}
