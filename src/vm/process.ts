// An Erlang process: registers, stack, mailbox, links, monitors and flags.
//
// Stack layout (a JS array that grows upward; deep recursion never uses the
// JS stack): a call pushes the return address as two slots (LoadedModule,
// ip); `allocate N` pushes N slots. y(i) is stack[length - 1 - i], so y0 is
// the top and `deallocate N` / `trim N` pop. Exception handlers are
// CatchMarker objects stored in y slots; return addresses are found by their
// LoadedModule slot, which no term can be.

import { NIL, Pid, type Atom, type Term } from '../term/types.js';
import type { LoadedModule } from './module.js';
import type { TimerHandle } from '../runtime/host.js';
import type { Vm } from '../runtime/vm.js';

export const enum Status {
  Runnable = 0,
  Running = 1,
  Waiting = 2,
  Exited = 3,
}

/** An exception handler (from `catch`/`try`): where to resume, and the stack height to cut back to. */
export class CatchMarker {
  constructor(
    readonly lm: LoadedModule,
    readonly ip: number,
    readonly height: number,
  ) {}
}

/**
 * A receive marker (OTP 24+ recv_marker_*): the queue position at the
 * moment a reference was about to be made. No message before it can
 * contain that reference, so a receive matching on it starts there.
 */
export class RecvMarker {
  constructor(
    /** absolute index into Mailbox.q */
    public pos: number,
    public ref: Term | null,
  ) {}
}

/** Markers kept per mailbox; the oldest is dropped beyond this (it only loses the shortcut). */
const MAX_MARKERS = 4;

/**
 * The message queue. `save` is the receive cursor (the next message
 * loop_rec looks at); remove_message and timeout reset it to the oldest.
 */
export class Mailbox {
  q: Term[] = [];
  head = 0;
  save = 0;
  markers: RecvMarker[] = [];

  get length(): number {
    return this.q.length - this.head;
  }
  push(m: Term): void {
    this.q.push(m);
  }
  /** the message under the cursor, or undefined at the end */
  peek(): Term | undefined {
    return this.save < this.q.length ? this.q[this.save] : undefined;
  }
  advance(): void {
    this.save++;
  }
  resetSave(): void {
    this.save = this.head;
  }
  /** remove the message under the cursor and reset the cursor */
  removeCurrent(): void {
    const q = this.q;
    const at = this.save;
    if (at === this.head) {
      (q as (Term | undefined)[])[this.head++] = undefined;
      if (this.head === q.length) {
        q.length = 0;
        this.shiftMarkers(0, this.head);
        this.head = 0;
      } else if (this.head > 64 && this.head * 2 > q.length) {
        q.splice(0, this.head);
        this.shiftMarkers(0, this.head);
        this.head = 0;
      }
    } else {
      q.splice(at, 1);
      this.shiftMarkers(at + 1, 1);
    }
    this.save = this.head;
  }
  toArray(): Term[] {
    return this.q.slice(this.head);
  }

  reserveMarker(): RecvMarker {
    if (this.markers.length >= MAX_MARKERS) this.markers.shift();
    const m = new RecvMarker(this.q.length, null);
    this.markers.push(m);
    return m;
  }
  /** recv_marker_use: start the receive after the marker bound to `ref` */
  useMarker(ref: Term): void {
    const ms = this.markers;
    for (let i = 0; i < ms.length; i++) {
      if (ms[i].ref === ref) {
        if (ms[i].pos > this.save) this.save = ms[i].pos;
        return;
      }
    }
  }
  clearMarker(ref: Term): void {
    const ms = this.markers;
    for (let i = 0; i < ms.length; i++) {
      if (ms[i].ref === ref) {
        ms.splice(i, 1);
        return;
      }
    }
  }
  /** messages at indices >= from moved down by `by` */
  private shiftMarkers(from: number, by: number): void {
    const ms = this.markers;
    for (let i = 0; i < ms.length; i++) {
      if (ms[i].pos >= from) ms[i].pos = Math.max(0, ms[i].pos - by);
    }
  }
}

export interface MonitorEntry {
  ref: Term; // a Ref
  /** the other side: the watched process (outgoing) or the watcher (incoming) */
  pid: Pid;
  /** the name monitored, when monitor(process, Name) was used */
  name: Atom | null;
  /** {alias, ...}/tag options are not supported; the DOWN tag */
  tag: Atom;
}

export class Process {
  status: Status = Status.Runnable;
  /** x registers (each process owns its own: no copying at switch) */
  x: Term[] = [];
  /** float registers */
  fr: number[] = [];
  stack: unknown[] = [];
  /** the code position to resume at */
  lm!: LoadedModule;
  ip = 0;
  /** reductions left in this time slice */
  fcalls = 0;
  reductions = 0;
  mbox = new Mailbox();
  /** receive ... after: a timer is armed for the current receive */
  timerActive = false;
  timedOut = false;
  timer: TimerHandle | null = null;
  // links, monitors and the dictionary are made on first use: most
  // processes never touch them, and four empty collections would be a
  // third of an idle process's footprint
  private links_: Set<Process> | null = null;
  private monitors_: Map<string, MonitorEntry> | null = null;
  private monitoredBy_: Map<string, MonitorEntry> | null = null;
  private dict_: Map<unknown, [Term, Term]> | null = null;
  get links(): Set<Process> {
    return (this.links_ ??= new Set());
  }
  /** monitors this process holds on others: ref key -> entry */
  get monitors(): Map<string, MonitorEntry> {
    return (this.monitors_ ??= new Map());
  }
  /** monitors others hold on this process: ref key -> entry (pid = the watcher) */
  get monitoredBy(): Map<string, MonitorEntry> {
    return (this.monitoredBy_ ??= new Map());
  }
  get dict(): Map<unknown, [Term, Term]> {
    return (this.dict_ ??= new Map());
  }
  groupLeader: Pid;
  trapExit = false;
  registeredName: Atom | null = null;
  /** {M, F, A} */
  initialCall: Term = NIL;
  /** in erlang:hibernate/3: waiting for the message that wakes it (process_info shows hibernate) */
  hibernating = false;
  /** set when an exit signal must terminate this process while it runs a native */
  pendingExit: Term | null = null;
  priority: Atom | null = null;
  /** an exit reason, once exited */
  exitReason: Term | null = null;
  /** callbacks waiting for the exit (Vm.whenExited) */
  exitWaiters: ((reason: Term, cls: Atom | null) => void)[] | null = null;
  /** true while in the run queue */
  queued = false;
  /** its crash report goes to the host's stderr rather than to logger (Vm.reportCrash) */
  crashReportToHost = false;
  /** keys (Vm.timers) of send_after/start_timer timers aimed at this pid: they die with it */
  targetOfTimers: Set<string> | null = null;

  constructor(
    readonly vm: Vm,
    readonly pid: Pid,
    groupLeader: Pid | null,
  ) {
    this.groupLeader = groupLeader ?? pid;
  }

  get alive(): boolean {
    return this.status !== Status.Exited;
  }
}
