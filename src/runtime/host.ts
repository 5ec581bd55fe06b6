// Everything the VM needs from the world outside it. Node and the browser
// each implement this; nothing under src/vm or src/runtime imports Node or
// DOM APIs directly.

export interface TimerHandle {
  readonly __timer: unique symbol;
}

export interface Host {
  /** monotonic milliseconds (fractional allowed) */
  monotonicMs(): number;
  /** wall clock, milliseconds since the Unix epoch */
  systemMs(): number;
  /** run `cb` after `ms` milliseconds */
  setTimer(ms: number, cb: () => void): TimerHandle;
  clearTimer(h: TimerHandle): void;
  /** run `cb` soon, after the host event loop has had a turn (setImmediate / MessageChannel) */
  yieldToHost(cb: () => void): void;
  /** bytes written to standard output / standard error */
  writeStdout(bytes: Uint8Array): void;
  writeStderr(bytes: Uint8Array): void;
  /** the bytes of `Module.beam` from the code path or bundle, or null when absent */
  findModule(module: string): Uint8Array | null;
  /** the VM asked to stop the whole runtime (erlang:halt) */
  halt(status: number): void;
  /** environment variables (os:getenv); may be empty in a browser */
  getenv(name: string): string | undefined;
}
