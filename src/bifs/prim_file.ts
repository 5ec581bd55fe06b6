// prim_file's NIFs that work on path names (erts/preloaded/src/prim_file.erl
// calls them; file, filelib and erl_prim_loader sit on top). Each returns
// what the BEAM's unix implementation returns, errno quirks included, over
// the host's file system. The handle NIFs are in prim_file_io.ts.

import { Atom, NIL, OK, Cons, atom, type Term } from '../term/types.js';
import { binaryFromString } from '../term/bits.js';
import { badarg } from '../vm/exception.js';
import { current } from '../vm/context.js';
import type { HostFs } from '../runtime/host_fs.js';
import { defineNatives } from './registry.js';
import {
  EINVAL_TUPLE, ENOTSUP_TUPLE, errorTuple, fileInfoTuple, hostFs, hostPath, int64Arg, intArg, onPath, posixCode,
  posixError,
} from './prim_file_posix.js';

const A_EEXIST = atom('eexist');
const A_EPERM = atom('eperm');

function onTwoPaths(a: Term, b: Term, op: (fs: HostFs, from: string, to: string) => Term): Term {
  const from = hostPath(a);
  if (from === null) return EINVAL_TUPLE;
  const to = hostPath(b);
  if (to === null) return EINVAL_TUPLE;
  const fs = hostFs();
  if (fs === null) return ENOTSUP_TUPLE;
  try {
    return op(fs, from, to);
  } catch (e) {
    return posixError(e);
  }
}

function readInfo(path: Term, follow: Term): Term {
  const f = intArg(follow);
  if (f === null) return badarg();
  return onPath(path, (fs, p) => fileInfoTuple(fs.stat(p, f !== 0)));
}

function listDir(path: Term): Term {
  return onPath(path, (fs, p) => {
    // the NIF conses each entry onto the list, so it hands them over reversed
    let l: Term = NIL;
    for (const name of fs.readdir(p)) l = new Cons(binaryFromString(name), l);
    return [OK, l];
  });
}

/** rmdir; ENOTEMPTY is eexist, and removing the cwd is einval, as erl reports them. */
function delDir(path: Term): Term {
  return onPath(path, (fs, p) => {
    try {
      fs.rmdir(p);
      return OK;
    } catch (e) {
      const code = posixCode(e);
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw e;
      if (isCwd(fs, p)) return EINVAL_TUPLE;
      return errorTuple(A_EEXIST);
    }
  });
}

function isCwd(fs: HostFs, p: string): boolean {
  try {
    const a = fs.stat(p, true);
    const b = fs.stat('.', true);
    return a.inode === b.inode && a.majorDevice === b.majorDevice;
  } catch {
    return false;
  }
}

/** unlink; Linux's EISDIR becomes eperm, as erl reports it. */
function delFile(path: Term): Term {
  return onPath(path, (fs, p) => {
    try {
      fs.unlink(p);
      return OK;
    } catch (e) {
      if (posixCode(e) === 'EISDIR') return errorTuple(A_EPERM);
      throw e;
    }
  });
}

function rename(from: Term, to: Term): Term {
  return onTwoPaths(from, to, (fs, a, b) => {
    try {
      fs.rename(a, b);
      return OK;
    } catch (e) {
      if (posixCode(e) === 'ENOTEMPTY') return errorTuple(A_EEXIST);
      if (a === '/') return EINVAL_TUPLE;
      throw e;
    }
  });
}

/** chmod with only the bits chmod may set; without the set-id bits when those are refused. */
function setPermissions(path: Term, perms: Term): Term {
  if (typeof perms !== 'number' || perms < 0 || perms > 0xffffffff) return badarg();
  const mode = perms & 0o6777;
  return onPath(path, (fs, p) => {
    try {
      fs.chmod(p, mode);
    } catch {
      fs.chmod(p, mode & 0o777);
    }
    return OK;
  });
}

function setOwner(path: Term, uid: Term, gid: Term): Term {
  const u = intArg(uid);
  const g = intArg(gid);
  if (u === null || g === null) return badarg();
  return onPath(path, (fs, p) => {
    fs.chown(p, u, g);
    return OK;
  });
}

/** utime(2): the change time cannot be set and is ignored, as on the BEAM. */
function setTime(path: Term, atime: Term, mtime: Term, ctime: Term): Term {
  const a = int64Arg(atime);
  const m = int64Arg(mtime);
  if (a === null || m === null || int64Arg(ctime) === null) return badarg();
  return onPath(path, (fs, p) => {
    fs.utimes(p, a, m);
    return OK;
  });
}

function getCwd(): Term {
  const fs = hostFs();
  if (fs === null) return ENOTSUP_TUPLE;
  try {
    return [OK, binaryFromString(fs.cwd())];
  } catch (e) {
    return posixError(e);
  }
}

defineNatives('prim_file', {
  'read_info_nif/2': readInfo,
  'list_dir_nif/1': listDir,
  'read_link_nif/1': (path) => onPath(path, (fs, p) => [OK, binaryFromString(fs.readlink(p))]),
  'make_dir_nif/1': (path) =>
    onPath(path, (fs, p) => {
      fs.mkdir(p);
      return OK;
    }),
  'del_file_nif/1': delFile,
  'del_dir_nif/1': delDir,
  'rename_nif/2': rename,
  'make_hard_link_nif/2': (a, b) =>
    onTwoPaths(a, b, (fs, existing, neu) => {
      fs.link(existing, neu);
      return OK;
    }),
  'make_soft_link_nif/2': (a, b) =>
    onTwoPaths(a, b, (fs, existing, neu) => {
      fs.symlink(existing, neu);
      return OK;
    }),
  'set_permissions_nif/2': setPermissions,
  'set_owner_nif/3': setOwner,
  'set_time_nif/4': setTime,
  'get_cwd_nif/0': getCwd,
  'set_cwd_nif/1': (path) =>
    onPath(path, (fs, p) => {
      fs.chdir(p);
      return OK;
    }),
  // drive letters exist only on Windows
  'get_device_cwd_nif/1': (ix) => (intArg(ix) === null ? badarg() : ENOTSUP_TUPLE),
  'altname_nif/1': (path) => (hostPath(path) === null ? EINVAL_TUPLE : ENOTSUP_TUPLE),
});

// prim_file's -on_load spawns the process that closes the files of dead
// owners: erts_internal:spawn_system_process/3 (spawn/3 without a parent's
// links or group leader; it is a NIF-less system helper here).
defineNatives('erts_internal', {
  'spawn_system_process/3': (m, f, args) => {
    if (!(m instanceof Atom) || !(f instanceof Atom) || listLength(args) < 0) return badarg();
    const p = current();
    return p.vm.spawnProcess(p, m, f, args).pid;
  },
});

function listLength(l: Term): number {
  let n = 0;
  while (l instanceof Cons) {
    n++;
    l = l.tail;
  }
  return l === NIL ? n : -1;
}
