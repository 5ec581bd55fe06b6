// The Vm facade: code loading (lazy, by module name, through the host),
// binding calls to natives or exports, the process table, message delivery,
// exit signals, links and monitors.

import {
  Atom, Cons, Fun, NIL, Pid, Ref, TRUE, atom, type Term, LOCAL_NODE,
} from '../term/types.js';
import { arrayToList, stringToList } from '../term/list.js';
import { ErlMap } from '../term/map.js';
import { registerModuleMd5 } from '../term/etf.js';
import { loadBeam, LoadError } from '../loader/beam.js';
import { Op } from '../loader/opcodes.js';
import { hasNative, hasNatives, lookupNative, type Native } from '../bifs/registry.js';
import { Import, Instr } from '../loader/ir.js';
import type { Host } from './host.js';
import { LoadedModule, FunRef, makeTrampoline } from '../vm/module.js';
import { ExportRef } from '../vm/exec_calls.js';
import { trapApply } from '../vm/trap.js';
import { CatchMarker, Process, Status, type MonitorEntry } from '../vm/process.js';
import { Scheduler } from '../vm/scheduler.js';
import { setTrampoline } from '../vm/stacktrace.js';
import { CLASS_EXIT, badarg, type ErlangException } from '../vm/exception.js';
import { errorReport, loadFailureReport } from '../vm/report.js';
import './natives_code.js';
import '../bifs/erlang_process.js';
import { runExitHooks } from '../vm/exit_hooks.js';

export interface VmOptions {
  /** the group leader of processes spawned from the host (default: the process itself) */
  groupLeader?: Pid;
}

export interface SpawnOptions {
  groupLeader?: Pid;
  link?: Process;
  /** the monitoring process; the monitor ref is returned through `monitorRef` */
  monitor?: Process;
  monitorRef?: Ref;
  /** report this process's crash on the host's stderr, not through logger (the CLI's entry) */
  crashReportToHost?: boolean;
}

export interface ExitInfo {
  reason: Term;
  normal: boolean;
  cls: Atom | null;
}

const A_NORMAL = atom('normal');
const A_LOGGER = atom('logger');
const A_POPCORN_ON_LOAD = atom('popcorn_on_load');
const A_RUN = atom('run');
/** the name the on_load function is bound under while it runs */
const A_ON_LOAD_FN = atom('$on_load');
const A_LOG = atom('log');
const A_ERROR = atom('error');
const A_ERROR_LOGGER = atom('error_logger');
const A_TAG = atom('tag');
const A_EMULATOR = atom('emulator');
const A_PID = atom('pid');
const A_GL = atom('gl');
const A_TIME = atom('time');
const CRASH_FORMAT = stringToList('Error in process ~p with exit value:~n~p~n');
const A_KILL = atom('kill');
const A_KILLED = atom('killed');
const A_EXIT = atom('EXIT');
const A_DOWN = atom('DOWN');
const A_PROCESS = atom('process');
const A_NOPROC = atom('noproc');
const A_ERLANG = atom('erlang');
const A_APPLY = atom('apply');

type Target = Native | ExportRef;

export class Vm {
  readonly scheduler: Scheduler;
  readonly trampoline: LoadedModule;
  private modules = new Map<Atom, LoadedModule>();
  private missing = new Set<Atom>();
  /** modules whose -on_load function has not run yet: module -> its code index */
  private onLoadPending = new Map<Atom, number>();
  private cache = new Map<Atom, Map<Atom, (Target | undefined)[]>>();
  readonly processes = new Map<number, Process>();
  readonly registered = new Map<Atom, Process>();
  /** active process aliases (alias/0,1, monitor/3 {alias, Mode}) by ref key */
  readonly aliases = new Map<string, Alias>();
  private nextPid = 80;
  private nextRef = 1;
  private nextUnique = 1;
  /** erlang:send_after / start_timer timers by ref key */
  readonly timers = new Map<string, VmTimer>();
  startMs: number;
  halted = false;
  /** modules a boot image had loaded, loaded from the host on first use: name -> its on_load still pending */
  private deferred: Map<Atom, boolean> | null = null;

  constructor(
    readonly host: Host,
    readonly opts: VmOptions = {},
  ) {
    this.scheduler = new Scheduler(host);
    this.trampoline = makeTrampoline();
    setTrampoline(this.trampoline);
    this.startMs = host.monotonicMs();
    this.traceLoads = host.getenv('POPCORN_TRACE_LOADS') === '1';
  }

  /** POPCORN_TRACE_LOADS=1: each module loaded is named on stderr (what `popcorn pack` roots come from) */
  private readonly traceLoads: boolean;

  // ---------------------------------------------------------------- code

  /** The module, loading it through the host on first use; null when not found. */
  getModule(name: Atom): LoadedModule | null {
    const lm = this.modules.get(name);
    if (lm !== undefined) return lm;
    if (this.missing.has(name)) return null;
    if (this.deferred !== null && this.deferred.has(name)) return this.loadDeferred(name);
    const bytes = this.host.findModule(name.name);
    if (bytes === null) {
      this.missing.add(name);
      return null;
    }
    try {
      return this.loadModule(bytes, name);
    } catch (e) {
      if (!(e instanceof LoadError)) throw e;
      // As on the BEAM: report the bad file, then the module is simply absent (undef).
      this.missing.add(name);
      this.host.writeStderr(loadFailureReport(name.name, e.message, this.host.systemMs()));
      return null;
    }
  }

  /** Load (or replace) a module from .beam bytes. */
  loadModule(bytes: Uint8Array, expected?: Atom): LoadedModule {
    // functions are built on first call: start-up runs a small part of the code it loads
    const mod = loadBeam(bytes, { lazy: true });
    if (expected !== undefined && mod.name !== expected) {
      throw new LoadError(`module ${expected.name}: the file defines ${mod.name.name}`);
    }
    if (this.traceLoads) this.host.writeStderr(new TextEncoder().encode(`popcorn: load ${mod.name.name}\n`));
    const lm = new LoadedModule(mod);
    bindNifStubs(lm);
    registerModuleMd5(mod.name, () => mod.md5); // fun_info new_uniq, NEW_FUN_EXT
    const replaced = this.modules.has(mod.name);
    this.modules.set(mod.name, lm);
    this.missing.delete(mod.name);
    this.cache.delete(mod.name);
    if (replaced) this.unbindCallsTo(mod.name);
    const onLoad = onLoadEntry(lm);
    if (onLoad >= 0) this.onLoadPending.set(mod.name, onLoad);
    return lm;
  }

  isLoaded(name: Atom): boolean {
    return this.modules.has(name) || (this.deferred !== null && this.deferred.has(name));
  }

  loadedModules(): Atom[] {
    const names = [...this.modules.keys()];
    if (this.deferred !== null) names.push(...this.deferred.keys());
    return names;
  }

  /** What a boot image keeps of the code and counters (src/snapshot/state.ts). */
  imageState(): VmImageState {
    const onLoad = new Set(this.onLoadPending.keys());
    const loaded: [Atom, boolean][] = [...this.modules.keys()].map((m) => [m, onLoad.has(m)]);
    if (this.deferred !== null) loaded.push(...this.deferred);
    return { nextPid: this.nextPid, nextRef: this.nextRef, nextUnique: this.nextUnique, loaded };
  }

  /**
   * Continue from a boot image: counters as they were; its loaded modules
   * count as loaded but are read from the host when first used, except
   * `now` (those the image's processes are running), which load at once.
   */
  restoreImageState(s: VmImageState, now: Atom[]): void {
    this.nextPid = s.nextPid;
    this.nextRef = s.nextRef;
    this.nextUnique = s.nextUnique;
    this.deferred = new Map(s.loaded);
    for (const [m] of s.loaded) registerModuleMd5(m, () => this.getModule(m)?.mod.md5 ?? new Uint8Array(16));
    for (const m of now) if (this.getModule(m) === null) throw new Error(`module ${m.name} is not in the bundle`);
  }

  private loadDeferred(name: Atom): LoadedModule | null {
    const onLoad = this.deferred!.get(name)!;
    this.deferred!.delete(name);
    const lm = this.getModule(name);
    // its on_load ran before the image was made
    if (lm !== null && !onLoad) this.onLoadPending.delete(name);
    return lm;
  }

  /** What m:f/a calls: a native first, else the exported function; null when undefined. */
  resolve(m: Atom, f: Atom, a: number): Target | null {
    const byA = this.cacheSlots(m, f);
    const t = byA[a];
    if (t !== undefined) return t;
    const nat = lookupNative(m.name, f.name, a);
    if (nat !== undefined) {
      byA[a] = nat;
      return nat;
    }
    const lm = this.getModule(m);
    if (lm === null) return null;
    // The first call into a module with -on_load runs that function first
    // (popcorn_on_load:run/3). Not cached, so later lookups bind directly; a
    // call site that bound this wrapper passes straight through afterwards.
    if (this.onLoadPending.has(m)) {
      return (...args: Term[]) =>
        this.onLoadPending.has(m) ? trapApply(A_POPCORN_ON_LOAD, A_RUN, [m, f, arrayToList(args)]) : trapApply(m, f, args);
    }
    const fi = lm.mod.exports.get(f.name + '/' + a);
    if (fi === undefined) return null;
    const ref = new ExportRef(lm, fi.entry);
    byA[a] = ref;
    return ref;
  }

  /** The resolve cache's entries for m:f, by arity. */
  private cacheSlots(m: Atom, f: Atom): (Target | undefined)[] {
    let byF = this.cache.get(m);
    if (byF === undefined) {
      byF = new Map();
      this.cache.set(m, byF);
    }
    let byA = byF.get(f);
    if (byA === undefined) {
      byA = [];
      byF.set(f, byA);
    }
    return byA;
  }

  /**
   * erlang:call_on_load_function/1: the module's on_load function as a
   * call target (bound under a name no Erlang code can call), or null when
   * none is pending. From here on the module's other calls bind normally.
   */
  takeOnLoad(m: Atom): Atom | null {
    const entry = this.onLoadPending.get(m);
    const lm = this.modules.get(m);
    if (entry === undefined || lm === undefined) return null;
    this.onLoadPending.delete(m);
    this.cacheSlots(m, A_ON_LOAD_FN)[0] = new ExportRef(lm, entry);
    return A_ON_LOAD_FN;
  }

  /** erlang:finish_after_on_load/2 with false: the on_load function failed, so the module goes. */
  dropModule(m: Atom): void {
    this.modules.delete(m);
    this.cache.delete(m);
    this.onLoadPending.delete(m);
    this.missing.add(m);
    this.unbindCallsTo(m);
  }

  /**
   * External calls always reach a module's current code: when a module is
   * replaced or deleted, every call site bound to it binds again on its
   * next call (rare, so a walk over all imports is cheap enough).
   */
  private unbindCallsTo(m: Atom): void {
    for (const other of this.modules.values()) {
      for (const imp of other.mod.imports) if (imp.module === m) imp.target = null;
    }
  }

  /** The code of a local fun (for funs whose entry is not resolved yet). */
  funRefFor(fn: Fun): FunRef | null {
    const lm = this.getModule(fn.module);
    if (lm === null) return null;
    const e = lm.mod.funs[fn.index];
    return e === undefined ? null : lm.funRef(e);
  }

  // ---------------------------------------------------------------- processes

  /** Spawn M:F(Args) from the host. */
  spawn(mod: Atom, fun: Atom, args: Term[], opts: SpawnOptions = {}): Pid {
    return this.spawnProcess(null, mod, fun, arrayToList(args), opts).pid;
  }

  /**
   * Create a process that will run M:F(Args) (or Fun(Args) when `m` is a
   * fun and `f` is null) and make it runnable.
   */
  spawnProcess(parent: Process | null, m: Term, f: Term | null, args: Term, opts: SpawnOptions = {}): Process {
    const pid = new Pid(this.nextPid++, 0);
    const gl = opts.groupLeader ?? parent?.groupLeader ?? this.opts.groupLeader ?? null;
    const p = new Process(this, pid, gl);
    p.lm = this.trampoline;
    if (f === null) {
      p.ip = 2;
      p.x[0] = m;
      p.x[1] = args;
      // spawn(Fun) is spawn(erlang, apply, [Fun, []]) on the BEAM
      p.initialCall = [A_ERLANG, A_APPLY, 2];
    } else {
      p.ip = 0;
      p.x[0] = m;
      p.x[1] = f;
      p.x[2] = args;
      let n = 0;
      for (let l = args; l instanceof Cons; l = l.tail) n++;
      p.initialCall = [m, f, n];
    }
    this.processes.set(pid.id, p);
    p.crashReportToHost = opts.crashReportToHost === true;
    if (opts.link !== undefined) {
      p.links.add(opts.link);
      opts.link.links.add(p);
    }
    if (opts.monitor !== undefined && opts.monitorRef !== undefined) {
      this.addMonitor(opts.monitor, p, opts.monitorRef, null);
    }
    this.scheduler.enqueue(p);
    return p;
  }

  lookup(pid: Term): Process | undefined {
    if (!(pid instanceof Pid) || pid.node !== LOCAL_NODE) return undefined;
    const p = this.processes.get(pid.id);
    return p !== undefined && p.pid === pid ? p : p !== undefined && p.pid.serial === pid.serial ? p : undefined;
  }

  /** A message for `p` (no-op when it has exited). */
  deliver(p: Process, msg: Term): void {
    if (p.status === Status.Exited) return;
    p.mbox.push(msg);
    if (p.status === Status.Waiting) {
      p.hibernating = false;
      p.status = Status.Runnable;
      this.scheduler.enqueue(p);
    }
  }

  /** `To ! Msg`: a pid, a registered name, or {Name, Node}. Returns Msg. */
  send(to: Term, msg: Term): Term {
    if (to instanceof Pid) {
      const p = this.lookup(to);
      if (p !== undefined) this.deliver(p, msg);
      return msg;
    }
    if (to instanceof Atom) {
      const p = this.registered.get(to);
      if (p === undefined) badarg();
      this.deliver(p, msg);
      return msg;
    }
    if (Array.isArray(to) && to.length === 2 && to[0] instanceof Atom && to[1] instanceof Atom) {
      if (to[1] === LOCAL_NODE) {
        const p = this.registered.get(to[0]);
        if (p !== undefined) this.deliver(p, msg);
      }
      return msg;
    }
    if (to instanceof Ref) {
      // a message to an inactive alias is dropped without error
      const key = refKey(to);
      const a = this.aliases.get(key);
      if (a !== undefined) {
        if (a.owner.status === Status.Exited) this.aliases.delete(key);
        else {
          if (a.mode === AliasMode.Reply || a.mode === AliasMode.ReplyDemonitor) this.aliases.delete(key);
          this.deliver(a.owner, msg);
        }
      }
      return msg;
    }
    return badarg();
  }

  /** Make `ref` an alias of `owner` until `mode` deactivates it. */
  addAlias(owner: Process, ref: Ref, mode: AliasMode): void {
    this.aliases.set(refKey(ref), { owner, mode });
  }

  /** Deactivate an alias of `owner`; true when it was active. */
  removeAlias(owner: Process, key: string): boolean {
    const a = this.aliases.get(key);
    if (a === undefined || a.owner !== owner) return false;
    this.aliases.delete(key);
    return true;
  }

  /** The monitor `key` of `owner` is gone (demonitor or DOWN): its alias goes too unless explicit. */
  monitorGone(owner: Process, key: string): void {
    const a = this.aliases.get(key);
    if (a !== undefined && a.owner === owner && a.mode !== AliasMode.Explicit) this.aliases.delete(key);
  }

  /** Send from the host (JS) to a process: a pid or registered name. */
  sendFromHost(to: Term, msg: Term): boolean {
    try {
      this.send(to, msg);
      return true;
    } catch {
      return false;
    }
  }

  makeRef(): Ref {
    const n = this.nextRef++;
    return new Ref([n % 0x40000, Math.floor(n / 0x40000) >>> 0, 0]);
  }

  uniqueInteger(): number {
    return this.nextUnique++;
  }

  // ---------------------------------------------------------------- receive timers

  armReceiveTimer(p: Process, ms: number): void {
    p.timerActive = true;
    p.timedOut = false;
    p.timer = this.host.setTimer(ms, () => {
      p.timer = null;
      if (p.status === Status.Exited || !p.timerActive) return;
      p.timedOut = true;
      if (p.status === Status.Waiting) {
        p.hibernating = false;
        p.status = Status.Runnable;
        this.scheduler.enqueue(p);
      }
    });
  }

  cancelReceiveTimer(p: Process): void {
    if (p.timer !== null) this.host.clearTimer(p.timer);
    p.timer = null;
    p.timerActive = false;
    p.timedOut = false;
  }

  // ---------------------------------------------------------------- links, monitors, exits

  link(a: Process, b: Process): void {
    a.links.add(b);
    b.links.add(a);
  }

  unlink(a: Process, b: Process): void {
    a.links.delete(b);
    b.links.delete(a);
  }

  /** `watcher` monitors `target` (alive). `name` is set for monitor(process, Name). */
  addMonitor(watcher: Process, target: Process, ref: Ref, name: Atom | null): void {
    const key = refKey(ref);
    watcher.monitors.set(key, { ref, pid: target.pid, name, tag: A_DOWN });
    target.monitoredBy.set(key, { ref, pid: watcher.pid, name, tag: A_DOWN });
  }

  /** {'DOWN', Ref, process, Item, Reason} to the watcher right away (monitoring a dead process). */
  downNow(watcher: Process, ref: Ref, item: Term, reason: Term): void {
    if (this.aliases.size !== 0) this.monitorGone(watcher, refKey(ref));
    this.deliver(watcher, [A_DOWN, ref, A_PROCESS, item, reason]);
  }

  /**
   * An exit signal from `from` to `to`. `linked` for signals caused by a
   * link (where kill is an ordinary reason); otherwise from exit/2.
   */
  exitSignal(from: Pid, to: Process, reason: Term, linked: boolean): void {
    if (to.status === Status.Exited) return;
    if (reason === A_KILL && !linked) {
      this.terminate(to, A_KILLED);
      return;
    }
    if (to.trapExit) {
      this.deliver(to, [A_EXIT, from, reason]);
      return;
    }
    if (reason === A_NORMAL) {
      if (!linked && from === to.pid) this.terminate(to, A_NORMAL);
      return;
    }
    this.terminate(to, reason);
  }

  /** End `p` with `reason`: now, or right after its current native when it is running. */
  terminate(p: Process, reason: Term): void {
    if (p.status === Status.Running) {
      p.pendingExit = reason;
      p.fcalls = 0;
      return;
    }
    this.processExit(p, reason, null);
  }

  /** The running process was killed while in a native. */
  exitNow(p: Process): void {
    const r = p.pendingExit!;
    p.pendingExit = null;
    this.processExit(p, r, null);
  }

  /** Process `p` has ended: report, then signal links and monitors. */
  processExit(p: Process, reason: Term, exc: ErlangException | null): void {
    if (p.status === Status.Exited) return;
    p.status = Status.Exited;
    p.exitReason = reason;
    if (p.timer !== null) this.cancelReceiveTimer(p);
    if (exc !== null && exc.cls !== CLASS_EXIT) {
      this.reportCrash(p, reason);
    }
    if (p.registeredName !== null) {
      this.registered.delete(p.registeredName);
      p.registeredName = null;
    }
    this.processes.delete(p.pid.id);
    for (const [key, m] of p.monitors) {
      const t = this.lookup(m.pid);
      if (t !== undefined) t.monitoredBy.delete(key);
    }
    p.monitors.clear();
    for (const m of p.monitoredBy.values()) {
      const w = this.lookup(m.pid);
      if (w === undefined) continue;
      w.monitors.delete(refKey(m.ref as Ref));
      if (this.aliases.size !== 0) this.monitorGone(w, refKey(m.ref as Ref));
      const item: Term = m.name !== null ? [m.name, LOCAL_NODE] : p.pid;
      this.deliver(w, [A_DOWN, m.ref, A_PROCESS, item, reason]);
    }
    p.monitoredBy.clear();
    const links = [...p.links];
    p.links.clear();
    for (const q of links) {
      q.links.delete(p);
      this.exitSignal(p.pid, q, reason, true);
    }
    if (p.targetOfTimers !== null) {
      for (const key of p.targetOfTimers) {
        const t = this.timers.get(key);
        if (t !== undefined) this.host.clearTimer(t.handle as never);
        this.timers.delete(key);
      }
      p.targetOfTimers = null;
    }
    runExitHooks(p.pid);
    // drop what the dead process holds
    p.stack.length = 0;
    p.x.length = 0;
    p.dict.clear();
    const waiters = p.exitWaiters;
    p.exitWaiters = null;
    if (waiters !== null) {
      const cls = exc === null ? null : exc.cls;
      for (const w of waiters) w(reason, cls);
    }
  }

  /**
   * An uncaught error or throw ended `p`. Like ERTS, hand the report to the
   * `logger` process when there is one (erl prints it on standard_io);
   * before the logger runs, or for a process the host watches, write it to
   * stderr directly.
   */
  private reportCrash(p: Process, reason: Term): void {
    const logger = this.registered.get(A_LOGGER);
    if (logger === undefined || p.crashReportToHost || logger === p) {
      this.host.writeStderr(errorReport(p.pid, reason, this.host.systemMs()));
      return;
    }
    const meta = ErlMap.fromEntries([
      [A_ERROR_LOGGER, ErlMap.fromEntries([[A_TAG, A_ERROR], [A_EMULATOR, TRUE]])],
      [A_PID, p.pid],
      [A_GL, p.groupLeader],
      [A_TIME, Math.floor(this.host.systemMs() * 1000)],
    ]);
    this.deliver(logger, [A_LOG, A_ERROR, CRASH_FORMAT, arrayToList([p.pid, reason]), meta]);
  }

  /** Resolves when the process exits (immediately with noproc when it does not exist). */
  whenExited(pid: Pid): Promise<ExitInfo> {
    return new Promise((resolve) => {
      const p = this.lookup(pid);
      if (p === undefined) {
        resolve({ reason: A_NOPROC, normal: false, cls: null });
        return;
      }
      (p.exitWaiters ??= []).push((reason, cls) => resolve({ reason, normal: reason === A_NORMAL, cls }));
    });
  }

  /** erlang:halt: stop scheduling and tell the host. */
  halt(status: number): void {
    this.halted = true;
    this.scheduler.halted = true;
    const cur = this.scheduler.current;
    if (cur !== null) cur.fcalls = 0;
    this.host.halt(status);
  }

  /** Milliseconds since the VM started (erlang:statistics wall_clock/runtime). */
  uptimeMs(): number {
    return this.host.monotonicMs() - this.startMs;
  }
}

/** An erlang:send_after/start_timer timer (armed by erlang_process.ts armTimer). */
export interface VmTimer {
  handle: unknown;
  deadline: number;
  /** the process a pid-aimed timer delivers to (it dies with it); null for a name */
  target: Process | null;
  ref: Ref;
  dest: Term;
  msg: Term;
  /** start_timer: deliver {timeout, Ref, Msg} */
  wrap: boolean;
}

/** The code and counters of a boot image (Vm.imageState). */
export interface VmImageState {
  nextPid: number;
  nextRef: number;
  nextUnique: number;
  /** loaded modules, each with whether its on_load is still pending */
  loaded: [Atom, boolean][];
}

/** When an alias stops working (erlang:alias/1 and monitor/3 options). */
export const enum AliasMode {
  /** only unalias/1 */
  Explicit,
  /** unalias/1, demonitor or the DOWN message */
  Demonitor,
  /** also the first message sent through it */
  ReplyDemonitor,
  /** unalias/1 or the first message (alias([reply])) */
  Reply,
}

interface Alias {
  owner: Process;
  mode: AliasMode;
}

/** A string key for a reference (refs may be rebuilt, e.g. by binary_to_term). */
export function refKey(r: Ref): string {
  return r.key;
}

// keep for callers that scan stacks
export { CatchMarker, TRUE, NIL };
export type { MonitorEntry };

/**
 * Local calls to a function we implement natively (a NIF stub such as
 * crypto:hash_nif/2, or any Erlang function with a native) must reach the
 * native too, as after load_nif on the BEAM: the function's first
 * instruction becomes a tail call to M:F/A, which resolve() binds to the
 * native. (The compiler's nif_start marker is not reliable enough to select them.)
 */
function bindNifStubs(lm: LoadedModule): void {
  const code = lm.mod.code;
  const m = lm.name.name;
  if (!hasNatives(m)) return;
  for (const fi of lm.mod.functions) {
    if (hasNative(m, fi.name.name, fi.arity)) {
      lm.decodeAt(fi.entry); // then patched, not overwritten by a later decode
      code[fi.entry + 1] = new Instr(Op.call_ext_only, [fi.arity, new Import(lm.name, fi.name, fi.arity)]);
    }
  }
}

/**
 * The entry of the module's -on_load function, or -1. The compiler marks
 * that function with an `on_load` instruction right after its entry label
 * (the attribute itself is not kept in the Attr chunk).
 */
function onLoadEntry(lm: LoadedModule): number {
  const code = lm.mod.code;
  for (const fi of lm.mod.functions) {
    if (code[fi.entry + 1]?.op === Op.on_load) return fi.entry;
  }
  return -1;
}
