// prim_file's NIFs on open files. A file is a resource: a magic reference
// (FileRef) that prim_file keeps in its #file_descriptor{} map under
// `handle`. The host's file system has no lseek, so the file position lives
// here and reads and writes go to explicit offsets; files that cannot seek
// (pipes) fall back to the descriptor's own position.

import { Atom, Bitstring, Cons, NIL, OK, Pid, Ref, atom, type Term } from '../term/types.js';
import { binaryFromBytes, bytesOf } from '../term/bits.js';
import { ErlangException, badarg } from '../vm/exception.js';
import { current } from '../vm/context.js';
import { addExitHook } from '../vm/exit_hooks.js';
import type { HostFs, HostOpenFlags } from '../runtime/host_fs.js';
import { magicRefIds } from './atomics.js';
import { defineNatives } from './registry.js';
import {
  A_EOF, EINVAL_TUPLE, ENOTSUP_TUPLE, errorTuple, fileInfoTuple, hostFs, int64Arg, intArg, onPath, posixCode,
  posixError,
} from './prim_file_posix.js';

const A_READ = atom('read');
const A_WRITE = atom('write');
const A_APPEND = atom('append');
const A_EXCLUSIVE = atom('exclusive');
const A_SYNC = atom('sync');
const A_SKIP_TYPE_CHECK = atom('skip_type_check');
const A_DIRECTORY = atom('directory');
const A_BOF = atom('bof');
const A_CUR = atom('cur');
const ADVICE = new Set(['normal', 'random', 'sequential', 'will_need', 'dont_need', 'no_reuse'].map(atom));

/** Reads larger than this go in pieces, so a huge request on a small file allocates little. */
const READ_CHUNK = 1 << 20;

/** An open file: a reference to the BEAM, a descriptor and position to us. */
export class FileRef extends Ref {
  /** -1 once closed */
  fd: number;
  /** where the next read or write goes, unless `streaming` */
  pos = 0;
  constructor(
    ids: number[],
    readonly fs: HostFs,
    fd: number,
    readonly append: boolean,
    /** reads and writes use the descriptor's own position (pipes, descriptors we did not open) */
    public streaming: boolean,
    readonly owner: Pid | null,
  ) {
    super(ids);
    this.fd = fd;
  }
}

// ------------------------------------------------------------ owners

/** Open files by owner, closed when the owner exits (the NIF's monitor). */
const owned = new Map<Pid, Set<FileRef>>();

function track(f: FileRef): void {
  if (f.owner === null) return;
  let set = owned.get(f.owner);
  if (set === undefined) owned.set(f.owner, (set = new Set()));
  set.add(f);
}

function untrack(f: FileRef): void {
  if (f.owner === null) return;
  const set = owned.get(f.owner);
  if (set !== undefined && set.delete(f) && set.size === 0) owned.delete(f.owner);
}

addExitHook((pid) => {
  const set = owned.get(pid);
  if (set === undefined) return;
  owned.delete(pid);
  for (const f of set) closeQuietly(f);
});

function closeQuietly(f: FileRef): void {
  if (f.fd < 0) return;
  const fd = f.fd;
  f.fd = -1;
  try {
    f.fs.close(fd);
  } catch {
    // nobody is left to tell
  }
}

// ------------------------------------------------------------ byte moves

/** Read up to `len` bytes at `at` (null: the file position) until full or end of file. */
function readFully(f: FileRef, buf: Uint8Array, len: number, at: number | null): number {
  let done = 0;
  while (done < len) {
    const n = f.fs.read(f.fd, buf, done, len - done, at === null ? null : at + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}

function writeFully(f: FileRef, bytes: Uint8Array, at: number | null): void {
  let done = 0;
  while (done < bytes.length) {
    done += f.fs.write(f.fd, bytes, done, bytes.length - done, at === null ? null : at + done);
  }
}

/** Positional I/O on a file that turns out not to seek falls back to the descriptor's position. */
function seekFailed(f: FileRef, e: unknown): boolean {
  if (posixCode(e) !== 'ESPIPE' || f.streaming) return false;
  f.streaming = true;
  return true;
}

/**
 * Up to `size` bytes at `at` (null: the descriptor's position), fewer at end
 * of file; null when there are none. `hint` is how many bytes are likely
 * there (the first piece read), so a whole file comes in one piece and a
 * huge request on a small file allocates little.
 */
function readSpan(f: FileRef, size: number, at: number | null, hint: number): Uint8Array | null {
  const parts: Uint8Array[] = [];
  let total = 0;
  while (total < size) {
    const next = total < hint ? hint - total : Math.min(READ_CHUNK, Math.max(16 << 10, total));
    const want = Math.min(size - total, next);
    const buf = new Uint8Array(want);
    const n = readFully(f, buf, want, at === null ? null : at + total);
    if (n === 0) break;
    parts.push(n === want ? buf : buf.subarray(0, n));
    total += n;
    if (n < want) break;
  }
  if (total === 0) return null;
  return parts.length === 1 ? parts[0] : concat(parts, total);
}

/** read(2) at the file position, which it advances. */
function readAtPosition(f: FileRef, size: number, hint: number): Uint8Array | null {
  let bytes: Uint8Array | null;
  if (f.streaming) return readSpan(f, size, null, hint);
  try {
    bytes = readSpan(f, size, f.pos, hint);
  } catch (e) {
    if (!seekFailed(f, e)) throw e;
    return readSpan(f, size, null, hint);
  }
  if (bytes !== null) f.pos += bytes.length;
  return bytes;
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

/** The binaries of an iovec (erlang:iolist_to_iovec/1's result), or null. */
function iovecBytes(t: Term): Uint8Array[] | null {
  const out: Uint8Array[] = [];
  while (t instanceof Cons) {
    const b = t.head;
    if (!(b instanceof Bitstring) || (b.bitSize & 7) !== 0) return null;
    out.push(bytesOf(b));
    t = t.tail;
  }
  return t === NIL ? out : null;
}

// ------------------------------------------------------------ open

const enum Mode {
  Read = 1,
  Write = 2,
  Append = 4,
  Exclusive = 8,
  Sync = 16,
  SkipTypeCheck = 32,
  Directory = 64,
}

/** The open modes the NIF looks at; the others (raw, binary, read_ahead, ...) are prim_file's. */
function translateModes(list: Term): number {
  let m = 0;
  for (let l = list; l instanceof Cons; l = l.tail) {
    const h = l.head;
    if (h === A_READ) m |= Mode.Read;
    else if (h === A_WRITE) m |= Mode.Write;
    else if (h === A_EXCLUSIVE) m |= Mode.Exclusive;
    else if (h === A_APPEND) m |= Mode.Append;
    else if (h === A_SYNC) m |= Mode.Sync;
    else if (h === A_SKIP_TYPE_CHECK) m |= Mode.SkipTypeCheck;
    else if (h === A_DIRECTORY) m |= Mode.Directory;
  }
  // append and exclusive open for writing; no direction at all means read
  if (m & (Mode.Append | Mode.Exclusive)) m |= Mode.Write;
  else if (!(m & (Mode.Read | Mode.Write))) m |= Mode.Read;
  return m;
}

function openFlags(m: number): HostOpenFlags {
  const read = (m & Mode.Read) !== 0;
  const write = (m & Mode.Write) !== 0;
  const append = (m & Mode.Append) !== 0;
  return {
    read,
    write,
    create: write,
    truncate: write && !read && !append,
    append,
    exclusive: (m & Mode.Exclusive) !== 0,
    sync: (m & Mode.Sync) !== 0,
    directory: (m & Mode.Directory) !== 0,
  };
}

/** open(2) plus the BEAM's check that a directory is opened only in directory mode. */
function openFd(fs: HostFs, path: string, m: number): number {
  const fd = fs.open(path, openFlags(m));
  if (!(m & (Mode.SkipTypeCheck | Mode.Directory))) {
    let isDir = false;
    try {
      isDir = fs.fstat(fd).type === 'directory';
    } catch {
      // assume not a directory, as the BEAM does
    }
    if (isDir) {
      fs.close(fd);
      throw { code: 'EISDIR' };
    }
  }
  return fd;
}

function openNif(name: Term, modes: Term): Term {
  if (!(modes instanceof Cons) && modes !== NIL) return badarg();
  const m = translateModes(modes);
  return onPath(name, (fs, path) => {
    const f = new FileRef(magicRefIds(), fs, openFd(fs, path, m), (m & Mode.Append) !== 0, false, current().pid);
    track(f);
    return [OK, f];
  });
}

function fileDescToRef(fdTerm: Term): Term {
  const fd = intArg(fdTerm);
  if (fd === null) return badarg();
  const fs = hostFs();
  if (fs === null) return ENOTSUP_TUPLE;
  try {
    fs.fstat(fd);
  } catch (e) {
    return posixError(e);
  }
  const f = new FileRef(magicRefIds(), fs, fd, false, true, current().pid);
  track(f);
  return [OK, f];
}

function readFile(name: Term): Term {
  return onPath(name, (fs, path) => {
    const f = new FileRef(magicRefIds(), fs, openFd(fs, path, Mode.Read), false, false, null);
    try {
      let size = 0;
      try {
        size = sizeOf(f);
      } catch {
        // unknown size: read to the end
      }
      // as the BEAM does: a known size is read and no more; /proc files say 0 and are read to the end
      const bytes = size > 0 ? readAtPosition(f, size, size) : readAtPosition(f, Number.MAX_SAFE_INTEGER, 16 << 10);
      return [OK, binaryFromBytes(bytes ?? new Uint8Array(0))];
    } finally {
      closeQuietly(f);
    }
  });
}

// ------------------------------------------------------------ handle operations

/** The NIF wrapper: badarg for a non-file, {error, einval} once closed, host errors as {error, Posix}. */
function onFile(t: Term, op: (f: FileRef) => Term): Term {
  if (!(t instanceof FileRef)) return badarg();
  if (t.fd < 0) return EINVAL_TUPLE;
  try {
    return op(t);
  } catch (e) {
    if (e instanceof ErlangException) throw e;
    return posixError(e);
  }
}

function closeNif(t: Term): Term {
  if (!(t instanceof FileRef)) return badarg();
  if (t.fd < 0) return EINVAL_TUPLE;
  untrack(t);
  const fd = t.fd;
  t.fd = -1;
  try {
    t.fs.close(fd);
    return OK;
  } catch (e) {
    return posixError(e);
  }
}

function readNif(t: Term, sizeT: Term): Term {
  return onFile(t, (f) => {
    if (typeof sizeT !== 'number' && typeof sizeT !== 'bigint') return badarg();
    const size = int64Arg(sizeT);
    if (size === null || size < 0) return EINVAL_TUPLE;
    const bytes = readAtPosition(f, size, Math.min(size, READ_CHUNK));
    return bytes === null ? A_EOF : [OK, binaryFromBytes(bytes)];
  });
}

function writeNif(t: Term, iovec: Term): Term {
  return onFile(t, (f) => {
    const parts = iovecBytes(iovec);
    if (parts === null) return badarg();
    for (const bytes of parts) {
      if (f.append || f.streaming) {
        try {
          writeFully(f, bytes, null);
        } catch (e) {
          if (!seekFailed(f, e)) throw e;
          writeFully(f, bytes, null);
        }
      } else {
        try {
          writeFully(f, bytes, f.pos);
          f.pos += bytes.length;
        } catch (e) {
          if (!seekFailed(f, e)) throw e;
          writeFully(f, bytes, null);
        }
      }
    }
    // O_APPEND leaves the position at the new end of the file
    if (f.append && !f.streaming && parts.length > 0) f.pos = sizeOf(f);
    return OK;
  });
}

function sizeOf(f: FileRef): number {
  const s = f.fs.fstat(f.fd).size;
  return typeof s === 'number' ? s : Number(s);
}

function preadNif(t: Term, offT: Term, sizeT: Term): Term {
  return onFile(t, (f) => {
    if (!isNumber(offT) || !isNumber(sizeT)) return badarg();
    const off = int64Arg(offT);
    const size = int64Arg(sizeT);
    if (off === null || size === null || off < 0 || size < 0) return EINVAL_TUPLE;
    const bytes = readSpan(f, size, off, Math.min(size, READ_CHUNK));
    return bytes === null ? A_EOF : [OK, binaryFromBytes(bytes)];
  });
}

function pwriteNif(t: Term, offT: Term, iovec: Term): Term {
  return onFile(t, (f) => {
    if (!isNumber(offT)) return badarg();
    const parts = iovecBytes(iovec);
    if (parts === null) return badarg();
    const off = int64Arg(offT);
    if (off === null || off < 0) return EINVAL_TUPLE;
    let at = off;
    for (const bytes of parts) {
      writeFully(f, bytes, at);
      at += bytes.length;
    }
    return OK;
  });
}

function isNumber(t: Term): boolean {
  return typeof t === 'number' || typeof t === 'bigint';
}

function seekNif(t: Term, mark: Term, offT: Term): Term {
  return onFile(t, (f) => {
    const off = int64Arg(offT);
    if (off === null) return badarg();
    let base: number;
    if (mark === A_BOF) base = 0;
    else if (mark === A_CUR) base = f.pos;
    else if (mark === A_EOF) base = sizeOf(f);
    else return badarg();
    if (f.streaming) return errorTuple(atom('espipe'));
    const at = base + off;
    if (at < 0) return EINVAL_TUPLE;
    f.pos = at;
    return [OK, at];
  });
}

function syncNif(t: Term, dataOnly: Term): Term {
  return onFile(t, (f) => {
    const d = intArg(dataOnly);
    if (d === null) return badarg();
    f.fs.fsync(f.fd, d !== 0);
    return OK;
  });
}

function truncateNif(t: Term): Term {
  return onFile(t, (f) => {
    f.fs.ftruncate(f.fd, f.pos);
    return OK;
  });
}

/** posix_fallocate: makes the file at least offset + length bytes long. */
function allocateNif(t: Term, offT: Term, lenT: Term): Term {
  return onFile(t, (f) => {
    if (!isNumber(offT) || !isNumber(lenT)) return badarg();
    const off = int64Arg(offT);
    const len = int64Arg(lenT);
    if (off === null || len === null || off < 0 || len < 0) return EINVAL_TUPLE;
    if (sizeOf(f) < off + len) f.fs.ftruncate(f.fd, off + len);
    return OK;
  });
}

/** posix_fadvise is only a hint; the host has none to give. */
function adviseNif(t: Term, offT: Term, lenT: Term, advice: Term): Term {
  return onFile(t, () => {
    if (!isNumber(offT) || !isNumber(lenT)) return badarg();
    const off = int64Arg(offT);
    const len = int64Arg(lenT);
    if (off === null || len === null || off < 0 || len < 0) return EINVAL_TUPLE;
    if (!(advice instanceof Atom) || !ADVICE.has(advice)) return EINVAL_TUPLE;
    return OK;
  });
}

/** The descriptor as the native int's bytes (little-endian here). */
function getHandleNif(t: Term): Term {
  return onFile(t, (f) => {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setInt32(0, f.fd, true);
    return binaryFromBytes(b);
  });
}

/**
 * Reads the 8-byte pointer <<Size:32, Offset:32>> at `off`, then the block it
 * points at (disk_log's index format): eof when the pointer is short or the
 * block larger than `max`, {ok, {Size, Offset, Data | eof}} otherwise.
 */
function ipreadNif(t: Term, offT: Term, maxT: Term): Term {
  return onFile(t, (f) => {
    if (!isNumber(offT) || !isNumber(maxT)) return badarg();
    const off = int64Arg(offT);
    const max = int64Arg(maxT);
    if (off === null || max === null || off < 0 || max >= 2 ** 31) return EINVAL_TUPLE;
    const ptr = new Uint8Array(8);
    if (readFully(f, ptr, 8, off) < 8) return A_EOF;
    const dv = new DataView(ptr.buffer);
    const size = dv.getUint32(0);
    const at = dv.getUint32(4);
    if (size > max) return A_EOF;
    const buf = new Uint8Array(size);
    const n = size === 0 ? 0 : readFully(f, buf, size, at);
    const data = n === 0 ? A_EOF : binaryFromBytes(n === size ? buf : buf.subarray(0, n));
    return [OK, [size, at, data]];
  });
}

defineNatives('prim_file', {
  'open_nif/2': openNif,
  'file_desc_to_ref_nif/1': fileDescToRef,
  'close_nif/1': closeNif,
  'delayed_close_nif/1': (t) => {
    if (!(t instanceof FileRef)) return badarg();
    untrack(t);
    closeQuietly(t);
    return OK;
  },
  'read_nif/2': readNif,
  'write_nif/2': writeNif,
  'pread_nif/3': preadNif,
  'pwrite_nif/3': pwriteNif,
  'seek_nif/3': seekNif,
  'sync_nif/2': syncNif,
  'truncate_nif/1': truncateNif,
  'allocate_nif/3': allocateNif,
  'advise_nif/4': adviseNif,
  'get_handle_nif/1': getHandleNif,
  'read_handle_info_nif/1': (t) => onFile(t, (f) => fileInfoTuple(f.fs.fstat(f.fd))),
  'ipread_s32bu_p32bu_nif/3': ipreadNif,
  'read_file_nif/1': readFile,
});
