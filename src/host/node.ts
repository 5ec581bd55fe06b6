// The Host for Node: monotonic clock, timers, synchronous stdout/stderr and
// a code path over directories of .beam files. By default the code path is
// the host's OTP and Elixir installations, as `erl` and `elixir` see them.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import * as os from 'node:os';
import type { Host, TimerHandle } from '../runtime/host.js';
import { setInflate } from '../loader/inflate.js';
import { setCryptoBackend } from '../bifs/crypto_backend.js';
import { nodeCryptoBackend } from '../bifs/crypto_node.js';
import { NodeFs } from './node_fs.js';
import { clearDeadlineTimer, setDeadlineTimer } from './deadline_timer.js';

/** The `ebin` directories of the OTP and Elixir installations found on PATH. */
export function defaultCodePath(): string[] {
  const dirs: string[] = [];
  const otpRoot = installRoot('erl', 2); // <root>/bin/erl
  if (otpRoot) dirs.push(...libEbins(path.join(otpRoot, 'lib')));
  const exRoot = installRoot('elixir', 2); // <root>/bin/elixir
  if (exRoot) dirs.push(...libEbins(path.join(exRoot, 'lib')));
  return dirs;
}

/** The root of the OTP installation (what code:root_dir/0 answers), or null. */
export function otpRoot(): string | null {
  return installRoot('erl', 2); // <root>/bin/erl
}

/** The root of an installation, from the real path of its launcher on PATH. */
function installRoot(cmd: string, up: number): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, cmd);
    try {
      let real = fs.realpathSync(candidate);
      for (let i = 0; i < up; i++) real = path.dirname(real);
      return real;
    } catch {
      // not in this PATH entry
    }
  }
  return null;
}

function libEbins(lib: string): string[] {
  let apps: string[];
  try {
    apps = fs.readdirSync(lib).sort();
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const app of apps) {
    const ebin = path.join(lib, app, 'ebin');
    if (fs.existsSync(ebin)) out.push(ebin);
  }
  return out;
}

/** Write all of `bytes` to a file descriptor, waiting out EAGAIN on non-blocking pipes. */
function writeAll(fd: number, bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.length) {
    try {
      off += fs.writeSync(fd, bytes, off, bytes.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
}

/** zlib inflate via Node; output beyond the declared size is an error. */
function nativeInflate(data: Uint8Array, size: number): Uint8Array {
  return zlib.inflateSync(data, { maxOutputLength: Math.max(64, Math.min(size + 1, 0x3fffffff)) });
}

export interface NodeHostOptions {
  /** directories searched first, in order */
  codePath: string[];
  /** modules of a pack (`popcorn run --bundle`): when set, every module comes from it, none from codePath */
  bundle?: { modules: Map<string, Uint8Array> };
  /** called by erlang:halt; defaults to process.exit */
  onHalt?: (status: number) => void;
}

export class NodeHost implements Host {
  private index: Map<string, string> | null = null;
  /** the real file system, for prim_file */
  readonly fs = new NodeFs();

  constructor(private readonly opts: NodeHostOptions) {
    // Node's native zlib inflates literal tables several times faster than pako
    setInflate(nativeInflate);
    // crypto's digests and randomness from OpenSSL (all of its digests, and fast)
    setCryptoBackend(nodeCryptoBackend);
  }

  monotonicMs(): number {
    return performance.now();
  }
  systemMs(): number {
    return Date.now();
  }
  cpuTimeMicros(): number {
    return process.cpuUsage().user;
  }
  setTimer(ms: number, cb: () => void): TimerHandle {
    return setDeadlineTimer(ms, cb);
  }
  clearTimer(h: TimerHandle): void {
    clearDeadlineTimer(h);
  }
  yieldToHost(cb: () => void): void {
    setImmediate(cb);
  }
  writeStdout(bytes: Uint8Array): void {
    writeAll(1, bytes);
  }
  writeStderr(bytes: Uint8Array): void {
    writeAll(2, bytes);
  }
  findModule(module: string): Uint8Array | null {
    if (this.opts.bundle) return this.opts.bundle.modules.get(module) ?? null;
    const file = this.moduleIndex().get(module);
    if (file === undefined) return null;
    try {
      return fs.readFileSync(file);
    } catch {
      return null;
    }
  }
  moduleFile(module: string): string | null {
    if (this.opts.bundle) return null;
    return this.moduleIndex().get(module) ?? null;
  }
  halt(status: number): void {
    if (this.opts.onHalt) this.opts.onHalt(status);
    else process.exit(status);
  }
  getenv(name: string): string | undefined {
    return process.env[name];
  }
  environment(): Array<[string, string]> {
    return Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined);
  }
  osPid(): number {
    return process.pid;
  }
  osVersion(): [number, number, number] {
    const v = os.release().split(/[.-]/).map((x) => parseInt(x, 10));
    return [v[0] || 0, v[1] || 0, v[2] || 0];
  }

  /** module name -> .beam file; the first directory on the code path wins, as in `erl`. */
  private moduleIndex(): Map<string, string> {
    if (this.index) return this.index;
    const index = new Map<string, string>();
    for (const dir of this.opts.codePath) {
      let names: string[];
      try {
        names = fs.readdirSync(dir);
      } catch {
        continue;
      }
      // path.join(dir, name) for a plain file name, without a path.join per
      // file (about a thousand of them, at start-up)
      const prefix = path.join(dir, 'x').slice(0, -1);
      for (const name of names) {
        if (!name.endsWith('.beam')) continue;
        const mod = name.slice(0, -5);
        if (!index.has(mod)) index.set(mod, prefix + name);
      }
    }
    this.index = index;
    return index;
  }
}

