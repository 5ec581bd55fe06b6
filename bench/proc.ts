// Child-process plumbing for the benchmark runner: run a command with a
// deadline, watch its stdout line by line, and sample its footprint from
// /proc (Linux) while it is alive.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** spawn itself failed (command missing, ...) */
  spawnError?: string;
}

export interface RunOptions {
  cwd?: string;
  timeoutMs: number;
  /** called for every complete stdout line while the child runs */
  onLine?: (line: string, child: ChildProcess) => void;
}

/** Runs `cmd args` to completion or until the deadline, when it is killed. */
export function runChild(cmd: string, args: string[], opts: RunOptions): Promise<ChildResult> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let pending = '';
    let timedOut = false;
    let spawnError: string | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (!opts.onLine) return;
      pending += chunk;
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        opts.onLine(line, child);
      }
    });
    // Keep only the tail of stderr: a crashing VM can be very chatty.
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-20000);
    });
    child.on('error', (e) => {
      spawnError = e.message;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, timedOut, spawnError });
    });
  });
}

/** Resident set size of a live process in kilobytes, or null when unreadable. */
export function rssKb(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    const hwm = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    if (!rss) return null;
    return { rss: Number(rss[1]), hwm: hwm ? Number(hwm[1]) : Number(rss[1]) };
  } catch {
    return null;
  }
}

/** User + system CPU time of a live process in clock ticks, or null. */
export function cpuTicks(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is parenthesised and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields after the name start at field 3 (state); utime is 14, stime 15.
    return Number(fields[14 - 3]) + Number(fields[15 - 3]);
  } catch {
    return null;
  }
}

/** Clock ticks per second, for converting /proc/<pid>/stat times. */
export function clockTicksPerSecond(): number {
  const r = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const n = Number(r.stdout?.trim());
  return Number.isFinite(n) && n > 0 ? n : 100;
}

/** The stdout of a short command, trimmed; '' when it fails. */
export function commandOutput(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 30000 });
  return r.status === 0 ? r.stdout.trim() : '';
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
