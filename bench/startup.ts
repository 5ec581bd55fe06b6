// Start-up benchmark: how long `popcorn run` takes on a module whose main()
// does nothing, i.e. the cost of booting kernel+stdlib and loading their
// modules. Reports the median wall and CPU (user+sys) time of N runs, next
// to a bare `node -e 0` for reference.
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
  if (file === null) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'popcorn-startup-'));
    file = path.join(dir, 'triv.erl');
    fs.writeFileSync(file, '-module(triv).\n-export([main/0]).\nmain() -> ok.\n');
  }
  const node = JSON.stringify(process.execPath);
  const flags = nodeFlags === '' ? '' : ` ${nodeFlags}`;
  console.log(`start-up of popcorn run ${path.basename(file)}: ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(2)}`);
  const cmds = [{ label: 'node -e 0', cmd: `${node} -e 0` }];
  for (const bin of bins) {
    const label = bins.length === 1 ? `popcorn run${flags}` : `${path.relative(process.cwd(), bin) || bin}${flags}`;
    cmds.push({ label, cmd: `${node}${flags} ${JSON.stringify(bin)} run ${JSON.stringify(file)}` });
  }
  bench(cmds, runs);
}

main(process.argv.slice(2));
