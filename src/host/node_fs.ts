// HostFs over node:fs's synchronous calls. Node's errors already carry the
// POSIX name in `code` ('ENOENT', ...), so they pass through unchanged.

import * as fs from 'node:fs';
import type { HostAccess, HostFileStat, HostFileType, HostFs, HostOpenFlags } from '../runtime/host_fs.js';

const C = fs.constants;
const NS_PER_S = 1_000_000_000n;

function openFlags(f: HostOpenFlags): number {
  let flags = f.read && f.write ? C.O_RDWR : f.write ? C.O_WRONLY : C.O_RDONLY;
  if (f.create) flags |= C.O_CREAT;
  if (f.truncate) flags |= C.O_TRUNC;
  if (f.append) flags |= C.O_APPEND;
  if (f.exclusive) flags |= C.O_EXCL;
  if (f.sync) flags |= C.O_SYNC;
  if (f.directory && C.O_DIRECTORY !== undefined) flags |= C.O_DIRECTORY;
  return flags;
}

function typeOf(st: fs.BigIntStats): HostFileType {
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isDirectory()) return 'directory';
  if (st.isFile()) return 'regular';
  if (st.isSymbolicLink()) return 'symlink';
  return 'other';
}

/** st_*time's tv_sec: nanoseconds floored to seconds */
function seconds(ns: bigint): number {
  let s = ns / NS_PER_S;
  if (ns < 0n && s * NS_PER_S !== ns) s -= 1n;
  return Number(s);
}

/** The BEAM reports these fields as C unsigned ints: the low 32 bits. */
function u32(n: bigint): number {
  return Number(n & 0xffffffffn);
}

function toStat(st: fs.BigIntStats, access: HostAccess): HostFileStat {
  const size = st.size <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(st.size) : st.size;
  return {
    type: typeOf(st),
    size,
    access,
    atime: seconds(st.atimeNs),
    mtime: seconds(st.mtimeNs),
    ctime: seconds(st.ctimeNs),
    mode: u32(st.mode),
    links: u32(st.nlink),
    majorDevice: u32(st.dev),
    minorDevice: u32(st.rdev),
    inode: u32(st.ino),
    uid: u32(st.uid),
    gid: u32(st.gid),
  };
}

function accessCombine(r: boolean, w: boolean): HostAccess {
  return r ? (w ? 'read_write' : 'read') : w ? 'write' : 'none';
}

function canAccess(path: string, mode: number): boolean {
  try {
    fs.accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
}

/** What an open handle allows, from its permission bits (the owner's, group's or others'). */
function handleAccess(st: fs.BigIntStats): HostAccess {
  const mode = Number(st.mode);
  const euid = typeof process.geteuid === 'function' ? process.geteuid() : -1;
  const egid = typeof process.getegid === 'function' ? process.getegid() : -1;
  let shift = 0;
  if (Number(st.uid) === euid) shift = 6;
  else if (Number(st.gid) === egid) shift = 3;
  return accessCombine(((mode >> shift) & 4) !== 0, ((mode >> shift) & 2) !== 0);
}

export class NodeFs implements HostFs {
  open(path: string, flags: HostOpenFlags): number {
    return fs.openSync(path, openFlags(flags), flags.directory ? 0o777 : 0o666);
  }
  close(fd: number): void {
    fs.closeSync(fd);
  }
  read(fd: number, buf: Uint8Array, offset: number, length: number, position: number | null): number {
    return fs.readSync(fd, buf, offset, length, position);
  }
  write(fd: number, buf: Uint8Array, offset: number, length: number, position: number | null): number {
    return fs.writeSync(fd, buf, offset, length, position);
  }
  fstat(fd: number): HostFileStat {
    const st = fs.fstatSync(fd, { bigint: true });
    return toStat(st, handleAccess(st));
  }
  ftruncate(fd: number, length: number): void {
    fs.ftruncateSync(fd, length);
  }
  fsync(fd: number, dataOnly: boolean): void {
    if (dataOnly) fs.fdatasyncSync(fd);
    else fs.fsyncSync(fd);
  }
  stat(path: string, followLinks: boolean): HostFileStat {
    const st = followLinks ? fs.statSync(path, { bigint: true }) : fs.lstatSync(path, { bigint: true });
    return toStat(st, accessCombine(canAccess(path, C.R_OK), canAccess(path, C.W_OK)));
  }
  readdir(path: string): string[] {
    // opendir keeps readdir(3)'s order, as the BEAM's list_dir does (readdirSync sorts)
    const dir = fs.opendirSync(path);
    const names: string[] = [];
    try {
      for (let e = dir.readSync(); e !== null; e = dir.readSync()) names.push(e.name);
    } finally {
      dir.closeSync();
    }
    return names;
  }
  mkdir(path: string): void {
    fs.mkdirSync(path, { mode: 0o777 });
  }
  rmdir(path: string): void {
    fs.rmdirSync(path);
  }
  unlink(path: string): void {
    fs.unlinkSync(path);
  }
  rename(from: string, to: string): void {
    fs.renameSync(from, to);
  }
  link(existing: string, newPath: string): void {
    fs.linkSync(existing, newPath);
  }
  symlink(target: string, newPath: string): void {
    fs.symlinkSync(target, newPath);
  }
  readlink(path: string): string {
    return fs.readlinkSync(path);
  }
  chmod(path: string, mode: number): void {
    fs.chmodSync(path, mode);
  }
  chown(path: string, uid: number, gid: number): void {
    fs.chownSync(path, uid, gid);
  }
  utimes(path: string, atime: number, mtime: number): void {
    fs.utimesSync(path, atime, mtime);
  }
  cwd(): string {
    return process.cwd();
  }
  chdir(path: string): void {
    process.chdir(path);
  }
}
