// Tracked JS values: the JS value lives in the iframe under a numeric key;
// the Erlang side holds a reference term for it. When the Worker's garbage
// collector frees that term (no process, table or message holds it any
// more) a FinalizationRegistry tells the iframe to release the value.
// Releases are batched into one message per host turn.

import type { Ref } from '../term/types.js';
import type { FromWorker } from '../browser/protocol.js';

/** Where the Worker posts to the iframe; null outside a browser Worker. */
let post: ((msg: FromWorker) => void) | null = null;

export function setJsBridge(fn: ((msg: FromWorker) => void) | null): void {
  post = fn;
}

export function jsBridge(): ((msg: FromWorker) => void) | null {
  return post;
}

const keys = new WeakMap<Ref, number>();
let pendingRelease: number[] = [];

const registry =
  typeof FinalizationRegistry === 'function'
    ? new FinalizationRegistry<number>((key) => scheduleRelease(key))
    : null;

function scheduleRelease(key: number): void {
  if (pendingRelease.length === 0) {
    setTimeout(() => {
      const batch = pendingRelease;
      pendingRelease = [];
      post?.({ t: 'release', keys: batch });
    }, 0);
  }
  pendingRelease.push(key);
}

/** Ties `ref` to the iframe's value `key`. */
export function track(ref: Ref, key: number): void {
  keys.set(ref, key);
  registry?.register(ref, key, ref);
}

export function trackedKey(ref: Ref): number | undefined {
  return keys.get(ref);
}

/** Releases at once (unregister_event_listener): no later release from GC. */
export function releaseNow(ref: Ref): boolean {
  const key = keys.get(ref);
  if (key === undefined) return false;
  keys.delete(ref);
  registry?.unregister(ref);
  post?.({ t: 'release', keys: [key] });
  return true;
}
