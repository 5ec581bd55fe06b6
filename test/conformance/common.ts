// Pieces both differential runners share (run.ts for Erlang, run_elixir.ts
// for Elixir): the command line, child processes with a timeout and output
// caps, a bounded worker pool, KNOWN_FAILURES lists, the cache of the
// reference side's output, line diffs, and the loop that runs each program on
// both sides and prints the verdicts and the summary. Each runner keeps only
// how its language compiles, runs and compares.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RunResult {
  /** decoded as latin1, so comparing strings compares the bytes */
  stdout: string;
  stderr: string;
  status: number | null; // null: killed (timeout) or failed to start
  timedOut: boolean;
}

export type Outcome = 'pass' | 'fail' | 'skip' | 'fixed';

export type Counts = Record<Outcome, number>;

/** How a program's run departs from the reference: one line, and optional lines printed under it. */
export interface Difference { summary: string; detail: string }

export interface Options {
  filters: string[];
  jobs: number;
  timeoutMs: number;
  cache: boolean;
  /** --check-erl / --check-elixir: run only the reference side, twice, uncached */
  check: boolean;
  verbose: boolean;
}

const OUTPUT_CAP = 4 << 20;

// ---- command line ----------------------------------------------------------

/** Parses the flags both runners take; `name` is the script (run, run_elixir), `checkFlag` its --check-… flag. */
export function parseArgs(argv: string[], name: string, checkFlag: string): Options {
  const usage = (msg?: string): never => {
    if (msg) console.error(`${name}: ${msg}`);
    console.error(`usage: node build/test/conformance/${name}.js [--filter SUBSTR]... [--jobs N] [--timeout S] [--no-cache] [${checkFlag}] [--verbose]`);
    process.exit(2);
  };
  const positive = (s: string, flag: string): number => {
    const n = Number(s);
    if (!Number.isFinite(n) || n <= 0) usage(`${flag} needs a positive number, got ${s}`);
    return n;
  };
  const o: Options = { filters: [], jobs: 2, timeoutMs: 30_000, cache: true, check: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) usage(`missing value for ${a}`);
      return v;
    };
    if (a === '--filter') o.filters.push(value());
    else if (a.startsWith('--filter=')) o.filters.push(a.slice(9));
    else if (a === '--jobs' || a === '-j') o.jobs = positive(value(), a);
    else if (a.startsWith('--jobs=')) o.jobs = positive(a.slice(7), '--jobs');
    else if (a === '--timeout') o.timeoutMs = positive(value(), a) * 1000;
    else if (a === '--no-cache') o.cache = false;
    else if (a === checkFlag) { o.check = true; o.cache = false; }
    else if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '--help' || a === '-h') usage();
    else usage(`unknown argument ${a}`);
  }
  return o;
}

/** Runs the runner's main, turning an unexpected JS error into exit status 2. */
export function runMain(main: () => Promise<void>): void {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(2);
  });
}

// ---- files -----------------------------------------------------------------

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

// Compiled to build/test/conformance/*.js; the sources live in test/conformance.
export const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
/** The VM's command line, run with node. */
export const POPCORN = path.join(ROOT, 'bin/popcorn');

/** The program names (file names less `ext`) in `dir`, sorted; none if the directory is missing. */
export function listPrograms(dir: string, ext: string): string[] {
  let files: string[] = [];
  try { files = fs.readdirSync(dir); } catch { /* no programs yet */ }
  return files.filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)).sort();
}

/** The programs whose name contains one of the --filter substrings (all when there is none). */
export function selectPrograms(all: string[], filters: string[]): string[] {
  return all.filter((p) => filters.length === 0 || filters.some((f) => p.includes(f)));
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

/** KNOWN_FAILURES (read from `file`), with a note for each name that has no program in `all`. */
export function knownFailures(file: string, ext: string, all: string[]): Set<string> {
  const known = readKnown(file, ext);
  for (const k of known) {
    if (!all.includes(k)) console.log(`note: KNOWN_FAILURES names ${k}, which has no program`);
  }
  return known;
}

/** A note when the VM side cannot run because the VM was never built. */
export function noteUnbuiltVm(): void {
  if (!fs.existsSync(path.join(ROOT, 'build/src/cli/main.js'))) {
    console.log('note: build/src/cli/main.js is missing; build the VM first (npx tsc -p tsconfig.json)');
  }
}

// ---- child processes -------------------------------------------------------

export function run(cmd: string, args: string[], timeoutMs: number, cwd = ROOT,
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

// ---- the reference side's cache --------------------------------------------

interface Expected { key: string; stdout: string; stderr?: string; status: number | null }

/**
 * The reference side's result for one program: from `file` when caching is on
 * and its key matches, else from `produce()`, remembered under `key` unless it
 * timed out. Stderr is remembered only with `keepStderr` (else a cached run has '').
 */
export async function cachedRun(file: string, key: string, cache: boolean, keepStderr: boolean,
  produce: () => Promise<RunResult>): Promise<RunResult> {
  if (cache) {
    try {
      const e = JSON.parse(fs.readFileSync(file, 'utf8')) as Expected;
      if (e.key === key) return { stdout: e.stdout, stderr: e.stderr ?? '', status: e.status, timedOut: false };
    } catch { /* no cache entry */ }
  }
  const r = await produce();
  // Only clean runs are worth remembering; a timeout is retried next time.
  if (!r.timedOut && r.status !== null) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const e: Expected = keepStderr ? { key, stdout: r.stdout, stderr: r.stderr, status: r.status }
      : { key, stdout: r.stdout, status: r.status };
    // written aside and renamed, so a concurrent run never reads half a file
    const tmp = `${file}.${process.pid}`;
    fs.writeFileSync(tmp, JSON.stringify(e));
    fs.renameSync(tmp, file);
  }
  return r;
}

// ---- rendering differences -------------------------------------------------

/** A string as a JSON literal, cut to about `max` characters. */
export function show(s: string, max = 70): string {
  const j = JSON.stringify(s);
  return j.length > max ? j.slice(0, max) + '…"' : j;
}

/** `stdout line N: expected …, got …` for the first line where `got` departs from `want`. */
export function firstLineDifference(want: string, got: string): string {
  const a = want.split('\n');
  const b = got.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const wantLine = i < a.length ? show(a[i]) : '<end>';
  const gotLine = i < b.length ? show(b[i]) : '<end>';
  return `stdout line ${i + 1}: expected ${wantLine}, got ${gotLine}`;
}

// Line diff (- expected, + got) by longest common subsequence, shown as
// hunks with `context` lines around each change; at most `max` lines.
export function lineDiff(want: string, got: string, context = 2, max = 60): string {
  const a = want.split('\n');
  const b = got.split('\n');
  let lo = 0;
  while (lo < a.length && lo < b.length && a[lo] === b[lo]) lo++;
  let hiA = a.length;
  let hiB = b.length;
  while (hiA > lo && hiB > lo && a[hiA - 1] === b[hiB - 1]) { hiA--; hiB--; }
  const n = hiA - lo;
  const m = hiB - lo;
  // ops over the differing middle: ' ' keep, '-' expected only, '+' got only
  const ops: [string, string][] = [];
  if (n * m <= 4_000_000) {
    const w = m + 1;
    const len = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        len[i * w + j] = a[lo + i] === b[lo + j] ? len[(i + 1) * w + j + 1] + 1
          : Math.max(len[(i + 1) * w + j], len[i * w + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[lo + i] === b[lo + j]) { ops.push([' ', a[lo + i]]); i++; j++; }
      else if (j < m && (i === n || len[i * w + j + 1] >= len[(i + 1) * w + j])) { ops.push(['+', b[lo + j]]); j++; }
      else { ops.push(['-', a[lo + i]]); i++; }
    }
  } else {
    for (let i = 0; i < n; i++) ops.push(['-', a[lo + i]]);
    for (let j = 0; j < m; j++) ops.push(['+', b[lo + j]]);
  }
  const all: [string, string][] = [
    ...a.slice(Math.max(0, lo - context), lo).map((l): [string, string] => [' ', l]),
    ...ops,
    ...a.slice(hiA, hiA + context).map((l): [string, string] => [' ', l]),
  ];
  const out: string[] = [];
  let lastShown = -1;
  for (let k = 0; k < all.length && out.length < max; k++) {
    const near = all.slice(Math.max(0, k - context), k + context + 1).some(([op]) => op !== ' ');
    if (!near) continue;
    if (lastShown >= 0 && k > lastShown + 1) out.push('   ...');
    out.push(` ${all[k][0]} ${all[k][1]}`);
    lastShown = k;
  }
  if (out.length >= max) out.push('   … (diff cut)');
  return out.join('\n');
}

function indent(s: string): string {
  return s.split('\n').map((l) => `    ${l}`).join('\n');
}

// ---- running the programs --------------------------------------------------

/** What one runner tells runPrograms about its language. */
export interface Suite {
  /** the reference implementation as messages name it: erl, elixir */
  oracle: string;
  programs: string[];
  known: Set<string>;
  /** why `program` did not compile, or undefined if it did */
  compileProblem(program: string): Difference | undefined;
  runOracle(program: string, timeoutMs: number): Promise<RunResult>;
  runVm(program: string, timeoutMs: number): Promise<RunResult>;
  /** the oracle's result for `program`, cached where caching is on */
  expected(program: string): Promise<RunResult>;
  difference(want: RunResult, got: RunResult): Difference | null;
  /** both sides in full, printed under --verbose when they differ */
  dump(program: string, want: RunResult, got: RunResult): string;
}

/**
 * Runs every program (on the oracle and the VM, or under --check-… on the
 * oracle twice), prints a line per failure (every program with --verbose),
 * and counts the outcomes. KNOWN_FAILURES programs that fail are skipped;
 * ones that pass are reported as fixed.
 */
export async function runPrograms(opts: Options, suite: Suite): Promise<Counts> {
  const { oracle } = suite;
  const outcomes = await pool(suite.programs, opts.jobs, async (program): Promise<Outcome> => {
    const isKnown = suite.known.has(program);
    const verdict = (problem: Difference | null): Outcome => {
      if (problem === null) {
        if (isKnown) { console.log(`FIXED ${program}: now passing — remove from KNOWN_FAILURES`); return 'fixed'; }
        if (opts.verbose) console.log(`ok   ${program}`);
        return 'pass';
      }
      if (isKnown) { if (opts.verbose) console.log(`skip ${program}: ${problem.summary}`); return 'skip'; }
      console.log(`FAIL ${program}: ${problem.summary}${problem.detail === '' ? '' : '\n' + indent(problem.detail)}`);
      return 'fail';
    };
    const cerr = suite.compileProblem(program);
    if (cerr !== undefined) return verdict(cerr);

    if (opts.check) {
      const a = await suite.runOracle(program, opts.timeoutMs);
      if (a.timedOut) return verdict({ summary: `${oracle} timed out`, detail: '' });
      const b = await suite.runOracle(program, opts.timeoutMs);
      const d = suite.difference(a, b);
      return verdict(d === null ? null : { summary: `${oracle} is not deterministic: ${d.summary}`, detail: d.detail });
    }

    const want = await suite.expected(program);
    if (want.timedOut) return verdict({ summary: `${oracle} itself timed out`, detail: '' });
    const got = await suite.runVm(program, opts.timeoutMs);
    const d = suite.difference(want, got);
    if (d !== null && opts.verbose) console.log(suite.dump(program, want, got));
    return verdict(d);
  });
  const counts: Counts = { pass: 0, fail: 0, skip: 0, fixed: 0 };
  for (const o of outcomes) counts[o]++;
  return counts;
}

/**
 * Prints the summary (`prefix` before it) and exits: 1 when anything failed,
 * a known failure now passes, or `otherFailure`; else 0.
 */
export function finish(opts: Options, counts: Counts, programs: number, started: number, prefix: string,
  otherFailure = false): never {
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (opts.verbose || opts.check) console.log(`(${programs} programs in ${secs}s)`);
  console.log(`${prefix}${counts.pass + counts.fixed} passed, ${counts.fail} failed, ${counts.skip} skipped`);
  process.exit(counts.fail > 0 || counts.fixed > 0 || otherFailure ? 1 : 0);
}
