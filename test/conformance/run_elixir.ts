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
import {
  cachedRun, type Difference, finish, firstLineDifference, knownFailures, lineDiff, listPrograms, noteUnbuiltVm,
  type Options, parseArgs, pool, POPCORN, ROOT, run, runMain, runPrograms, type RunResult, selectPrograms,
} from './common.js';

export const SRC_DIR = path.join(ROOT, 'test/conformance/elixir');
export const OUT_DIR = path.join(ROOT, 'build/conformance/elixir');
export const EBIN = path.join(OUT_DIR, 'ebin');
export const EXPECTED = path.join(OUT_DIR, 'expected');
export const KNOWN = path.join(SRC_DIR, 'KNOWN_FAILURES');
// Part of every cache key: bump when the way the reference side runs changes.
const RUNNER_VERSION = 'elixir-cli-1';

// ---- compilation -----------------------------------------------------------

/** enum_basics -> EnumBasics, as Macro.camelize/1 does for file names. */
function camelize(name: string): string {
  return name.split('_').filter((p) => p !== '').map((p) => p[0].toUpperCase() + p.slice(1)).join('');
}

export function moduleOf(program: string): string {
  return `Elixir.${camelize(program)}`;
}

function mainBeam(program: string): string {
  return path.join(EBIN, `${moduleOf(program)}.beam`);
}

export function sourceOf(program: string): string {
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
      ...programs.map((p) => path.relative(ROOT, sourceOf(p)))], 600_000);
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
export async function compileAll(programs: string[], jobs: number): Promise<Map<string, string>> {
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

export async function elixirVersion(): Promise<string> {
  const r = await run('elixir', ['--version'], 60_000);
  if (r.status !== 0) {
    console.error(`run_elixir: cannot start elixir: ${r.stderr.trim()}`);
    process.exit(2);
  }
  return r.stdout.trim();
}

export function runElixir(program: string, timeoutMs: number): Promise<RunResult> {
  const mod = moduleOf(program).slice(7);
  return run('elixir', ['-pa', EBIN, '-e', `Kernel.CLI.run(fn _ -> ${mod}.main() end)`], timeoutMs);
}

function runVm(program: string, timeoutMs: number): Promise<RunResult> {
  return run(process.execPath, [POPCORN, 'run', '--path', EBIN, '--elixir', '--entry', `${moduleOf(program)}:main`],
    timeoutMs);
}

// The program's source decides its beams, so source + elixir version key the cache.
export function cacheKey(program: string, version: string): string {
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

export function utf8(latin1: string): string {
  return Buffer.from(latin1, 'latin1').toString('utf8');
}

export function difference(want: RunResult, got: RunResult): Difference | null {
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
    parts.push(firstLineDifference(wantOut, gotOut));
    detail.push(`stdout:\n${lineDiff(wantOut, gotOut)}`);
  }
  if (wantErr !== gotErr) {
    parts.push('stderr differs');
    detail.push(`stderr:\n${lineDiff(wantErr, gotErr)}`);
  }
  return { summary: parts.join('; '), detail: detail.join('\n') };
}

/** The reference side's result, from the cache when the program and elixir are unchanged. */
export function expectedRun(program: string, version: string, opts: Options): Promise<RunResult> {
  return cachedRun(path.join(EXPECTED, `${program}.json`), cacheKey(program, version), opts.cache, true,
    () => runElixir(program, opts.timeoutMs));
}

/** Both sides in full, for --verbose. */
export function dump(program: string, want: RunResult, got: RunResult): string {
  return `--- ${program} expected (exit ${want.status})\n${utf8(want.stdout)}--- expected stderr\n${want.stderr}` +
    `--- got (exit ${got.status})\n${utf8(got.stdout)}--- got stderr\n${got.stderr}---`;
}

// ---- main ------------------------------------------------------------------

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2), 'run_elixir', '--check-elixir');
  const started = Date.now();
  const all = listPrograms(SRC_DIR, '.ex');
  const programs = selectPrograms(all, opts.filters);
  const known = knownFailures(KNOWN, '.ex', all);
  const [compileErrors, version] = await Promise.all([compileAll(programs, opts.jobs), elixirVersion()]);
  if (!opts.check) noteUnbuiltVm();

  const counts = await runPrograms(opts, {
    oracle: 'elixir',
    programs,
    known,
    compileProblem: (program) => {
      const cerr = compileErrors.get(program);
      return cerr === undefined ? undefined : { summary: 'elixirc failed', detail: cerr.split('\n').slice(0, 15).join('\n') };
    },
    runOracle: runElixir,
    runVm,
    expected: (program) => expectedRun(program, version, opts),
    difference,
    dump,
  });
  finish(opts, counts, programs.length, started, 'elixir: ');
}

// run_bundle.ts imports this file's helpers: run only as the script itself
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) runMain(main);
