// Calling a registered native directly from a unit test, by "m:f/a".

import assert from 'node:assert/strict';
import { lookupNative } from '../../src/bifs/registry.js';
import type { Term } from '../../src/term/types.js';
import { ErlangException } from '../../src/vm/exception.js';

export function callNative(mfa: string, ...args: Term[]): Term {
  const [m, fa] = mfa.split(':');
  const slash = fa.lastIndexOf('/');
  const fn = lookupNative(m, fa.slice(0, slash), Number(fa.slice(slash + 1)));
  assert.ok(fn, `native ${mfa} is registered`);
  return fn(...args);
}

/** The reason the native raises, as `format` prints it, or 'no exception'. */
export function nativeRaises(format: (t: Term) => string, mfa: string, ...args: Term[]): string {
  try {
    callNative(mfa, ...args);
  } catch (e) {
    if (e instanceof ErlangException) return format(e.reason);
    throw e;
  }
  return 'no exception';
}
