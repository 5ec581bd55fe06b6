// The process a native runs on behalf of. The scheduler sets it before it
// runs a process, so natives need no extra parameter (see bifs/registry.ts).

import type { Process } from './process.js';

let cur: Process | null = null;

export function setCurrent(p: Process | null): void {
  cur = p;
}

/** The calling process. Only valid while a native runs. */
export function current(): Process {
  return cur!;
}

/** The calling process or null outside the executor (host-side calls). */
export function currentOrNull(): Process | null {
  return cur;
}
