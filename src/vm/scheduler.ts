// The run queue. Runs each process for a reduction budget, and gives the
// host event loop a turn after a time slice, so output, timers and the page
// stay live. With nothing runnable it schedules nothing: the VM idles at 0%
// CPU until a timer or an external message enqueues a process.

import type { Host } from '../runtime/host.js';
import { execute } from './executor.js';
import { setCurrent } from './context.js';
import { Status, type Process } from './process.js';

/** Reductions per turn (the BEAM's CONTEXT_REDS). */
export const CONTEXT_REDS = 4000;
/** Milliseconds of running before yielding to the host. */
const SLICE_MS = 8;

export class Scheduler {
  private q: Process[] = [];
  private head = 0;
  private pending = false;
  private running = false;
  halted = false;
  /** the process executing now, or null */
  current: Process | null = null;
  /** reductions of every finished turn, dead processes' included (statistics(reductions)) */
  totalReductions = 0;
  /** turns run: each is a process switched in (statistics(context_switches)) */
  contextSwitches = 0;

  constructor(private readonly host: Host) {}

  get queueLength(): number {
    return this.q.length - this.head;
  }

  enqueue(p: Process): void {
    if (p.queued) return;
    p.queued = true;
    this.q.push(p);
    this.wake();
  }

  private wake(): void {
    if (this.pending || this.running || this.halted) return;
    this.pending = true;
    this.host.yieldToHost(() => this.run());
  }

  private dequeue(): Process | null {
    if (this.head >= this.q.length) return null;
    const p = this.q[this.head];
    (this.q as (Process | undefined)[])[this.head++] = undefined;
    if (this.head === this.q.length) {
      this.q.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.q.length) {
      this.q.splice(0, this.head);
      this.head = 0;
    }
    return p;
  }

  private run(): void {
    this.pending = false;
    this.running = true;
    const start = this.host.monotonicMs();
    try {
      for (;;) {
        if (this.halted) return;
        const p = this.dequeue();
        if (p === null) break;
        p.queued = false;
        if (p.status !== Status.Runnable) continue;
        p.status = Status.Running;
        p.fcalls = CONTEXT_REDS;
        this.current = p;
        execute(p);
        this.current = null;
        setCurrent(null);
        const spent = CONTEXT_REDS - p.fcalls;
        p.reductions += spent;
        this.totalReductions += spent;
        this.contextSwitches++;
        if (p.status === Status.Running) {
          p.status = Status.Runnable;
          p.queued = true;
          this.q.push(p);
        }
        if (this.host.monotonicMs() - start >= SLICE_MS) break;
      }
    } finally {
      this.current = null;
      this.running = false;
    }
    if (this.queueLength > 0) this.wake();
  }
}
