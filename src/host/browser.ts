// The Host for a browser Worker: modules from .avm bundles held in memory,
// timers from setTimeout, the clock from performance.now, output posted
// as text (the iframe relays it to the page), host turns through a
// MessageChannel (setTimeout(0) would be clamped to 4 ms after nesting).

import type { Host, TimerHandle } from '../runtime/host.js';
import { clearDeadlineTimer, setDeadlineTimer } from './deadline_timer.js';
import type { PackBundle } from '../pack/bundle.js';

/** The bundle a page runs: src/pack/bundle.ts opens it (openBundle), as `run --bundle` does. */
export type Bundle = PackBundle;

export interface BrowserHostOptions {
  bundle: Bundle;
  write: (fd: 1 | 2, text: string) => void;
  onHalt: (status: number) => void;
}

export class BrowserHost implements Host {
  private readonly channel = new MessageChannel();
  private readonly turns: Array<() => void> = [];
  private readonly out = new TextDecoder();
  private readonly err = new TextDecoder();

  constructor(private readonly opts: BrowserHostOptions) {
    this.channel.port1.onmessage = () => {
      const cbs = this.turns.splice(0);
      for (const cb of cbs) cb();
    };
  }

  monotonicMs(): number {
    return performance.now();
  }
  systemMs(): number {
    return Date.now();
  }
  setTimer(ms: number, cb: () => void): TimerHandle {
    return setDeadlineTimer(ms, cb);
  }
  clearTimer(h: TimerHandle): void {
    clearDeadlineTimer(h);
  }
  yieldToHost(cb: () => void): void {
    this.turns.push(cb);
    if (this.turns.length === 1) this.channel.port2.postMessage(null);
  }
  writeStdout(bytes: Uint8Array): void {
    this.opts.write(1, this.out.decode(bytes, { stream: true }));
  }
  writeStderr(bytes: Uint8Array): void {
    this.opts.write(2, this.err.decode(bytes, { stream: true }));
  }
  findModule(module: string): Uint8Array | null {
    return this.opts.bundle.modules.get(module) ?? null;
  }
  halt(status: number): void {
    this.opts.onHalt(status);
  }
  getenv(_name: string): string | undefined {
    return undefined;
  }
}
