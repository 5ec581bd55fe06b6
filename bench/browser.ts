// Browser runtime benchmark: builds examples/hello and examples/counter with
// `popcorn build`, serves them with the serve command's server and drives
// Debian's Chromium headless through playwright-core. Prints the four
// numbers the browser issue asks for:
//   - Popcorn.init -> ready for hello (median of N fresh pages; target < 300 ms)
//   - median call round trip for a small map (200 calls; target < 1 ms)
//   - hello's bundle.avm size, raw and gzipped (target < 1 MB gzipped)
//   - longest main-thread task while the counter spins Elixir for 2 s (target < 50 ms)
// plus, with the worker's debug trace, where the boot time goes.
//
//   node build/bench/browser.js [--inits N] [--calls N]

import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from '../src/cli/serve.js';
import { packageRoot } from '../src/cli/main.js';

declare const window: any; // eslint-disable-line @typescript-eslint/no-explicit-any
declare const document: any; // eslint-disable-line @typescript-eslint/no-explicit-any
declare const PerformanceObserver: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const root = packageRoot();

function flag(name: string, dflt: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

// A page that times Popcorn.init itself (the built index.html does not).
const BENCH_HTML = `<!doctype html>
<html><body><pre id="output"></pre>
<script type="module">
import { Popcorn } from './popcorn.js';
const out = document.getElementById('output');
const write = (t) => { out.textContent += t; };
const debug = location.hash === '#debug';
const t0 = window.initT0 = performance.now();
window.popcorn = await Popcorn.init({ bundlePaths: ['./bundle.avm'], onStdout: write, onStderr: write, debug });
window.initMs = performance.now() - t0;
</script></body></html>
`;

interface Timed {
  page: Page;
  initMs: number;
  /** when the VM's Worker started (its performance.timeOrigin), ms since Popcorn.init */
  workerStartMs: number;
}

async function openTimed(browser: Browser, url: string, log?: string[]): Promise<Timed> {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  if (log) page.on('console', (m) => log.push(m.text()));
  let workerOrigin: Promise<number> = Promise.resolve(NaN);
  page.on('worker', (w) => {
    workerOrigin = w.evaluate(() => performance.timeOrigin as number).catch(() => NaN);
  });
  await page.goto(url);
  await page.waitForFunction(() => window.initMs !== undefined, null, { timeout: 30_000 });
  const [initMs, t0] = await page.evaluate(() => [window.initMs as number, performance.timeOrigin + (window.initT0 as number)]);
  return { page, initMs, workerStartMs: (await workerOrigin) - t0 };
}

async function main(): Promise<void> {
  const inits = flag('--inits', 5);
  const calls = flag('--calls', 200);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'popcorn-bench-browser-'));
  const run = promisify(execFile);
  const t0 = Date.now();
  const [browser] = await Promise.all([
    chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] }),
    ...['hello', 'counter'].map((name) =>
      run(path.join(root, 'bin', 'popcorn'), ['build', path.join(root, 'examples', name), '-o', path.join(dir, name)], { cwd: root }),
    ),
  ]);
  console.log(`built hello and counter in ${Date.now() - t0} ms`);
  for (const name of ['hello', 'counter']) fs.writeFileSync(path.join(dir, name, 'bench.html'), BENCH_HTML);
  const server = await startServer(dir, 0);
  const addr = server.address();
  const base = `http://127.0.0.1:${typeof addr === 'object' && addr !== null ? addr.port : 0}/`;
  try {
    // 1. init -> ready: one warm-up (fills the HTTP cache, compiles the JS), then N fresh pages.
    const first = await openTimed(browser as Browser, `${base}hello/bench.html`);
    await first.page.close();
    const initTimes: number[] = [];
    for (let i = 0; i < inits; i++) {
      const { page, initMs } = await openTimed(browser as Browser, `${base}hello/bench.html`);
      initTimes.push(initMs);
      await page.close();
    }
    console.log(`init -> ready (hello): first ${first.initMs.toFixed(0)} ms; then ${initTimes.map((t) => t.toFixed(0)).join(', ')} ms; median ${median(initTimes).toFixed(0)} ms`);

    // The split of init -> ready: before the Worker has its boot message (page, iframe,
    // worker.js, bundle fetch) and the VM's boot, from the worker's debug trace.
    // The Worker's trace is in ms since its script finished evaluating.
    const before: number[] = [];
    const vmBoot: number[] = [];
    const workerStart: number[] = [];
    const restore: number[] = [];
    const appStart: number[] = [];
    for (let i = 0; i < inits; i++) {
      const lines: string[] = [];
      const { page, initMs, workerStartMs } = await openTimed(browser as Browser, `${base}hello/bench.html#debug`, lines);
      const at = (what: string): number => Number(lines.find((l) => l.includes(what))?.match(/at ([\d.]+) ms/)?.[1] ?? NaN);
      const boot = at('app ready') - at('boot message received');
      vmBoot.push(boot);
      before.push(initMs - boot);
      workerStart.push(workerStartMs);
      restore.push(at('boot image restored') - at('boot message received'));
      appStart.push(at('app ready') - at('boot image restored'));
      await page.close();
    }
    console.log(
      `init -> ready split: until the worker has the bundles median ${median(before).toFixed(0)} ms (${before.map((t) => t.toFixed(0)).join(', ')}), ` +
        `of which the Worker's start ${median(workerStart).toFixed(0)} ms (then its script's fetch, compile and run); ` +
        `VM boot median ${median(vmBoot).toFixed(0)} ms (image restore ${median(restore).toFixed(0)}, app start ${median(appStart).toFixed(0)})`,
    );

    // Where the boot goes: the worker's debug trace.
    const trace: string[] = [];
    const dbg = await openTimed(browser as Browser, `${base}hello/bench.html#debug`, trace);
    console.log(`debug boot (init ${dbg.initMs.toFixed(0)} ms):\n  ${trace.filter((l) => /popcorn/.test(l)).join('\n  ')}`);
    // Both sides of the timeline, in ms since Popcorn.init was called.
    const marks = await dbg.page.evaluate(() => {
      const w = document.querySelector('iframe').contentWindow;
      const t0 = window.initT0 as number;
      const shift = w.performance.timeOrigin - performance.timeOrigin - t0;
      // the iframe runs in its initial about:blank document: no navigation of its own
      const rows: string[] = [`iframe document at ${shift.toFixed(0)} ms`];
      for (const e of window.performance.getEntriesByType('resource'))
        if (e.startTime >= t0) rows.push(`page ${e.name.replace(/^.*\//, '')}: ${(e.startTime - t0).toFixed(0)} -> ${(e.responseEnd - t0).toFixed(0)} ms`);
      for (const e of w.performance.getEntriesByType('resource'))
        rows.push(`${e.name.replace(/^.*\//, '')}: ${(shift + e.startTime).toFixed(0)} -> ${(shift + e.responseEnd).toFixed(0)} ms`);
      return rows;
    });
    console.log(`timeline (ms since Popcorn.init):\n  Worker started ${dbg.workerStartMs.toFixed(0)} ms\n  ${marks.join('\n  ')}`);

    // 2. call round trips with a small map.
    const page = dbg.page;
    const rt = await page.evaluate(async (n: number) => {
      const out: number[] = [];
      const reported: number[] = [];
      for (let i = 0; i < 20; i++) await window.popcorn.call({ name: 'warm' });
      for (let i = 0; i < n; i++) {
        const t = performance.now();
        const r = await window.popcorn.call({ name: 'bench' });
        out.push(performance.now() - t);
        reported.push(r.durationMs);
        if (!r.ok) throw new Error(String(r.error));
      }
      return { out, reported };
    }, calls);
    console.log(
      `call round trip (small map, ${calls} calls): median ${median(rt.out).toFixed(3)} ms, p90 ${pct(rt.out, 90).toFixed(3)} ms, ` +
        `min ${Math.min(...rt.out).toFixed(3)} ms, max ${Math.max(...rt.out).toFixed(3)} ms; durationMs median ${median(rt.reported).toFixed(3)}`,
    );
    await page.close();

    // 3. bundle size.
    const sizes: Record<string, [number, number]> = {};
    for (const f of fs.readdirSync(path.join(dir, 'hello'))) {
      const bytes = fs.readFileSync(path.join(dir, 'hello', f));
      sizes[f] = [bytes.length, gzipSync(bytes, { level: 9 }).length];
    }
    const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;
    for (const [f, [raw, gz]] of Object.entries(sizes)) console.log(`size ${f}: ${kb(raw)} raw, ${kb(gz)} gzipped`);

    // 4. longest main-thread task while the counter spins Elixir for 2 s.
    const { page: cp } = await openTimed(browser as Browser, `${base}counter/bench.html`);
    const spin = await cp.evaluate(async () => {
      const longtasks: number[] = [];
      new PerformanceObserver((list: any) => { // eslint-disable-line @typescript-eslint/no-explicit-any
        for (const e of list.getEntries()) longtasks.push(e.duration);
      }).observe({ type: 'longtask' });
      const ticks: number[] = [];
      const iv = setInterval(() => ticks.push(performance.now()), 10);
      const t = performance.now();
      const r = await window.popcorn.call({ spin_ms: 2000 }, { timeoutMs: 30_000 });
      const wall = performance.now() - t;
      await new Promise((res) => setTimeout(res, 200)); // let the observer deliver
      clearInterval(iv);
      let gap = 0;
      for (let i = 1; i < ticks.length; i++) gap = Math.max(gap, ticks[i] - ticks[i - 1]);
      return { r, wall, longtasks, gap, ticks: ticks.length };
    });
    const longest = Math.max(0, ...spin.longtasks);
    console.log(
      `spin: ${spin.r.data?.iterations} iterations in ${spin.r.data?.ms} ms (call ${spin.wall.toFixed(0)} ms); ` +
        `long tasks: ${spin.longtasks.length === 0 ? 'none (all < 50 ms)' : spin.longtasks.map((d: number) => d.toFixed(0)).join(', ') + ' ms'}; ` +
        `longest main-thread task ${spin.longtasks.length === 0 ? '< 50' : longest.toFixed(0)} ms; page 10 ms timer: ${spin.ticks} ticks, longest gap ${spin.gap.toFixed(1)} ms`,
    );
    await cp.close();
  } finally {
    await (browser as Browser).close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
