// Natives that own per-process resources (ETS tables, ...) register here to
// hear of every process exit, so the runtime need not know about them.

import type { Pid } from '../term/types.js';

type ExitHook = (pid: Pid) => void;
const hooks: ExitHook[] = [];

export function addExitHook(hook: ExitHook): void {
  hooks.push(hook);
}

export function runExitHooks(pid: Pid): void {
  for (let i = 0; i < hooks.length; i++) hooks[i](pid);
}
