// The file system as the VM sees it: the synchronous POSIX-like calls that
// prim_file's natives need. Node implements it over node:fs; a browser host
// may implement it over an in-memory tree. Paths are strings (UTF-8 file
// names); a failing call throws an object whose `code` is the POSIX error
// name ('ENOENT', 'EACCES', ...), which the natives turn into {error, enoent}.

/** How open(2) is asked to open a file. */
export interface HostOpenFlags {
  read: boolean;
  write: boolean;
  /** O_CREAT */
  create: boolean;
  /** O_TRUNC */
  truncate: boolean;
  /** O_APPEND: every write goes to the end */
  append: boolean;
  /** O_EXCL */
  exclusive: boolean;
  /** O_SYNC */
  sync: boolean;
  /** O_DIRECTORY */
  directory: boolean;
}

export type HostFileType = 'regular' | 'directory' | 'symlink' | 'device' | 'other';
export type HostAccess = 'read' | 'write' | 'read_write' | 'none';

/** What stat(2) tells, in the units of OTP's #file_info (times in POSIX seconds). */
export interface HostFileStat {
  type: HostFileType;
  size: number | bigint;
  /** what the calling user may do: access(2) for paths, the permission bits for handles */
  access: HostAccess;
  atime: number;
  mtime: number;
  ctime: number;
  /** st_mode, with the file type bits */
  mode: number;
  links: number;
  /** st_dev */
  majorDevice: number;
  /** st_rdev */
  minorDevice: number;
  inode: number;
  uid: number;
  gid: number;
}

export interface HostFs {
  /** open(2); returns a file descriptor */
  open(path: string, flags: HostOpenFlags): number;
  close(fd: number): void;
  /** read up to `length` bytes into buf[offset..]; position null reads at the file position */
  read(fd: number, buf: Uint8Array, offset: number, length: number, position: number | null): number;
  /** write buf[offset..offset+length]; position null writes at the file position (or the end with append) */
  write(fd: number, buf: Uint8Array, offset: number, length: number, position: number | null): number;
  fstat(fd: number): HostFileStat;
  ftruncate(fd: number, length: number): void;
  fsync(fd: number, dataOnly: boolean): void;

  /** stat(2) when followLinks, else lstat(2) */
  stat(path: string, followLinks: boolean): HostFileStat;
  /** the entry names of a directory in the order the directory yields them, without . and .. */
  readdir(path: string): string[];
  /** mkdir(2) with mode 0777 (less the umask) */
  mkdir(path: string): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  rename(from: string, to: string): void;
  /** link(2): a hard link `newPath` to `existing` */
  link(existing: string, newPath: string): void;
  /** symlink(2): `newPath` becomes a symbolic link whose contents are `target` */
  symlink(target: string, newPath: string): void;
  readlink(path: string): string;
  chmod(path: string, mode: number): void;
  /** chown(2); -1 leaves that id unchanged */
  chown(path: string, uid: number, gid: number): void;
  /** utime(2), in POSIX seconds */
  utimes(path: string, atime: number, mtime: number): void;
  cwd(): string;
  chdir(path: string): void;
}
