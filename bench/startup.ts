// Start-up benchmark: how long `popcorn run` takes on a module whose main()
// does nothing, i.e. the cost of booting kernel+stdlib and loading their
// modules, and on an Elixir hello world (booting elixir and logger too, up
// to and through main/0 and the halt). Reports the median wall and CPU
// (user+sys) time of N runs, next to a bare `node -e 0` and the host's
// `elixir` running the same compiled hello world, for reference.
//
//   node build/bench/startup.js [--runs N] [--file X.erl] [--bin PATH]... [--node-flags "..."]
//
// Several --bin options (e.g. another checkout's bin/popcorn) are measured
// round-robin, so a busy machine slows them alike.
// CPU time of each child comes from bash's `times` builtin (children's
// user and system time), so no extra tools are needed.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Sample {
  wallMs: number;
  cpuMs: number;
}

function parseTimes(s: string): number {
  // "0m0.650s" -> ms
  const m = /^(\d+)m([\d.]+)s$/.exec(s.trim());
  return m ? (Number(m[1]) * 60 + Number(m[2])) * 1000 : NaN;
}

function measure(cmd: string): Sample {
  const t0 = performance.now();
  const r = spawnSync('bash', ['-c', `${cmd} >/dev/null; s=$?; times; exit $s`], { encoding: 'utf8' });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`command failed (${r.status}): ${cmd}\n${r.stderr.slice(-2000)}`);
  // the second line of `times` is the children's "user sys"
  const lines = r.stdout.trim().split('\n');
  const [user, sys] = lines[lines.length - 1].trim().split(/\s+/);
  return { wallMs, cpuMs: parseTimes(user) + parseTimes(sys) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs every command `runs` times, round-robin; prints median and minimum of each. */
function bench(cmds: { label: string; cmd: string }[], runs: number): void {
  for (const c of cmds) measure(c.cmd); // warm the file cache (and erlc's compile cache)
  const samples: Sample[][] = cmds.map(() => []);
  for (let i = 0; i < runs; i++) cmds.forEach((c, k) => samples[k].push(measure(c.cmd)));
  cmds.forEach((c, k) => {
    const s = samples[k];
    const wall = median(s.map((x) => x.wallMs));
    const cpu = median(s.map((x) => x.cpuMs));
    const minWall = Math.min(...s.map((x) => x.wallMs));
    const minCpu = Math.min(...s.map((x) => x.cpuMs));
    console.log(
      `${c.label.padEnd(40)} wall ${wall.toFixed(0).padStart(5)} ms (min ${minWall.toFixed(0).padStart(4)})` +
        `   cpu ${cpu.toFixed(0).padStart(5)} ms (min ${minCpu.toFixed(0).padStart(4)})`,
    );
  });
  console.log(`(median of ${runs} runs each)`);
}

function main(argv: string[]): void {
  let runs = 9;
  let file: string | null = null;
  let nodeFlags = '';
  const bins: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') runs = Number(argv[++i]);
    else if (argv[i] === '--file') file = path.resolve(argv[++i]);
    else if (argv[i] === '--bin') bins.push(path.resolve(argv[++i]));
    else if (argv[i] === '--node-flags') nodeFlags = argv[++i] ?? '';
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (bins.length === 0) bins.push(path.join(root, 'bin', 'popcorn'));
  if (!(runs >= 1)) throw new Error('--runs needs a positive number');
  const files: string[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'popcorn-startup-'));
  let exDir: string | null = null;
  if (file === null) {
    file = path.join(dir, 'triv.erl');
    fs.writeFileSync(file, '-module(triv).\n-export([main/0]).\nmain() -> ok.\n');
    files.push(file);
    const ex = path.join(dir, 'hello.ex');
    fs.writeFileSync(ex, 'defmodule Main do\n  def main, do: IO.puts("Hello, world!")\nend\n');
    files.push(ex);
    exDir = path.join(dir, 'ebin');
    fs.mkdirSync(exDir);
    if (spawnSync('elixirc', ['-o', exDir, ex]).status !== 0) exDir = null;
  } else {
    files.push(file);
  }
  const node = JSON.stringify(process.execPath);
  const flags = nodeFlags === '' ? '' : ` ${nodeFlags}`;
  console.log(`start-up of popcorn run: ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(2)}`);
  const cmds = [{ label: 'node -e 0', cmd: `${node} -e 0` }];
  if (exDir !== null) {
    cmds.push({ label: 'elixir hello (host BEAM)', cmd: `elixir -pa ${JSON.stringify(exDir)} -e 'Main.main()'` });
  }
  for (const f of files) {
    for (const bin of bins) {
      const who = bins.length === 1 ? 'popcorn run' : path.relative(process.cwd(), bin) || bin;
      const label = `${who}${flags} ${path.basename(f)}`;
      cmds.push({ label, cmd: `${node}${flags} ${JSON.stringify(bin)} run ${JSON.stringify(f)}` });
    }
  }
  bench(cmds, runs);
}

main(process.argv.slice(2));
