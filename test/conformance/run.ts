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
import { fileURLToPath } from 'node:url';
import { coverageLine, opcodeCoverage } from './opcodes.js';
import { findRoot, type Outcome, pool, readKnown as readKnownFile, run as runIn, type RunResult, show } from './common.js';

interface Options {
  filters: string[];
  jobs: number;
  timeoutMs: number;
  cache: boolean;
  checkErl: boolean;
  verbose: boolean;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
// Compiled to build/test/conformance/run.js; the sources live in test/conformance.
const ROOT = findRoot(HERE);
const SRC_DIR = path.join(ROOT, 'test/conformance/erlang');
const SUPPORT = path.join(ROOT, 'test/conformance/support/conformance_runner.erl');
const EBIN = path.join(ROOT, 'build/conformance/ebin');
const EXPECTED = path.join(ROOT, 'build/conformance/expected');
const KNOWN = path.join(SRC_DIR, 'KNOWN_FAILURES');
const LIB_OPCODES = path.join(ROOT, 'build/conformance/lib-opcodes.json');
const POPCORN = path.join(ROOT, 'bin/popcorn');

function parseArgs(argv: string[]): Options {
  const o: Options = { filters: [], jobs: 2, timeoutMs: 30_000, cache: true, checkErl: false, verbose: false };
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
    else if (a === '--check-erl') { o.checkErl = true; o.cache = false; }
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
  if (msg) console.error(`run: ${msg}`);
  console.error('usage: node build/test/conformance/run.js [--filter SUBSTR]... [--jobs N] [--timeout S] [--no-cache] [--check-erl] [--verbose]');
  process.exit(2);
}

// ---- child processes -------------------------------------------------------

function run(cmd: string, args: string[], timeoutMs: number, cwd = ROOT): Promise<RunResult> {
  return runIn(cmd, args, timeoutMs, cwd);
}

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

interface Expected { key: string; stdout: string; status: number | null }

async function expectedFor(mod: string, key: string, opts: Options): Promise<RunResult> {
  const file = path.join(EXPECTED, `${mod}.json`);
  if (opts.cache) {
    try {
      const e = JSON.parse(fs.readFileSync(file, 'utf8')) as Expected;
      if (e.key === key) return { stdout: e.stdout, stderr: '', status: e.status, timedOut: false };
    } catch { /* no cache entry */ }
  }
  const r = await runErl(mod, opts.timeoutMs);
  // Only clean runs are worth remembering; a timeout is retried next time.
  if (!r.timedOut && r.status !== null) {
    fs.mkdirSync(EXPECTED, { recursive: true });
    const e: Expected = { key, stdout: r.stdout, status: r.status };
    fs.writeFileSync(file, JSON.stringify(e));
  }
  return r;
}

function cacheKey(mod: string, erlVer: string, runnerHash: string): string {
  const h = createHash('sha256');
  h.update(erlVer).update('\0').update(runnerHash).update('\0');
  h.update(fs.readFileSync(path.join(EBIN, `${mod}.beam`)));
  return h.digest('hex');
}

// ---- comparison ------------------------------------------------------------

// One short line saying where `got` first departs from `want`, or null if equal.
function difference(want: RunResult, got: RunResult): string | null {
  if (got.timedOut) return 'timed out';
  if (want.stdout === got.stdout && want.status === got.status) return null;
  const parts: string[] = [];
  if (want.status !== got.status) parts.push(`exit ${want.status} expected, got ${got.status}`);
  if (want.stdout !== got.stdout) {
    const a = want.stdout.split('\n');
    const b = got.stdout.split('\n');
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    const wantLine = i < a.length ? show(a[i]) : '<end>';
    const gotLine = i < b.length ? show(b[i]) : '<end>';
    parts.push(`stdout line ${i + 1}: expected ${wantLine}, got ${gotLine}`);
  }
  if (got.status !== 0 && got.stderr.trim() !== '') {
    const firstErr = got.stderr.trim().split('\n')[0];
    parts.push(`stderr: ${show(firstErr, 100)}`);
  }
  return parts.join('; ');
}

function readKnown(): Set<string> {
  return readKnownFile(KNOWN, '.erl');
}

// ---- main ------------------------------------------------------------------

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const all = fs.readdirSync(SRC_DIR).filter((f) => f.endsWith('.erl')).sort();
  const mods = all.map((f) => f.slice(0, -4))
    .filter((m) => opts.filters.length === 0 || opts.filters.some((f) => m.includes(f)));
  const helpers = fs.readdirSync(SRC_DIR).filter((f) => f.endsWith('.S')).sort().map((f) => path.join(SRC_DIR, f));
  const known = readKnown();
  for (const k of known) {
    if (!all.includes(`${k}.erl`)) console.log(`note: KNOWN_FAILURES names ${k}, which has no program`);
  }

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
  if (!opts.checkErl && !fs.existsSync(path.join(ROOT, 'build/src/cli/main.js'))) {
    console.log('note: build/src/cli/main.js is missing; build the VM first (npx tsc -p tsconfig.json)');
  }

  const counts = { pass: 0, fail: 0, skip: 0, fixed: 0 };
  const outcomes = await pool(mods, opts.jobs, async (mod): Promise<Outcome> => {
    const isKnown = known.has(mod);
    const verdict = (problem: string | null): Outcome => {
      if (problem === null) {
        if (isKnown) { console.log(`FIXED ${mod}: now passing — remove from KNOWN_FAILURES`); return 'fixed'; }
        if (opts.verbose) console.log(`ok   ${mod}`);
        return 'pass';
      }
      if (isKnown) { if (opts.verbose) console.log(`skip ${mod}: ${problem}`); return 'skip'; }
      console.log(`FAIL ${mod}: ${problem}`);
      return 'fail';
    };
    const cerr = compileErrors.get(mod);
    if (cerr !== undefined) return verdict(`erlc failed: ${show(cerr.split('\n')[0], 120)}`);

    if (opts.checkErl) {
      const a = await runErl(mod, opts.timeoutMs);
      if (a.timedOut) return verdict('erl timed out');
      const b = await runErl(mod, opts.timeoutMs);
      const d = difference(a, b);
      return verdict(d === null ? null : `erl is not deterministic: ${d}`);
    }

    const want = await expectedFor(mod, cacheKey(mod, erlVer, runnerHash), opts);
    if (want.timedOut) return verdict('erl itself timed out');
    const got = await runVm(mod, opts.timeoutMs);
    const d = difference(want, got);
    if (d !== null && opts.verbose) {
      console.log(`--- ${mod} expected (exit ${want.status})\n${want.stdout}--- got (exit ${got.status})\n${got.stdout}--- stderr\n${got.stderr}`);
    }
    return verdict(d);
  });

  for (const o of outcomes) counts[o]++;
  // The programs together must contain every opcode OTP/Elixir code uses;
  // checked on full runs only (a filtered run compiles a subset).
  let coverageGaps = 0;
  if (opts.filters.length === 0 && !opts.checkErl) {
    const beams = [...helpers, ...mods.map((m) => path.join(SRC_DIR, `${m}.erl`))]
      .map(beamPath).filter((b) => fs.existsSync(b));
    const knownBeams = new Set([...known].map((k) => path.join(EBIN, `${k}.beam`)));
    const cov = opcodeCoverage(beams, LIB_OPCODES, knownBeams);
    console.log(coverageLine(cov));
    coverageGaps = cov.gaps.length;
  }
  for (const h of helpers) if (compileErrors.has(modName(h))) counts.fail++;
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (opts.verbose || opts.checkErl) console.log(`(${mods.length} programs in ${secs}s)`);
  console.log(`${counts.pass + counts.fixed} passed, ${counts.fail} failed, ${counts.skip} skipped`);
  process.exit(counts.fail > 0 || counts.fixed > 0 || coverageGaps > 0 ? 1 : 0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(2);
});
