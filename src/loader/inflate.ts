// zlib inflate for the LitT chunk. pako works everywhere but is slow to
// warm up for dozens of small streams; a host with a native zlib (Node)
// installs that instead with setInflate. The browser keeps pako.

import { inflate as pakoInflate } from 'pako';

/**
 * Inflate a zlib stream that should produce `size` bytes. May throw
 * anything on corrupt input (the loader turns it into a LoadError) or
 * return a different length (the loader checks).
 */
export type InflateFn = (data: Uint8Array, size: number) => Uint8Array;

let impl: InflateFn = (data) => pakoInflate(data);

export function setInflate(fn: InflateFn): void {
  impl = fn;
}

export function zlibInflate(data: Uint8Array, size: number): Uint8Array {
  return impl(data, size);
}
