// What prim_file's natives share: the host's file system, {error, Posix}
// results, the native path names prim_file passes (UTF-8 plus a trailing
// NUL, from internal_name2native/1) and the #file_info tuple.

import { Atom, Bitstring, ERROR, atom, type Term } from '../term/types.js';
import { bytesOf } from '../term/bits.js';
import { current } from '../vm/context.js';
import { ErlangException } from '../vm/exception.js';
import type { HostFileStat, HostFs } from '../runtime/host_fs.js';

export const A_EINVAL = atom('einval');
export const A_ENOTSUP = atom('enotsup');
export const A_EOF = atom('eof');
const A_EIO = atom('eio');
const A_FILE_INFO = atom('file_info');

/** The host's file system, or null when the host has none. */
export function hostFs(): HostFs | null {
  return current().vm.host.fs ?? null;
}

export function errorTuple(reason: Atom): Term {
  return [ERROR, reason];
}

/** A thrown host error as the BEAM's errno atom: {code: 'ENOENT'} -> enoent. */
export function posixAtom(e: unknown): Atom {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    if (/^E[A-Z0-9]+$/.test(code)) return atom(code.toLowerCase());
    // Node's own argument checks (ERR_INVALID_ARG_VALUE, ...)
    if (code.startsWith('ERR_')) return A_EINVAL;
  }
  return A_EIO;
}

/** The POSIX error name a host error carries, or '' */
export function posixCode(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

export function posixError(e: unknown): Term {
  return [ERROR, posixAtom(e)];
}

export const EINVAL_TUPLE = errorTuple(A_EINVAL);
export const ENOTSUP_TUPLE = errorTuple(A_ENOTSUP);

/**
 * Runs `op` on the host path of `t`: {error, einval} for a bad name,
 * {error, enotsup} without a file system, a thrown host error as {error, Posix}.
 */
export function onPath(t: Term, op: (fs: HostFs, path: string) => Term): Term {
  const path = hostPath(t);
  if (path === null) return EINVAL_TUPLE;
  const fs = hostFs();
  if (fs === null) return ENOTSUP_TUPLE;
  try {
    return op(fs, path);
  } catch (e) {
    if (e instanceof ErlangException) throw e;
    return posixError(e);
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A native path name as a host path, or null where the BEAM answers einval:
 * not a binary, or a NUL before the trailing NULs, or (our limit: host paths
 * are strings) bytes that are not UTF-8.
 */
export function hostPath(t: Term): string | null {
  if (!(t instanceof Bitstring) || (t.bitSize & 7) !== 0) return null;
  const b = bytesOf(t);
  const nul = b.indexOf(0);
  if (nul < 0) return null;
  for (let i = nul + 1; i < b.length; i++) if (b[i] !== 0) return null;
  try {
    return strictUtf8.decode(b.subarray(0, nul));
  } catch {
    return null;
  }
}

const TYPES: Record<string, Atom> = {
  regular: atom('regular'),
  directory: atom('directory'),
  symlink: atom('symlink'),
  device: atom('device'),
  other: atom('other'),
};
const ACCESS: Record<string, Atom> = {
  read: atom('read'),
  write: atom('write'),
  read_write: atom('read_write'),
  none: atom('none'),
};

/** #file_info{} with times still in POSIX seconds (prim_file converts them). */
export function fileInfoTuple(st: HostFileStat): Term {
  return [
    A_FILE_INFO,
    st.size,
    TYPES[st.type],
    ACCESS[st.access],
    st.atime,
    st.mtime,
    st.ctime,
    st.mode,
    st.links,
    st.majorDevice,
    st.minorDevice,
    st.inode,
    st.uid,
    st.gid,
  ];
}

/** A C int argument (enif_get_int): a small integer or null. */
export function intArg(t: Term): number | null {
  return typeof t === 'number' && t >= -0x80000000 && t <= 0x7fffffff ? t : null;
}

/** A C int64 argument (enif_get_int64) as a JS number, or null (out of range or not an integer). */
export function int64Arg(t: Term): number | null {
  if (typeof t === 'number') return t;
  if (typeof t === 'bigint' && t >= -(2n ** 63n) && t < 2n ** 63n) return Number(t);
  return null;
}
