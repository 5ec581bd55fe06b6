// Everything the VM needs from the world outside it. Node and the browser
// each implement this; nothing under src/vm or src/runtime imports Node or
// DOM APIs directly.

import type { HostFs } from './host_fs.js';

export type { HostFs } from './host_fs.js';

export interface TimerHandle {
  readonly __timer: unique symbol;
}

export interface Host {
  /** monotonic milliseconds (fractional allowed) */
  monotonicMs(): number;
  /** wall clock, milliseconds since the Unix epoch */
  systemMs(): number;
  /**
   * user-mode CPU time this runtime has used, in microseconds (getrusage's
   * ru_utime: what erlang:statistics(runtime) reports); absent: the VM counts
   * its monotonic uptime instead
   */
  cpuTimeMicros?(): number;
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
  /** where findModule found `Module.beam` (code:which/1); absent or null when it has no file */
  moduleFile?(module: string): string | null;
  /** the VM asked to stop the whole runtime (erlang:halt) */
  halt(status: number): void;
  /** environment variables (os:getenv); may be empty in a browser */
  getenv(name: string): string | undefined;
  /** every environment variable as [name, value] (os:env/0); absent: none */
  environment?(): Array<[string, string]>;
  /** the file system behind prim_file (file, filelib, erl_prim_loader); absent: every call answers {error, enotsup} */
  fs?: HostFs;
  /** the operating system's id of this process (os:getpid); absent in a browser */
  osPid?(): number;
  /** the kernel's release as [major, minor, patch] (os:version); absent: [0, 0, 0] */
  osVersion?(): [number, number, number];
}
