// Differential conformance runner: every program in test/conformance/erlang is
// compiled once with the host's erlc, run on the real `erl` (the oracle) and on
// our VM (`bin/popcorn run`), and the two stdout byte streams and exit statuses
// must be identical.
//
// Usage: node build/test/conformance/run.js [--filter SUBSTR]... [--jobs N]
//          [--timeout SECONDS] [--no-cache] [--check-erl] [--verbose]
//   --check-erl  run only the erl side, twice, uncached: proves the programs
//                are deterministic (no VM needed).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { coverageLine, opcodeCoverage } from './opcodes.js';
import {
  cachedRun, type Difference, finish, firstLineDifference, knownFailures, listPrograms, noteUnbuiltVm, parseArgs,
  pool, POPCORN, ROOT, run, runMain, runPrograms, type RunResult, selectPrograms, show,
} from './common.js';

const SRC_DIR = path.join(ROOT, 'test/conformance/erlang');
const SUPPORT = path.join(ROOT, 'test/conformance/support/conformance_runner.erl');
const EBIN = path.join(ROOT, 'build/conformance/ebin');
const EXPECTED = path.join(ROOT, 'build/conformance/expected');
const KNOWN = path.join(SRC_DIR, 'KNOWN_FAILURES');
const LIB_OPCODES = path.join(ROOT, 'build/conformance/lib-opcodes.json');

// ---- compilation -----------------------------------------------------------

// Programs are .erl files; .S files (BEAM assembly, for opcodes erlc no longer
// emits from Erlang) are helper modules the programs call.
function modName(src: string): string {
  return path.basename(src).replace(/\.(erl|S)$/, '');
}

function beamPath(src: string): string {
  return path.join(EBIN, modName(src) + '.beam');
}

function isStale(src: string): boolean {
  try {
    return fs.statSync(beamPath(src)).mtimeMs < fs.statSync(src).mtimeMs;
  } catch {
    return true;
  }
}

// Compiles stale sources in a few batched erlc calls (erlc start-up dominates);
// erlc stops at the first broken file, so a failed batch is redone file by file.
// Returns the compile error text per module name that did not compile.
async function compileAll(sources: string[], jobs: number): Promise<Map<string, string>> {
  fs.mkdirSync(EBIN, { recursive: true });
  const errors = new Map<string, string>();
  const stale = sources.filter(isStale);
  if (stale.length === 0) return errors;
  const rel = (s: string): string => path.relative(ROOT, s);
  const chunks: string[][] = [];
  const per = Math.ceil(stale.length / jobs);
  for (let i = 0; i < stale.length; i += per) chunks.push(stale.slice(i, i + per));
  await pool(chunks, jobs, async (chunk) => {
    const r = await run('erlc', ['-o', EBIN, ...chunk.map(rel)], 300_000);
    if (r.status === 0) return;
    for (const src of chunk) {
      if (!isStale(src)) continue;
      const one = await run('erlc', ['-o', EBIN, rel(src)], 60_000);
      if (one.status !== 0 || isStale(src)) {
        errors.set(modName(src), (one.stdout + one.stderr).trim() || `erlc exited ${one.status}`);
      }
    }
  });
  return errors;
}

// ---- the two sides ---------------------------------------------------------

async function erlVersion(): Promise<string> {
  const r = await run('erl', ['-noshell', '-eval',
    'io:format("~s/~s", [erlang:system_info(otp_release), erlang:system_info(version)]), halt().'], 60_000);
  if (r.status !== 0) {
    console.error(`run: cannot start erl: ${r.stderr.trim()}`);
    process.exit(2);
  }
  return r.stdout;
}

function runErl(mod: string, timeoutMs: number): Promise<RunResult> {
  return run('erl', ['-noshell', '-pa', EBIN, '-run', 'conformance_runner', 'run', mod], timeoutMs);
}

function runVm(mod: string, timeoutMs: number): Promise<RunResult> {
  return run(process.execPath, [POPCORN, 'run', '--path', EBIN, '--entry', `${mod}:main`, '--print'], timeoutMs);
}

function cacheKey(mod: string, erlVer: string, runnerHash: string): string {
  const h = createHash('sha256');
  h.update(erlVer).update('\0').update(runnerHash).update('\0');
  h.update(fs.readFileSync(path.join(EBIN, `${mod}.beam`)));
  return h.digest('hex');
}

// ---- comparison ------------------------------------------------------------

// One short line saying where `got` first departs from `want`, or null if equal.
function difference(want: RunResult, got: RunResult): Difference | null {
  if (got.timedOut) return { summary: 'timed out', detail: '' };
  if (want.stdout === got.stdout && want.status === got.status) return null;
  const parts: string[] = [];
  if (want.status !== got.status) parts.push(`exit ${want.status} expected, got ${got.status}`);
  if (want.stdout !== got.stdout) parts.push(firstLineDifference(want.stdout, got.stdout));
  if (got.status !== 0 && got.stderr.trim() !== '') {
    const firstErr = got.stderr.trim().split('\n')[0];
    parts.push(`stderr: ${show(firstErr, 100)}`);
  }
  return { summary: parts.join('; '), detail: '' };
}

// ---- main ------------------------------------------------------------------

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2), 'run', '--check-erl');
  const started = Date.now();
  const all = listPrograms(SRC_DIR, '.erl');
  const mods = selectPrograms(all, opts.filters);
  const helpers = fs.readdirSync(SRC_DIR).filter((f) => f.endsWith('.S')).sort().map((f) => path.join(SRC_DIR, f));
  const known = knownFailures(KNOWN, '.erl', all);

  const [compileErrors, erlVer] = await Promise.all([
    compileAll([SUPPORT, ...helpers, ...mods.map((m) => path.join(SRC_DIR, `${m}.erl`))], opts.jobs),
    erlVersion(),
  ]);
  if (compileErrors.has('conformance_runner')) {
    console.error(`run: the support module does not compile:\n${compileErrors.get('conformance_runner')}`);
    process.exit(2);
  }
  for (const h of helpers) {
    const e = compileErrors.get(modName(h));
    if (e !== undefined) console.log(`FAIL ${path.basename(h)}: erlc failed: ${show(e.split('\n')[0], 120)}`);
  }
  // The cached erl output depends on the runner and on every helper module too.
  const rh = createHash('sha256').update(fs.readFileSync(path.join(EBIN, 'conformance_runner.beam')));
  for (const h of helpers) if (fs.existsSync(beamPath(h))) rh.update(fs.readFileSync(beamPath(h)));
  const runnerHash = rh.digest('hex');
  if (!opts.check) noteUnbuiltVm();

  const counts = await runPrograms(opts, {
    oracle: 'erl',
    programs: mods,
    known,
    compileProblem: (mod) => {
      const cerr = compileErrors.get(mod);
      return cerr === undefined ? undefined : { summary: `erlc failed: ${show(cerr.split('\n')[0], 120)}`, detail: '' };
    },
    runOracle: runErl,
    runVm,
    expected: (mod) => cachedRun(path.join(EXPECTED, `${mod}.json`), cacheKey(mod, erlVer, runnerHash), opts.cache, false,
      () => runErl(mod, opts.timeoutMs)),
    difference,
    dump: (mod, want, got) =>
      `--- ${mod} expected (exit ${want.status})\n${want.stdout}--- got (exit ${got.status})\n${got.stdout}--- stderr\n${got.stderr}`,
  });

  // The programs together must contain every opcode OTP/Elixir code uses;
  // checked on full runs only (a filtered run compiles a subset).
  let coverageGaps = 0;
  if (opts.filters.length === 0 && !opts.check) {
    const beams = [...helpers, ...mods.map((m) => path.join(SRC_DIR, `${m}.erl`))]
      .map(beamPath).filter((b) => fs.existsSync(b));
    const knownBeams = new Set([...known].map((k) => path.join(EBIN, `${k}.beam`)));
    const cov = opcodeCoverage(beams, LIB_OPCODES, knownBeams);
    console.log(coverageLine(cov));
    coverageGaps = cov.gaps.length;
  }
  for (const h of helpers) if (compileErrors.has(modName(h))) counts.fail++;
  finish(opts, counts, mods.length, started, '', coverageGaps > 0);
}

runMain(main);
