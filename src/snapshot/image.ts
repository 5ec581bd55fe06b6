// The boot image file: a VM booted once by `popcorn build` (write.ts), saved
// so that each page restores it in milliseconds instead of booting kernel,
// stdlib, elixir and logger again. Layout:
//   "PCBI"  version(byte)  bundle hash (8 bytes)  checksum of the rest (4 bytes)
//   header length(varint)  header graph: the atom table in index order
//                          (atom_table.ts: runs over the bundle's atom
//                          chunks, names for the rest), the Vm's counters
//                          and loaded modules, the clock
//   body graph (graph.ts): processes, registered names, natives' state
// An image whose version or bundle hash differs, or whose atom table does
// not extend this runtime's, is refused: the caller boots in full instead.

import { atom, atomAt, atomCount } from '../term/types.js';
import type { Vm, VmImageState } from '../runtime/vm.js';
import type { Bundle } from '../host/browser.js';
import { decodeGraph, encodeGraph, SnapshotError, type SnapshotContext } from './graph.js';
import { encodeAtomTable, restoreAtomTable, type AtomTableCode } from './atom_table.js';
import { applyState, captureState, snapshotContext, type ImageState } from './state.js';

/** Where `popcorn build` puts the image inside the .avm (an AVM_NORMAL_FILE entry). */
export const IMAGE_FILE = 'popcorn/boot.image';
const VERSION = 2;
const MAGIC = [0x50, 0x43, 0x42, 0x49]; // PCBI

interface Header {
  atoms: AtomTableCode;
  nextPid: number;
  nextRef: number;
  nextUnique: number;
  /** loaded module names, each with whether its on_load is pending */
  loaded: [string, boolean][];
  /** the writer's monotonic clock and the VM's uptime when saved */
  monoMs: number;
  uptimeMs: number;
  /** what the boot printed (fd, text): a restored page prints it too */
  output: [number, string][];
}

/**
 * A 64-bit fingerprint of what the boot depends on: every module and .app
 * file of the bundle, by name, length and content. Module bytes are
 * sampled (one 32-bit word in 16, plus the whole tail): hashing all 2 MB
 * cost ~10 ms of each page's start, and a recompiled .beam differs in
 * length or all over (its chunks move), not in one word.
 */
export function bundleHash(bundle: Bundle): [number, number] {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x01000193 | 0;
  const enc = new TextEncoder();
  const word = (w: number): void => {
    h1 = Math.imul(h1 ^ w, 16777619);
    h2 = Math.imul(h2 ^ w, 0x5bd1e995) ^ (h2 >>> 15);
  };
  const mix = (b: Uint8Array, stride: number): void => {
    const n = b.length;
    word(n);
    const tail = Math.max(0, n - 256);
    for (let i = 0; i + 4 <= tail; i += stride) word(b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24));
    for (let i = tail; i < n; i++) word(b[i]);
  };
  for (const [name, bytes] of bundle.modules) {
    mix(enc.encode(name), 4);
    mix(bytes, 64);
  }
  for (const [name, text] of bundle.apps) {
    mix(enc.encode(name), 4);
    mix(enc.encode(text), 4);
  }
  return [h1 >>> 0, h2 >>> 0];
}

const EMPTY_CTX: SnapshotContext = {
  classes: [],
  specials: [],
  nameOf: () => null,
  byName: (n) => {
    throw new SnapshotError(`unexpected module ${n}`);
  },
};

/**
 * Save `vm` (idle: every process waiting in a receive) as an image for
 * `bundle`. SnapshotError when its state cannot be saved.
 */
export function writeImage(vm: Vm, bundle: Bundle, output: [number, string][] = []): Uint8Array {
  const state = captureState(vm);
  const vs = vm.imageState();
  // encode the body first: it may not intern atoms, but the names come last
  const body = encodeGraph(state, snapshotContext(vm));
  const atoms: string[] = [];
  for (let i = 0, n = atomCount(); i < n; i++) atoms.push(atomAt(i)!.name);
  const header: Header = {
    atoms: encodeAtomTable(atoms, bundle.modules),
    nextPid: vs.nextPid,
    nextRef: vs.nextRef,
    nextUnique: vs.nextUnique,
    loaded: vs.loaded.map(([m, p]) => [m.name, p]),
    monoMs: vm.host.monotonicMs(),
    uptimeMs: vm.uptimeMs(),
    output,
  };
  const head = encodeGraph(header, EMPTY_CTX);
  const [h1, h2] = bundleHash(bundle);
  const pre = [...MAGIC, VERSION, ...u32(h1), ...u32(h2), 0, 0, 0, 0, ...varint(head.length)];
  const out = new Uint8Array(pre.length + head.length + body.length);
  out.set(pre, 0);
  out.set(head, pre.length);
  out.set(body, pre.length + head.length);
  out.set(u32(checksum(out.subarray(SUM_END))), SUM_AT);
  return out;
}

/** A host whose monotonic clock a restore may move forward (BootHost). */
export interface ShiftableClock {
  clockOffset: number;
  monotonicMs(): number;
}

export type RestoreResult = { ok: true; output: [number, string][] } | { ok: false; reason: string };

/**
 * Restore `image` into `vm`, a Vm just made over `host` that has run
 * nothing yet; on success, what the boot printed. After a refusal `vm`
 * must be dropped (a full boot needs a fresh one).
 */
export function restoreImage(vm: Vm, host: ShiftableClock, image: Uint8Array, bundle: Bundle): RestoreResult {
  const no = (reason: string): RestoreResult => ({ ok: false, reason });
  try {
    if (image.length < SUM_END + 2 || MAGIC.some((b, i) => image[i] !== b)) return no('not a boot image');
    if (image[4] !== VERSION) return no(`image version ${image[4]}, this runtime reads ${VERSION}`);
    const [h1, h2] = bundleHash(bundle);
    const dv = new DataView(image.buffer, image.byteOffset, image.byteLength);
    if (dv.getUint32(5, true) !== h1 || dv.getUint32(9, true) !== h2) return no('the image was made for other modules');
    if (dv.getUint32(SUM_AT, true) !== checksum(image.subarray(SUM_END))) return no('the image is corrupt');
    let pos = SUM_END;
    let headLen = 0;
    for (let mul = 1; ; mul *= 128) {
      const b = image[pos++];
      if (b === undefined) return no('truncated image');
      headLen += (b & 0x7f) * mul;
      if (b < 0x80) break;
    }
    if (pos + headLen > image.length) return no('truncated image');
    const header = decodeGraph(image.subarray(pos, pos + headLen), EMPTY_CTX, []) as Header;
    const atoms = restoreAtomTable(header.atoms, bundle.modules);
    if (atoms === null) return no('the image was made by another runtime (atom table)');
    // monotonic time continues from the image's, never behind it
    const now = host.monotonicMs() - host.clockOffset;
    host.clockOffset = Math.max(0, header.monoMs - now);
    vm.startMs = host.monotonicMs() - header.uptimeMs;
    const vs: VmImageState = {
      nextPid: header.nextPid,
      nextRef: header.nextRef,
      nextUnique: header.nextUnique,
      loaded: header.loaded.map(([m, p]) => [atom(m), p]),
    };
    vm.restoreImageState(vs, []);
    const state = decodeGraph(image.subarray(pos + headLen), snapshotContext(vm), atoms) as ImageState;
    applyState(vm, state);
    return { ok: true, output: header.output };
  } catch (e) {
    return no(`bad image: ${(e as Error).message}`);
  }
}

const SUM_AT = 13;
const SUM_END = 17;

function checksum(b: Uint8Array): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b[i], 16777619);
  return h >>> 0;
}

function u32(v: number): number[] {
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
}

function varint(v: number): number[] {
  const out: number[] = [];
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}
