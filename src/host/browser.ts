// The Host for a browser Worker: modules from .avm bundles held in memory,
// timers from setTimeout, the clock from performance.now, output posted
// as text (the iframe relays it to the page), host turns through a
// MessageChannel (setTimeout(0) would be clamped to 4 ms after nesting).

import type { Host, TimerHandle } from '../runtime/host.js';
import { readAvm, AVM_BEAM_CODE, AVM_BEAM_START, AVM_NORMAL_FILE } from '../loader/avm.js';
import { clearDeadlineTimer, setDeadlineTimer } from './deadline_timer.js';

export interface Bundle {
  /** module name -> .beam bytes */
  modules: Map<string, Uint8Array>;
  /** application name -> text of its .app file */
  apps: Map<string, string>;
  /** other plain files (priv), by their name in the pack */
  files: Map<string, Uint8Array>;
  /** modules flagged as the pack's entry point */
  startModules: string[];
}

/** Merges the packs in order; the first to hold a module wins, as on a code path. */
export function openBundles(packs: readonly Uint8Array[]): Bundle {
  const b: Bundle = { modules: new Map(), apps: new Map(), files: new Map(), startModules: [] };
  const dec = new TextDecoder();
  for (const pack of packs) {
    for (const e of readAvm(pack)) {
      const base = e.name.slice(e.name.lastIndexOf('/') + 1);
      if (e.flags & (AVM_BEAM_CODE | AVM_BEAM_START) && base.endsWith('.beam')) {
        const mod = base.slice(0, -5);
        if (!b.modules.has(mod)) b.modules.set(mod, e.data);
        if (e.flags & AVM_BEAM_START) b.startModules.push(mod);
      } else if (e.flags & AVM_NORMAL_FILE) {
        if (base.endsWith('.app')) {
          const app = base.slice(0, -4);
          if (!b.apps.has(app)) b.apps.set(app, dec.decode(e.data));
        } else if (!b.files.has(e.name)) b.files.set(e.name, e.data);
      }
    }
  }
  return b;
}


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
