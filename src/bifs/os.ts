// The os module's BIFs, over the host's environment and clocks.

import { current } from '../vm/context.js';
import { badarg } from '../vm/exception.js';
import { FALSE, TRUE, type Term } from '../term/types.js';
import { arrayToList, listToString, stringToList } from '../term/list.js';
import { defineNatives } from './registry.js';
import { timeUnitFactor } from './time_unit.js';

/** Variables set by os:putenv in this VM, over the host's own. */
const overrides = new Map<string, string | null>();

// As the BEAM's os BIFs: a name never holds '=', and neither holds NUL.
function envName(t: Term): string {
  const s = listToString(t);
  if (s === null || s.includes('=') || s.includes('\0')) badarg();
  return s;
}

function getenv(name: string): string | undefined {
  const o = overrides.get(name);
  if (o !== undefined) return o === null ? undefined : o;
  return current().vm.host.getenv(name);
}

defineNatives('os', {
  'getenv/1': (name: Term): Term => {
    const v = getenv(envName(name));
    return v === undefined ? FALSE : stringToList(v);
  },
  'putenv/2': (name: Term, value: Term): Term => {
    const v = listToString(value);
    if (v === null || v.includes('\0')) badarg();
    overrides.set(envName(name), v);
    return TRUE;
  },
  'unsetenv/1': (name: Term): Term => {
    overrides.set(envName(name), null);
    return TRUE;
  },
  'env/0': (): Term => {
    const all = new Map(current().vm.host.environment?.() ?? []);
    for (const [k, v] of overrides) {
      if (v === null) all.delete(k);
      else all.set(k, v);
    }
    const out: Term[] = [];
    for (const [k, v] of all) out.push([stringToList(k), stringToList(v)]);
    return arrayToList(out);
  },
  'timestamp/0': (): Term => {
    const us = Math.floor(current().vm.host.systemMs() * 1000);
    return [Math.floor(us / 1e12), Math.floor(us / 1e6) % 1e6, us % 1e6];
  },
  'system_time/0': (): Term => Math.floor(current().vm.host.systemMs() * 1000) * 1000,
  'system_time/1': (unit: Term): Term => {
    const f = timeUnitFactor(unit);
    return Math.floor((current().vm.host.systemMs() / 1000) * f);
  },
  'perf_counter/0': (): Term => Math.floor(current().vm.host.monotonicMs() * 1e6),
  // a host without processes of its own still answers with a number, as os:getpid/0 must
  'getpid/0': (): Term => stringToList(String(current().vm.host.osPid?.() ?? 1)),
});

/** os:putenv's variables, for a boot image (src/snapshot/state.ts). */
export function envOverrides(): Map<string, string | null> {
  return overrides;
}
export function restoreEnvOverrides(s: Map<string, string | null>): void {
  overrides.clear();
  for (const [k, v] of s) overrides.set(k, v);
}
