// Benchmark runner: compiles bench/programs with erlc, runs each program on
// the real BEAM and on our VM through the same Erlang harness, checks that
// both compute the same checksum, and prints (or, with --write, records in
// bench/RESULTS.md) a table of median times and ratios, plus two footprint
// probes: the memory of 100,000 idle processes and the CPU use of an idle VM.
//
//   node build/bench/run.js [--filter a,b] [--write] [--iterations N]
//        [--ours-iterations N] [--timeout S] [--no-ours] [--no-beam] [--no-probes]

import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { clockTicksPerSecond, commandOutput, cpuTicks, rssKb, runChild, sleep, type ChildResult } from './proc.js';
import {
  failureNotes, probeTable, safeCell, resultsMarkdown, timingTable,
  type BenchRow, type Machine, type Outcome, type ProbeRow,
} from './report.js';

// build/bench/run.js -> repository root
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PROGRAMS = join(ROOT, 'bench', 'programs');
const EBIN = join(ROOT, 'build', 'bench', 'ebin');
const CLI_JS = join(ROOT, 'build', 'src', 'cli', 'main.js');
const POPCORN = join(ROOT, 'bin', 'popcorn');

/** The timed benchmarks, in table order; each is a module in bench/programs. */
export const BENCHMARKS = [
  'fib', 'nrev', 'ring', 'bitparse', 'maps_bench', 'binary_trees', 'pi_float', 'pi_bignum', 'prng',
  // Elixir workloads (bench/programs/*.ex, modules named like the Erlang ones)
  'ex_enum', 'ex_string', 'ex_map', 'ex_genserver',
];

const IDLE_PROCS = 100_000;
const MEMORY_TARGET_MB = 300;

interface Options {
  filter: string[] | null;
  write: boolean;
  beamIters: number;
  oursIters: number;
  timeoutMs: number;
  beam: boolean;
  ours: boolean;
  probes: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    filter: null, write: false, beamIters: 7, oursIters: 3, timeoutMs: 120_000,
    beam: true, ours: true, probes: true,
  };
  const num = (i: number, flag: string): number => {
    const v = Number(argv[i]);
    if (!Number.isInteger(v) || v <= 0) throw new Error(`${flag} needs a positive integer`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (inline !== undefined) argv.splice(i + 1, 0, inline);
    switch (flag) {
      case '--filter': o.filter = (argv[++i] ?? '').split(',').filter(Boolean); break;
      case '--write': o.write = true; break;
      case '--iterations': o.beamIters = num(++i, flag); break;
      case '--ours-iterations': o.oursIters = num(++i, flag); break;
      case '--timeout': o.timeoutMs = num(++i, flag) * 1000; break;
      case '--no-ours': o.ours = false; break;
      case '--no-beam': o.beam = false; break;
      case '--no-probes': o.probes = false; break;
      case '-h': case '--help':
        console.log('usage: node build/bench/run.js [--filter a,b] [--write] [--iterations N] ' +
          '[--ours-iterations N] [--timeout S] [--no-ours] [--no-beam] [--no-probes]');
        process.exit(0);
      default: throw new Error(`unknown option ${a}`);
    }
  }
  return o;
}

/** A name is selected when --filter is absent or one of its words occurs in it. */
function selected(o: Options, name: string): boolean {
  return o.filter === null || o.filter.some((f) => name.includes(f));
}

function compilePrograms(): void {
  mkdirSync(EBIN, { recursive: true });
  const srcs = readdirSync(PROGRAMS).filter((f) => f.endsWith('.erl')).map((f) => join(PROGRAMS, f));
  const r = spawnSync('erlc', ['-o', EBIN, ...srcs], { encoding: 'utf8' });
  if (r.error) throw new Error(`erlc not runnable: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`erlc failed:\n${r.stdout}${r.stderr}`);
  const exs = readdirSync(PROGRAMS).filter((f) => f.endsWith('.ex')).map((f) => join(PROGRAMS, f));
  const e = spawnSync('elixirc', ['-o', EBIN, ...exs], { encoding: 'utf8' });
  if (e.error) throw new Error(`elixirc not runnable: ${e.error.message}`);
  if (e.status !== 0) throw new Error(`elixirc failed:\n${e.stdout}${e.stderr}`);
}

/** Elixir's own modules (Enum, GenServer...) for the Elixir workloads on erl. */
function elixirEbin(): string[] {
  const r = spawnSync('elixir', ['-e', 'IO.write(:code.lib_dir(:elixir, :ebin))'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout ? ['-pa', r.stdout] : [];
}
let elixirPath: string[] | null = null;

// How to start `Mod:main(Args)` on each VM. Both receive the strings as one
// list argument; `node bin/popcorn` (not the shebang) keeps the child's pid
// equal to the VM's, so /proc samples the right process.
type Launcher = (mod: string, args: string[]) => [string, string[]];
const onBeam: Launcher = (mod, args) =>
  ['erl', ['-noshell', '-pa', EBIN, ...(elixirPath ??= elixirEbin()), '-run', mod, 'main', ...args]];
const onOurs: Launcher = (mod, args) =>
  [process.execPath, [POPCORN, 'run', '--path', EBIN, '--entry', `${mod}:main`, ...args]];

function failure(r: ChildResult, timeoutMs: number): Outcome {
  if (r.spawnError) return { ok: false, status: 'failed', detail: r.spawnError };
  if (r.timedOut) return { ok: false, status: `timeout (${timeoutMs / 1000}s)`, detail: '' };
  // The most telling line: the harness's own report, else the first line
  // that names an error, else the last thing printed.
  const lines = `${r.stdout}\n${r.stderr}`.split('\n').map((l) => l.trim()).filter(Boolean);
  const detail = lines.find((l) => l.startsWith('BENCH_ERROR'))
    ?? lines.find((l) => /error|exception|crash|not implemented|unsupported/i.test(l))
    ?? lines[lines.length - 1] ?? '';
  return { ok: false, status: r.signal ? `killed (${r.signal})` : `failed (exit ${r.code})`, detail };
}

async function runBench(launch: Launcher, name: string, iters: number, timeoutMs: number): Promise<Outcome> {
  const [cmd, args] = launch('bench_harness', [name, String(iters)]);
  const r = await runChild(cmd, args, { cwd: ROOT, timeoutMs });
  const m = new RegExp(`^BENCH ${name} (\\d+(?:\\.\\d+)?) (-?\\d+)\\s*$`, 'm').exec(r.stdout);
  if (m) return { ok: true, ms: Number(m[1]), checksum: m[2]! };
  return failure(r, timeoutMs);
}

interface ProbeSample {
  rssKb: number | null;
  cpuPercent: number | null;
  line: string;
}

/**
 * Starts `bench_idle:main(args)`, waits for its READY line, lets it settle,
 * samples RSS (and, over `cpuWindowMs`, CPU time), then kills it.
 */
async function probe(launch: Launcher, args: string[], cpuWindowMs: number, timeoutMs: number): Promise<ProbeSample | string> {
  const [cmd, argv] = launch('bench_idle', args);
  let onReady!: (v: { line: string; child: ChildProcess }) => void;
  const ready = new Promise<{ line: string; child: ChildProcess }>((res) => (onReady = res));
  const done = runChild(cmd, argv, {
    cwd: ROOT, timeoutMs,
    onLine: (line, child) => { if (line.startsWith('READY')) onReady({ line, child }); },
  });
  const first = await Promise.race([ready, done]);
  if (!('child' in first)) {
    const f = failure(first, timeoutMs);
    if (f.ok) return 'exited early';
    if (f.detail) probeFailures.push(`- bench_idle ${args[0]} (${launch === onBeam ? 'BEAM' : 'ours'}, ${f.status}): \`${safeCell(f.detail, 240)}\``);
    return f.status;
  }
  const pid = first.child.pid!;
  await sleep(500);
  const mem = rssKb(pid);
  let cpuPercent: number | null = null;
  if (cpuWindowMs > 0) {
    const t0 = cpuTicks(pid);
    const w0 = performance.now();
    await sleep(cpuWindowMs);
    const t1 = cpuTicks(pid);
    const secs = (performance.now() - w0) / 1000;
    if (t0 !== null && t1 !== null) cpuPercent = ((t1 - t0) / clockTicksPerSecond() / secs) * 100;
  }
  first.child.kill('SIGKILL');
  await done;
  return { rssKb: mem?.rss ?? null, cpuPercent, line: first.line };
}

/** Why probes failed, shown under the tables like benchmark failures. */
const probeFailures: string[] = [];

const mb = (kb: number | null): string => (kb === null ? '?' : `${(kb / 1024).toFixed(1)} MB`);

async function runProbes(o: Options): Promise<ProbeRow[]> {
  const sides: [string, Launcher | null][] = [['BEAM', o.beam ? onBeam : null], ['ours', o.ours ? onOurs : null]];
  const idle: Record<string, ProbeSample | string> = {};
  const procs: Record<string, ProbeSample | string> = {};
  for (const [side, launch] of sides) {
    if (!launch) { idle[side] = procs[side] = 'skipped'; continue; }
    if (side === 'ours' && !existsSync(CLI_JS)) { idle[side] = procs[side] = 'not built'; continue; }
    process.stderr.write(`probe idle on ${side}...\n`);
    idle[side] = await probe(launch, ['idle', '60000'], 2000, o.timeoutMs);
    process.stderr.write(`probe ${IDLE_PROCS} processes on ${side}...\n`);
    procs[side] = await probe(launch, ['procs', String(IDLE_PROCS), '60000'], 0, o.timeoutMs);
  }
  const show = (s: ProbeSample | string, f: (p: ProbeSample) => string): string => (typeof s === 'string' ? s : f(s));
  // The program reports how many of its processes are alive; flag a shortfall.
  const procsCell = (p: ProbeSample): string => {
    const alive = Number(/READY procs (\d+)/.exec(p.line)?.[1]);
    return mb(p.rssKb) + (alive === IDLE_PROCS ? '' : ` (only ${alive} alive)`);
  };
  const perProc = (side: string): string => {
    const a = idle[side]!, b = procs[side]!;
    if (typeof a === 'string' || typeof b === 'string' || a.rssKb === null || b.rssKb === null) return '?';
    return `${Math.round(((b.rssKb - a.rssKb) * 1024) / IDLE_PROCS)} B`;
  };
  return [
    {
      label: 'RSS, idle VM (baseline)', note: 'VmRSS of the VM process waiting in receive',
      beam: show(idle.BEAM!, (p) => mb(p.rssKb)), ours: show(idle.ours!, (p) => mb(p.rssKb)),
    },
    {
      label: `RSS, ${IDLE_PROCS.toLocaleString('en')} idle processes`,
      note: `each process blocked in receive; target for ours < ${MEMORY_TARGET_MB} MB`,
      beam: show(procs.BEAM!, procsCell), ours: show(procs.ours!, procsCell),
    },
    { label: 'per process (above baseline)', note: '(RSS with processes − baseline) / count', beam: perProc('BEAM'), ours: perProc('ours') },
    {
      label: 'CPU while idle (2 s window)', note: 'utime+stime from /proc/<pid>/stat; expect ~0%',
      beam: show(idle.BEAM!, (p) => (p.cpuPercent === null ? '?' : `${p.cpuPercent.toFixed(1)}%`)),
      ours: show(idle.ours!, (p) => (p.cpuPercent === null ? '?' : `${p.cpuPercent.toFixed(1)}%`)),
    },
  ];
}

function machine(): Machine {
  const otp = commandOutput('erl', ['-noshell', '-eval',
    'io:format("~s ~s ~s", [erlang:system_info(otp_release), erlang:system_info(version), ' +
    'erlang:system_info(emu_flavor)]), halt().']);
  const [rel, erts, flavor] = otp.split(' ');
  return {
    date: new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC'),
    nproc: typeof availableParallelism === 'function' ? availableParallelism() : cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    otp: rel || 'unknown',
    erts: erts || 'unknown',
    flavor: flavor || 'unknown',
  };
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  compilePrograms();
  const oursBuilt = existsSync(CLI_JS);
  if (o.ours && !oursBuilt) process.stderr.write(`note: ${CLI_JS} is missing; our VM is reported as "not built"\n`);

  const rows: BenchRow[] = [];
  for (const name of BENCHMARKS.filter((n) => selected(o, n))) {
    const skipped = (why: string): Outcome => ({ ok: false, status: why, detail: '' });
    process.stderr.write(`${name}: BEAM...`);
    const beam = o.beam ? await runBench(onBeam, name, o.beamIters, o.timeoutMs) : skipped('skipped');
    process.stderr.write(` ours...`);
    const ours = !o.ours ? skipped('skipped') : !oursBuilt ? skipped('not built')
      : await runBench(onOurs, name, o.oursIters, o.timeoutMs);
    process.stderr.write(' done\n');
    rows.push({ name, beam, ours, mismatch: beam.ok && ours.ok && beam.checksum !== ours.checksum });
  }

  const probes = o.probes && selected(o, 'memory idle') ? await runProbes(o) : [];
  const timings = timingTable(rows);
  const probeText = probes.length ? probeTable(probes) : '(probes not run)';
  const notes = [failureNotes(rows), ...probeFailures].filter(Boolean).join('\n');
  console.log(timings);
  if (notes) console.log(`\nFailures:\n${notes}`);
  console.log(`\n${probeText}`);

  if (o.write) {
    const cmdline = ['node build/bench/run.js', ...process.argv.slice(2)].join(' ');
    const file = join(ROOT, 'bench', 'RESULTS.md');
    writeFileSync(file, resultsMarkdown(machine(), timings, probeText, notes, cmdline));
    console.log(`\nwrote ${file}`);
  }
  // A mismatch means one VM computed the wrong answer: fail the run.
  if (rows.some((r) => r.mismatch)) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
