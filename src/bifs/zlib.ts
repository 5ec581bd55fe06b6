// The NIFs of the preloaded zlib module (zlib.beam runs unmodified; its
// Erlang side loops over deflate_nif/inflate_nif until they answer
// `finished`). Each z_stream is a NIF resource: a magic reference holding
// pako's port of the zlib codec, driven call by call the way zlib_nif.c
// drives the C library, so streams and their chunking match the BEAM's.

import ZStream from 'pako/lib/zlib/zstream.js';
import zdeflate from 'pako/lib/zlib/deflate.js';
import zinflate from 'pako/lib/zlib/inflate.js';
import { Bitstring, NIL, OK, Pid, Ref, atom, type Term } from '../term/types.js';
import { binaryFromBytes, bytesOf } from '../term/bits.js';
import { arrayToList } from '../term/list.js';
import { current } from '../vm/context.js';
import { badarg, error } from '../vm/exception.js';
import { magicRefIds } from './atomics.js';
import { ioToBitstring } from './binary.js';
import { adler32, crc32 } from './checksum.js';
import { defineNatives } from './registry.js';

// zlib's return codes and flush values
const Z_OK = 0;
const Z_STREAM_END = 1;
const Z_NEED_DICT = 2;
const Z_STREAM_ERROR = -2;
const Z_DATA_ERROR = -3;
const Z_MEM_ERROR = -4;
const Z_BUF_ERROR = -5;
const Z_VERSION_ERROR = -6;
const Z_NO_FLUSH = 0;

const enum State {
  None = 0,
  Deflate = 1,
  Inflate = 2,
  Closed = 3,
}

// What inflate does with input after the end of the stream (zlib:inflateInit/3's eos option).
const EOS_ERROR = 0;
const EOS_RESET = 1;

const A_STREAM_END = atom('stream_end');
const A_STREAM_ERROR = atom('stream_error');
const A_DATA_ERROR = atom('data_error');
const A_MEM_ERROR = atom('mem_error');
const A_BUF_ERROR = atom('buf_error');
const A_VERSION_ERROR = atom('version_error');
const A_UNKNOWN_ERROR = atom('unknown_error');
const A_NOT_ON_CONTROLLING_PROCESS = atom('not_on_controlling_process');
const A_NOT_INITIALIZED = atom('not_initialized');
const A_ALREADY_INITIALIZED = atom('already_initialized');
const A_CONTINUE = atom('continue');
const A_FINISHED = atom('finished');
const A_NEED_DICTIONARY = atom('need_dictionary');
const A_EMPTY = atom('empty');
const A_ERROR = atom('error');

const EMPTY = new Uint8Array(0);

/** A z_stream resource. */
export class ZlibRef extends Ref {
  strm = new ZStream();
  state = State.None;
  eosBehavior = 2; // cut
  eosSeen = false;
  // running CRC of the plaintext, for the deprecated zlib:crc32/1
  inputCrc = 0;
  outputCrc = 0;
  wantInputCrc = false;
  wantOutputCrc = false;
  isRaw = false;
  inflateChunkSize = 4000;
  /** the input queue: enqueued binaries, the first possibly part-consumed */
  queue: Uint8Array[] = [];
  stash: Term | null = null;

  constructor(public owner: Pid) {
    super(magicRefIds());
  }

  queueSize(): number {
    let n = 0;
    for (const b of this.queue) n += b.length;
    return n;
  }

  /** Drop `n` consumed bytes from the front of the queue. */
  dequeue(n: number): void {
    const q = this.queue;
    while (n > 0 && q.length > 0) {
      if (q[0].length <= n) {
        n -= q[0].length;
        q.shift();
      } else {
        q[0] = q[0].subarray(n);
        n = 0;
      }
    }
  }

  resetInput(): void {
    this.queue = [];
    this.stash = null;
  }
}

function samePid(a: Pid, b: Pid): boolean {
  return a.id === b.id && a.serial === b.serial && a.node === b.node && a.creation === b.creation;
}

/** The stream argument, checked as every zlib NIF does: a stream, used by its owner. */
function stream(t: Term): ZlibRef {
  if (!(t instanceof ZlibRef)) return badarg();
  if (!samePid(t.owner, current().pid)) error(A_NOT_ON_CONTROLLING_PROCESS);
  return t;
}

function inState(t: Term, s: State): ZlibRef {
  const z = stream(t);
  if (z.state !== s) error(A_NOT_INITIALIZED);
  return z;
}

function intArg(t: Term): number {
  if (typeof t !== 'number' || t < -0x80000000 || t > 0x7fffffff) return badarg();
  return t;
}

function iodataBytes(t: Term): Uint8Array {
  if (t instanceof Bitstring) {
    if ((t.bitSize & 7) !== 0) badarg();
    return bytesOf(t);
  }
  if (t === NIL) return EMPTY;
  const b = ioToBitstring(t, false);
  if (b === null) return badarg();
  return bytesOf(b);
}

/** A zlib return code as the NIF answers it: an atom, or an error for stream/data errors. */
function zlibReturn(code: number): Term {
  switch (code) {
    case Z_OK:
      return OK;
    case Z_STREAM_END:
      return A_STREAM_END;
    case Z_STREAM_ERROR:
      return error(A_STREAM_ERROR);
    case Z_DATA_ERROR:
      return error(A_DATA_ERROR);
    case Z_MEM_ERROR:
      return A_MEM_ERROR;
    case Z_BUF_ERROR:
      return A_BUF_ERROR;
    case Z_VERSION_ERROR:
      return A_VERSION_ERROR;
    default:
      return A_UNKNOWN_ERROR;
  }
}

type Codec = (strm: ZStream, flush: number) => number;

/**
 * Run the codec over queued input (at most `inLimit` bytes) into one output
 * buffer of `outSize` bytes, then flush when the input is used up, answering
 * {finished, Out} | {continue, Out} | {need_dictionary, Adler, Out}.
 */
function codec(run: Codec, z: ZlibRef, inLimit: number, outSize: number, flush: number): Term {
  if (inLimit <= 0 || outSize <= 0) return badarg();
  const s = z.strm;
  const out = new Uint8Array(outSize);
  s.output = out;
  s.next_out = 0;
  s.avail_out = outSize;
  let res = Z_OK;
  let consumed = 0;
  const q = z.queue;
  for (let i = 0; res === Z_OK && i < q.length && consumed < inLimit; i++) {
    const blk = q[i];
    const size = Math.min(blk.length, inLimit);
    s.input = blk;
    s.next_in = 0;
    s.avail_in = size;
    res = run(s, Z_NO_FLUSH);
    const used = size - s.avail_in;
    consumed += used;
    if (z.wantInputCrc) z.inputCrc = crc32(z.inputCrc, blk.subarray(0, used));
  }
  z.dequeue(consumed);
  const remaining = z.queueSize();
  if (res === Z_OK && remaining === 0 && s.avail_out > 0) {
    // end of input: let the codec flush (a no-op when nothing is pending)
    s.input = EMPTY;
    s.next_in = 0;
    s.avail_in = 0;
    res = run(s, flush);
  }
  const produced = outSize - s.avail_out;
  s.output = null;
  s.input = null;
  if (res < 0 && res !== Z_BUF_ERROR) return zlibReturn(res);
  if (res === Z_STREAM_END) z.eosSeen = true;
  if (z.wantOutputCrc) z.outputCrc = crc32(z.outputCrc, out.subarray(0, produced));
  // no progress at all on pending input: corrupt data
  if (consumed === 0 && produced === 0 && remaining !== 0) return zlibReturn(Z_DATA_ERROR);
  const data = produced > 0 ? arrayToList([binaryFromBytes(out.slice(0, produced))]) : NIL;
  if (remaining === 0 && produced < outSize) return [A_FINISHED, data];
  if (res !== Z_NEED_DICT) return [A_CONTINUE, data];
  return [A_NEED_DICTIONARY, s.adler >>> 0, data];
}

// zlib's per-level tuning (good_length, max_lazy, nice_length, max_chain), for deflateParams
const CONFIG: [number, number, number, number][] = [
  [0, 0, 0, 0],
  [4, 4, 8, 4],
  [4, 5, 16, 8],
  [4, 6, 32, 32],
  [4, 4, 16, 16],
  [8, 16, 32, 32],
  [8, 16, 128, 128],
  [8, 32, 128, 256],
  [32, 128, 258, 1024],
  [32, 258, 258, 4096],
];

/**
 * zlib's deflateParams, which pako lacks. zlib.erl has already flushed with
 * `sync`, so nothing is pending and only the tuning changes.
 */
function deflateParams(z: ZlibRef, level: number, strategy: number): number {
  if (level === -1) level = 6;
  if (level < 0 || level > 9 || strategy < 0 || strategy > 4) return Z_STREAM_ERROR;
  const st = z.strm.state;
  if (st.level !== level) {
    if (st.level === 0 && st.matches !== 0) {
      // the stored path left the hash chains stale
      st.head.fill(0);
      st.matches = 0;
    }
    const [good, lazy, nice, chain] = CONFIG[level];
    st.level = level;
    st.good_match = good;
    st.max_lazy_match = lazy;
    st.nice_match = nice;
    st.max_chain_length = chain;
  }
  st.strategy = strategy;
  return Z_OK;
}

/** inflateGetDictionary: the sliding window, oldest byte first. */
function inflateDictionary(z: ZlibRef): Uint8Array {
  const st = z.strm.state;
  const whave: number = st.whave;
  const wnext: number = st.wnext;
  const out = new Uint8Array(whave);
  if (whave > 0 && st.window) {
    out.set(st.window.subarray(wnext, whave), 0);
    out.set(st.window.subarray(0, wnext), whave - wnext);
  }
  return out;
}

defineNatives('zlib', {
  'open_nif/0': () => new ZlibRef(current().pid),
  'close_nif/1': (zt) => {
    const z = stream(zt);
    if (z.state === State.Closed) error(A_NOT_INITIALIZED);
    if (z.state === State.Deflate) zdeflate.deflateEnd(z.strm);
    else if (z.state === State.Inflate) zinflate.inflateEnd(z.strm);
    z.stash = null;
    z.state = State.Closed;
    return OK;
  },
  'set_controller_nif/2': (zt, pid) => {
    if (!(pid instanceof Pid)) return badarg();
    stream(zt).owner = pid;
    return OK;
  },

  // ---- deflate
  'deflateInit_nif/6': (zt, level, method, bits, mem, strategy) => {
    const args = [level, method, bits, mem, strategy].map(intArg);
    const z = stream(zt);
    if (z.state !== State.None) error(A_ALREADY_INITIALIZED);
    z.strm = new ZStream();
    // legacyHash: zlib's classic hash, so streams are byte-identical to the BEAM's
    const res = zdeflate.deflateInit2(z.strm, args[0], args[1], args[2], args[3], args[4], true);
    if (res === Z_OK) {
      z.state = State.Deflate;
      z.eosSeen = false;
      z.isRaw = args[2] < 0;
      z.wantOutputCrc = false;
      z.wantInputCrc = z.isRaw;
      z.outputCrc = 0;
      z.inputCrc = 0;
    }
    return zlibReturn(res);
  },
  'deflateSetDictionary_nif/2': (zt, dict) => {
    const d = iodataBytes(dict);
    const z = inState(zt, State.Deflate);
    const res = zdeflate.deflateSetDictionary(z.strm, d);
    if (res !== Z_OK) return zlibReturn(res);
    // raw streams keep no Adler-32; the NIF computes it anyway (from 0, as zlib's adler32(0, ...))
    return z.isRaw ? adler32(0, d) : z.strm.adler >>> 0;
  },
  'deflateReset_nif/1': (zt) => {
    const z = inState(zt, State.Deflate);
    const res = zdeflate.deflateReset(z.strm);
    z.inputCrc = 0;
    z.eosSeen = false;
    z.resetInput();
    return zlibReturn(res);
  },
  'deflateEnd_nif/1': (zt) => {
    const z = inState(zt, State.Deflate);
    let res = zdeflate.deflateEnd(z.strm);
    if (res === Z_OK && z.queueSize() > 0) res = Z_DATA_ERROR;
    z.resetInput();
    z.state = State.None;
    return zlibReturn(res);
  },
  'deflateParams_nif/3': (zt, level, strategy) => {
    const l = intArg(level);
    const s = intArg(strategy);
    return zlibReturn(deflateParams(inState(zt, State.Deflate), l, s));
  },
  'deflate_nif/4': (zt, inChunk, outChunk, flush) => {
    const i = intArg(inChunk);
    const o = intArg(outChunk);
    const f = intArg(flush);
    return codec(zdeflate.deflate, inState(zt, State.Deflate), i, o, f);
  },

  // ---- inflate
  'inflateInit_nif/3': (zt, bits, eos) => {
    const w = intArg(bits);
    const e = intArg(eos);
    const z = stream(zt);
    if (z.state !== State.None) error(A_ALREADY_INITIALIZED);
    z.strm = new ZStream();
    const res = zinflate.inflateInit2(z.strm, w);
    if (res === Z_OK) {
      z.state = State.Inflate;
      z.eosBehavior = e;
      z.eosSeen = false;
      z.isRaw = w < 0;
      z.wantOutputCrc = z.isRaw;
      z.wantInputCrc = false;
      z.outputCrc = 0;
      z.inputCrc = 0;
    }
    return zlibReturn(res);
  },
  'inflateSetDictionary_nif/2': (zt, dict) => {
    const d = iodataBytes(dict);
    return zlibReturn(zinflate.inflateSetDictionary(inState(zt, State.Inflate).strm, d));
  },
  'inflateGetDictionary_nif/1': (zt) => binaryFromBytes(inflateDictionary(inState(zt, State.Inflate))),
  'inflateReset_nif/1': (zt) => {
    const z = inState(zt, State.Inflate);
    const res = zinflate.inflateReset(z.strm);
    z.outputCrc = 0;
    z.eosSeen = false;
    z.resetInput();
    return zlibReturn(res);
  },
  'inflateEnd_nif/1': (zt) => {
    const z = inState(zt, State.Inflate);
    let res = zinflate.inflateEnd(z.strm);
    if (res === Z_OK && (!z.eosSeen || z.queueSize() > 0)) res = Z_DATA_ERROR;
    z.resetInput();
    z.state = State.None;
    return zlibReturn(res);
  },
  'inflate_nif/4': (zt, inChunk, outChunk, flush) => {
    const i = intArg(inChunk);
    const o = intArg(outChunk);
    const f = intArg(flush);
    const z = inState(zt, State.Inflate);
    if (z.eosSeen && z.queueSize() > 0) {
      if (z.eosBehavior === EOS_ERROR) return zlibReturn(Z_DATA_ERROR);
      if (z.eosBehavior === EOS_RESET) {
        const res = zinflate.inflateReset(z.strm);
        if (res !== Z_OK) return zlibReturn(res);
        z.eosSeen = false;
      } else {
        z.resetInput(); // cut: whatever follows the stream is dropped
      }
    }
    return codec(zinflate.inflate, z, i, o, f);
  },

  // ---- the rest
  'crc32_nif/1': (zt) => {
    const z = stream(zt);
    if (z.state === State.Deflate) return z.inputCrc >>> 0;
    if (z.state === State.Inflate) return z.outputCrc >>> 0;
    return error(A_NOT_INITIALIZED);
  },
  'getStash_nif/1': (zt) => {
    const z = stream(zt);
    return z.stash === null ? A_EMPTY : [OK, z.stash];
  },
  'clearStash_nif/1': (zt) => {
    const z = stream(zt);
    if (z.stash === null) error(A_ERROR);
    z.stash = null;
    return OK;
  },
  'setStash_nif/2': (zt, term) => {
    const z = stream(zt);
    if (z.stash !== null) error(A_ERROR);
    z.stash = term;
    return OK;
  },
  'getBufSize_nif/1': (zt) => stream(zt).inflateChunkSize,
  'setBufSize_nif/2': (zt, size) => {
    const z = stream(zt);
    z.inflateChunkSize = intArg(size);
    return OK;
  },
  'enqueue_nif/2': (zt, data) => {
    const z = stream(zt);
    if (z.state !== State.Deflate && z.state !== State.Inflate) error(A_NOT_INITIALIZED);
    const d = iodataBytes(data);
    // copy: the queue outlives the caller's binary, which may be appended to in place
    if (d.length > 0) z.queue.push(d.slice());
    return OK;
  },
});
