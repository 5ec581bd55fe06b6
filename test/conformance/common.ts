// Pieces both differential runners share (run.ts for Erlang, run_elixir.ts
// for Elixir): child processes with a timeout, a bounded worker pool, the
// repository root, KNOWN_FAILURES lists and short renderings of output.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface RunResult {
  /** decoded as latin1, so comparing strings compares the bytes */
  stdout: string;
  stderr: string;
  status: number | null; // null: killed (timeout) or failed to start
  timedOut: boolean;
}

export type Outcome = 'pass' | 'fail' | 'skip' | 'fixed';

const OUTPUT_CAP = 4 << 20;

/** The directory holding package.json and test/conformance, searched upwards from `start`. */
export function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'test/conformance'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

export function run(cmd: string, args: string[], timeoutMs: number, cwd: string,
  env?: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outLen = 0;
    let errLen = 0;
    let timedOut = false;
    // detached: the child leads its own process group, so a timeout kills erl's helpers too.
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const kill = (): void => {
      try { if (child.pid) process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    };
    const timer = setTimeout(() => { timedOut = true; kill(); }, timeoutMs);
    child.stdout.on('data', (b: Buffer) => { if (outLen < OUTPUT_CAP) { out.push(b); outLen += b.length; } });
    child.stderr.on('data', (b: Buffer) => { if (errLen < OUTPUT_CAP) { err.push(b); errLen += b.length; } });
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ stdout: '', stderr: String(e), status: null, timedOut: false });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      kill(); // reap any grandchildren left in the group
      resolve({
        stdout: Buffer.concat(out).toString('latin1'),
        stderr: Buffer.concat(err).toString('utf8'),
        status: code,
        timedOut,
      });
    });
  });
}

export async function pool<T, R>(items: T[], jobs: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, items.length) }, worker));
  return results;
}

/** A string as a JSON literal, cut to about `max` characters. */
export function show(s: string, max = 70): string {
  const j = JSON.stringify(s);
  return j.length > max ? j.slice(0, max) + '…"' : j;
}

/** Program names listed in a KNOWN_FAILURES file (comments after #, `ext` stripped). */
export function readKnown(file: string, ext: string): Set<string> {
  const known = new Set<string>();
  let text = '';
  try { text = fs.readFileSync(file, 'utf8'); } catch { return known; }
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (line !== '') known.add(line.endsWith(ext) ? line.slice(0, -ext.length) : line);
  }
  return known;
}
