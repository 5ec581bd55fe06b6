// Differential conformance runner for Elixir: every program in
// test/conformance/elixir (one module per file, named after the file, with
// main/0) is compiled with the host's elixirc, run on the real `elixir` (the
// oracle) and on our VM, both through Kernel.CLI.run/1. Stdout, the exit
// status and stderr must be identical once timestamps are masked.
//
// Usage: node build/test/conformance/run_elixir.js [--filter SUBSTR]... [--jobs N]
//          [--timeout SECONDS] [--no-cache] [--check-elixir] [--verbose]
//   --check-elixir  run only the elixir side, twice, uncached: proves the
//                   programs are deterministic (no VM needed).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRoot, type Outcome, pool, readKnown, run, type RunResult, show } from './common.js';

interface Options {
  filters: string[];
  jobs: number;
  timeoutMs: number;
  cache: boolean;
  checkElixir: boolean;
  verbose: boolean;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = findRoot(HERE);
const SRC_DIR = path.join(ROOT, 'test/conformance/elixir');
const OUT_DIR = path.join(ROOT, 'build/conformance/elixir');
const EBIN = path.join(OUT_DIR, 'ebin');
const EXPECTED = path.join(OUT_DIR, 'expected');
const KNOWN = path.join(SRC_DIR, 'KNOWN_FAILURES');
const POPCORN = path.join(ROOT, 'bin/popcorn');
// Part of every cache key: bump when the way the reference side runs changes.
const RUNNER_VERSION = 'elixir-cli-1';

function parseArgs(argv: string[]): Options {
  const o: Options = { filters: [], jobs: 2, timeoutMs: 30_000, cache: true, checkElixir: false, verbose: false };
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
    else if (a === '--check-elixir') { o.checkElixir = true; o.cache = false; }
    else if (a === '--verbose' || a === '-v') o.verbose = true;
    else if (a === '--help' || a === '-h') usage();
    else usage(`unknown argument ${a}`);
  }
  return o;
}

function positive(s: string, flag: string): number {
  const n = Number(s);
  if (!Number.isFinite(n) || n <= 0) usage(`${flag} needs a positive number, got ${s}`);
  return n;
}

function usage(msg?: string): never {
  if (msg) console.error(`run_elixir: ${msg}`);
  console.error('usage: node build/test/conformance/run_elixir.js [--filter SUBSTR]... [--jobs N] [--timeout S] [--no-cache] [--check-elixir] [--verbose]');
  process.exit(2);
}

// ---- compilation -----------------------------------------------------------

/** enum_basics -> EnumBasics, as Macro.camelize/1 does for file names. */
function camelize(name: string): string {
  return name.split('_').filter((p) => p !== '').map((p) => p[0].toUpperCase() + p.slice(1)).join('');
}

function moduleOf(program: string): string {
  return `Elixir.${camelize(program)}`;
}

function mainBeam(program: string): string {
  return path.join(EBIN, `${moduleOf(program)}.beam`);
}

function sourceOf(program: string): string {
  return path.join(SRC_DIR, `${program}.ex`);
}

function isStale(program: string): boolean {
  try {
    return fs.statSync(mainBeam(program)).mtimeMs < fs.statSync(sourceOf(program)).mtimeMs;
  } catch {
    return true;
  }
}

// elixirc writes into a private directory and the beams are then renamed
// into place, so a concurrent run never loads a half-written file.
async function elixirc(programs: string[]): Promise<RunResult> {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(OUT_DIR, 'tmp-'));
  try {
    const r = await run('elixirc', ['--ignore-module-conflict', '-o', tmp,
      ...programs.map((p) => path.relative(ROOT, sourceOf(p)))], 600_000, ROOT);
    if (r.status === 0) {
      for (const f of fs.readdirSync(tmp)) fs.renameSync(path.join(tmp, f), path.join(EBIN, f));
    }
    return r;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// One elixirc call for every stale program (its start-up dominates); if that
// fails, each program is compiled on its own to find the broken ones.
// Returns the error text per program that did not compile.
async function compileAll(programs: string[], jobs: number): Promise<Map<string, string>> {
  fs.mkdirSync(EBIN, { recursive: true });
  const errors = new Map<string, string>();
  const stale = programs.filter(isStale);
  if (stale.length === 0) return errors;
  const all = await elixirc(stale);
  const retry = all.status === 0 ? [] : stale;
  if (all.status !== 0 && stale.length > 1) console.log(`note: elixirc failed on the batch; compiling ${stale.length} programs one by one`);
  await pool(retry, jobs, async (p) => {
    const one = stale.length === 1 ? all : await elixirc([p]);
    if (one.status !== 0) errors.set(p, (one.stderr + one.stdout).trim() || `elixirc exited ${one.status}`);
  });
  for (const p of stale) {
    if (!errors.has(p) && !fs.existsSync(mainBeam(p))) {
      errors.set(p, `no module ${moduleOf(p).slice(7)} in ${p}.ex (the module must be named after the file)`);
    }
  }
  return errors;
}

// ---- the two sides ---------------------------------------------------------

async function elixirVersion(): Promise<string> {
  const r = await run('elixir', ['--version'], 60_000, ROOT);
  if (r.status !== 0) {
    console.error(`run_elixir: cannot start elixir: ${r.stderr.trim()}`);
    process.exit(2);
  }
  return r.stdout.trim();
}

function runElixir(program: string, timeoutMs: number): Promise<RunResult> {
  const mod = moduleOf(program).slice(7);
  return run('elixir', ['-pa', EBIN, '-e', `Kernel.CLI.run(fn _ -> ${mod}.main() end)`], timeoutMs, ROOT);
}

function runVm(program: string, timeoutMs: number): Promise<RunResult> {
  return run(process.execPath, [POPCORN, 'run', '--path', EBIN, '--elixir', '--entry', `${moduleOf(program)}:main`],
    timeoutMs, ROOT);
}

interface Expected { key: string; stdout: string; stderr: string; status: number | null }

async function expectedFor(program: string, key: string, opts: Options): Promise<RunResult> {
  const file = path.join(EXPECTED, `${program}.json`);
  if (opts.cache) {
    try {
      const e = JSON.parse(fs.readFileSync(file, 'utf8')) as Expected;
      if (e.key === key) return { stdout: e.stdout, stderr: e.stderr, status: e.status, timedOut: false };
    } catch { /* no cache entry */ }
  }
  const r = await runElixir(program, opts.timeoutMs);
  // Only clean runs are worth remembering; a timeout is retried next time.
  if (!r.timedOut && r.status !== null) {
    fs.mkdirSync(EXPECTED, { recursive: true });
    const e: Expected = { key, stdout: r.stdout, stderr: r.stderr, status: r.status };
    const tmp = `${file}.${process.pid}`;
    fs.writeFileSync(tmp, JSON.stringify(e));
    fs.renameSync(tmp, file);
  }
  return r;
}

// The program's source decides its beams, so source + elixir version key the cache.
function cacheKey(program: string, version: string): string {
  return createHash('sha256').update(RUNNER_VERSION).update('\0').update(version).update('\0')
    .update(fs.readFileSync(sourceOf(program))).digest('hex');
}

// ---- comparison ------------------------------------------------------------

// What legitimately differs between two runs, masked on both sides:
// - Logger's wall-clock times (`16:02:43.682 [error] ...`, on stdout: the
//   console backend writes to :user) and the dates in SASL-style report
//   headers (`=CRASH REPORT==== 21-Nov-2026::16:03:07.481000 ===`);
// - on stderr only, pid numbers: our boot starts a different number of
//   system processes than erl's, so the nth pid of a program differs.
function maskTimes(s: string): string {
  return s
    .replace(/\b\d{1,2}-[A-Z][a-z]{2}-\d{4}::\d\d:\d\d:\d\d(\.\d+)?\b/g, 'DD-Mon-YYYY::HH:MM:SS')
    .replace(/\b\d\d:\d\d:\d\d\.\d{3}\b/g, 'HH:MM:SS.mmm');
}

function maskErr(s: string): string {
  return maskTimes(s).replace(/<\d+\.\d+\.\d+>/g, '<pid>');
}

function utf8(latin1: string): string {
  return Buffer.from(latin1, 'latin1').toString('utf8');
}

// Line diff (- expected, + got) by longest common subsequence, shown as
// hunks with `context` lines around each change; at most `max` lines.
function lineDiff(want: string, got: string, context = 2, max = 60): string {
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

interface Difference { summary: string; detail: string }

function difference(want: RunResult, got: RunResult): Difference | null {
  if (got.timedOut) return { summary: 'timed out', detail: got.stderr === '' ? '' : `stderr:\n${lineDiff('', got.stderr)}` };
  const wantOut = maskTimes(utf8(want.stdout));
  const gotOut = maskTimes(utf8(got.stdout));
  const wantErr = maskErr(want.stderr);
  const gotErr = maskErr(got.stderr);
  if (wantOut === gotOut && want.status === got.status && wantErr === gotErr) return null;
  const parts: string[] = [];
  const detail: string[] = [];
  if (want.status !== got.status) parts.push(`exit ${want.status} expected, got ${got.status}`);
  if (wantOut !== gotOut) {
    const a = wantOut.split('\n');
    const b = gotOut.split('\n');
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    parts.push(`stdout line ${i + 1}: expected ${i < a.length ? show(a[i]) : '<end>'}, got ${i < b.length ? show(b[i]) : '<end>'}`);
    detail.push(`stdout:\n${lineDiff(wantOut, gotOut)}`);
  }
  if (wantErr !== gotErr) {
    parts.push('stderr differs');
    detail.push(`stderr:\n${lineDiff(wantErr, gotErr)}`);
  }
  return { summary: parts.join('; '), detail: detail.join('\n') };
}

function indent(s: string): string {
  return s.split('\n').map((l) => `    ${l}`).join('\n');
}

// ---- main ------------------------------------------------------------------

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  let files: string[] = [];
  try { files = fs.readdirSync(SRC_DIR); } catch { /* no programs yet */ }
  const all = files.filter((f) => f.endsWith('.ex')).map((f) => f.slice(0, -3)).sort();
  const programs = all.filter((p) => opts.filters.length === 0 || opts.filters.some((f) => p.includes(f)));
  const known = readKnown(KNOWN, '.ex');
  for (const k of known) {
    if (!all.includes(k)) console.log(`note: KNOWN_FAILURES names ${k}, which has no program`);
  }
  const [compileErrors, version] = await Promise.all([compileAll(programs, opts.jobs), elixirVersion()]);
  if (!opts.checkElixir && !fs.existsSync(path.join(ROOT, 'build/src/cli/main.js'))) {
    console.log('note: build/src/cli/main.js is missing; build the VM first (npx tsc -p tsconfig.json)');
  }

  const counts = { pass: 0, fail: 0, skip: 0, fixed: 0 };
  const outcomes = await pool(programs, opts.jobs, async (program): Promise<Outcome> => {
    const isKnown = known.has(program);
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
    const cerr = compileErrors.get(program);
    if (cerr !== undefined) return verdict({ summary: 'elixirc failed', detail: cerr.split('\n').slice(0, 15).join('\n') });

    if (opts.checkElixir) {
      const a = await runElixir(program, opts.timeoutMs);
      if (a.timedOut) return verdict({ summary: 'elixir timed out', detail: '' });
      const b = await runElixir(program, opts.timeoutMs);
      const d = difference(a, b);
      return verdict(d === null ? null : { summary: `elixir is not deterministic: ${d.summary}`, detail: d.detail });
    }

    const want = await expectedFor(program, cacheKey(program, version), opts);
    if (want.timedOut) return verdict({ summary: 'elixir itself timed out', detail: '' });
    const got = await runVm(program, opts.timeoutMs);
    const d = difference(want, got);
    if (d !== null && opts.verbose) {
      console.log(`--- ${program} expected (exit ${want.status})\n${utf8(want.stdout)}--- expected stderr\n${want.stderr}` +
        `--- got (exit ${got.status})\n${utf8(got.stdout)}--- got stderr\n${got.stderr}---`);
    }
    return verdict(d);
  });

  for (const o of outcomes) counts[o]++;
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (opts.verbose || opts.checkElixir) console.log(`(${programs.length} programs in ${secs}s)`);
  console.log(`elixir: ${counts.pass + counts.fixed} passed, ${counts.fail} failed, ${counts.skip} skipped`);
  process.exit(counts.fail > 0 || counts.fixed > 0 ? 1 : 0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(2);
});
