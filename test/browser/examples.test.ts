// The examples end to end: each is built with `popcorn build` (as npm start
// does), served on localhost and driven in Debian's Chromium. Screenshots go
// to build/screenshots/. The last test checks that a CPU-bound Elixir loop
// leaves the page's own timers and clicks responsive (no long task).

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { startServer } from '../../src/cli/serve.js';
import { packageRoot } from '../../src/cli/main.js';
import { launchChromium } from './site.js';

declare const window: any; // eslint-disable-line @typescript-eslint/no-explicit-any
declare const document: any; // eslint-disable-line @typescript-eslint/no-explicit-any
declare const popcorn: any; // eslint-disable-line @typescript-eslint/no-explicit-any
declare const performance: { now(): number };
declare const PerformanceObserver: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const root = packageRoot();
const shots = path.join(root, 'build', 'screenshots');
const EXAMPLES = ['hello', 'counter', 'game-of-life'];

let dir: string;
let server: Server;
let url: string;
let browser: Browser;
const pages = new Map<string, Page>();

/** Opens an example and waits for Popcorn.init to resolve (the app called ready/1). */
async function open(name: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error(`${name} pageerror:`, e.message));
  const t0 = Date.now();
  await page.goto(`${url}${name}/`);
  await page.waitForFunction(() => window.popcorn !== undefined, null, { timeout: 30_000 });
  console.log(`# ${name}: page load -> ready ${Date.now() - t0} ms`);
  pages.set(name, page);
  return page;
}

/** Text the default index page prints from stdout/stderr. */
function output(page: Page): Promise<string> {
  return page.evaluate(() => document.getElementById('output').textContent);
}

async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, `${name}.png`) });
}

describe('examples', { timeout: 120_000 }, () => {
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'popcorn-examples-'));
    const t0 = Date.now();
    const run = promisify(execFile);
    const [b] = await Promise.all([
      launchChromium(),
      ...EXAMPLES.map((name) =>
        run(path.join(root, 'bin', 'popcorn'), ['build', path.join(root, 'examples', name), '-o', path.join(dir, name)], {
          cwd: root,
        }),
      ),
    ]);
    browser = b as Browser;
    console.log(`# built ${EXAMPLES.length} examples in ${Date.now() - t0} ms`);
    server = await startServer(dir, 0);
    const addr = server.address();
    url = `http://127.0.0.1:${typeof addr === 'object' && addr !== null ? addr.port : 0}/`;
  });
  after(async () => {
    await browser?.close();
    server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('hello prints its greeting and answers a call', async () => {
    const page = await open('hello');
    await page.waitForFunction(() => document.getElementById('output').textContent.length > 0);
    assert.equal(await output(page), 'Hello from Elixir 1.14.0 running in your browser!\n');
    const r = await page.evaluate(() => popcorn.call({ name: 'test' }));
    assert.equal(r.data, 'Hello, test! (call 1)');
    await screenshot(page, 'hello');
  });

  it('counter: + and − clicks go to Elixir, which redraws the count', async () => {
    const page = await open('counter');
    assert.equal(await page.textContent('#count'), '0');
    for (const id of ['#inc', '#inc', '#inc', '#dec']) await page.click(id);
    await page.waitForFunction(() => document.getElementById('count').textContent === '2');
    assert.equal((await page.evaluate(() => popcorn.call('count'))).data, 2);
    // the rejection text comes from inspect/1: the protocols it dispatches through are in the bundle
    const bad = await page.evaluate(() => popcorn.call({ foo: [1, 'a', { b: null }] }, { timeoutMs: 10_000 }).then((r: any) => [r.ok, String(r.error)])); // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.deepEqual(bad, [false, 'unknown call: %{"foo" => [1, "a", %{"b" => nil}]}']);
    await page.click('#reset');
    await page.click('#inc');
    await page.waitForFunction(() => document.getElementById('count').textContent === '1');
    assert.equal(await page.title(), 'Counter · Popcorn-TS');
    assert.doesNotMatch(await output(page), /ERROR|error/);
    await screenshot(page, 'counter');
  });

  it('game of life: start advances generations, stop halts them', async () => {
    const page = await open('game-of-life');
    const gen = (): Promise<number> => page.evaluate(() => Number(document.getElementById('generation').textContent));
    assert.equal(await gen(), 0);
    const start = await page.evaluate(() => popcorn.call('status'));
    assert.deepEqual([start.data.generation, start.data.running], [0, false]);
    assert.ok(start.data.population > 0);
    await page.click('#toggle');
    await page.waitForFunction(() => Number(document.getElementById('generation').textContent) >= 8, null, { timeout: 20_000 });
    assert.equal(await page.textContent('#toggle'), 'stop');
    await screenshot(page, 'game-of-life');
    await page.click('#toggle');
    await page.waitForFunction(() => document.getElementById('toggle').textContent === 'start');
    const stopped = (await page.evaluate(() => popcorn.call('status'))).data;
    await page.waitForTimeout(300);
    const later = (await page.evaluate(() => popcorn.call('status'))).data;
    assert.equal(later.running, false);
    assert.equal(later.generation, stopped.generation);
    assert.equal(await gen(), later.generation);
    await page.click('#step');
    await page.waitForFunction((g: number) => Number(document.getElementById('generation').textContent) === g + 1, later.generation);
    await page.click('#clear');
    await page.waitForFunction(() => document.getElementById('population').textContent === '0');
    assert.deepEqual((await page.evaluate(() => popcorn.call('status'))).data, { generation: 0, running: false, population: 0 });
    assert.doesNotMatch(await output(page), /ERROR|error/);
  });

  it("counter's spin button runs a loop in another Elixir process", async () => {
    const page = pages.get('counter') ?? (await open('counter'));
    await page.click('#spin');
    await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Elixir is spinning'));
    const n = Number(await page.textContent('#count'));
    await page.click('#inc');
    await page.waitForFunction((x: number) => Number(document.getElementById('count').textContent) === x + 1, n);
    await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Elixir spun'), null, { timeout: 20_000 });
    assert.match(await page.textContent('#status') ?? '', /^Elixir spun \d+ loop iterations in \d+ ms$/);
    await screenshot(page, 'counter-spin');
  });

  it('the gallery page links the three examples', async () => {
    fs.copyFileSync(path.join(root, 'examples', 'index.html'), path.join(dir, 'index.html'));
    const page = await browser.newPage();
    await page.goto(url);
    const links = await page.evaluate(() => [...document.querySelectorAll('a.card')].map((a: any) => a.getAttribute('href'))); // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.deepEqual(links, EXAMPLES.map((n) => `./${n}/`));
    await screenshot(page, 'gallery');
    await page.click('#counter');
    await page.waitForFunction(() => window.popcorn !== undefined && document.getElementById('count') !== null, null, { timeout: 30_000 });
    await page.close();
  });

  it('a CPU-bound Elixir loop leaves the page responsive', async () => {
    const page = pages.get('counter') ?? (await open('counter'));
    // The page's own timer, click handler and long-task observer.
    await page.evaluate(() => {
      const probe = { ticks: [] as number[], longtasks: [] as number[], clicks: [] as number[] };
      window.probe = probe;
      new PerformanceObserver((list: any) => { // eslint-disable-line @typescript-eslint/no-explicit-any
        for (const e of list.getEntries()) probe.longtasks.push(e.duration);
      }).observe({ type: 'longtask' });
      setInterval(() => probe.ticks.push(performance.now()), 10);
      const b = document.createElement('button');
      b.id = 'probe';
      b.textContent = 'probe';
      b.onclick = (e: { timeStamp: number }) => probe.clicks.push(performance.now() - e.timeStamp);
      document.body.append(b);
    });
    // The observer sees long tasks, the iframe's (where run_js runs) too:
    // block the iframe's thread for 120 ms from one of its timers.
    await page.evaluate(() => {
      const frame = document.querySelector('iframe').contentWindow;
      frame.setTimeout(() => {
        const until = performance.now() + 120;
        while (performance.now() < until) {
          // a deliberate long task
        }
      }, 0);
    });
    await page.waitForFunction(() => window.probe.longtasks.length > 0, null, { timeout: 5_000 });
    const before = await page.evaluate(() => {
      window.probe.longtasks.length = 0;
      window.probe.ticks.length = 0;
      window.spin = { t0: performance.now(), t1: 0, r: null };
      popcorn.call({ spin_ms: 2000 }, { timeoutMs: 30_000 }).then((r: unknown) => {
        window.spin.t1 = performance.now();
        window.spin.r = r;
      });
      return Number(document.getElementById('count').textContent);
    });
    await page.waitForTimeout(500);
    // While Elixir spins: the page's click handler runs, and so does the counter's GenServer.
    await page.click('#probe');
    await page.click('#inc');
    await page.waitForFunction((n: number) => Number(document.getElementById('count').textContent) === n + 1, before, { timeout: 5_000 });
    const spinningStill = await page.evaluate(() => window.spin.t1 === 0);
    await page.waitForFunction(() => window.spin.t1 > 0, null, { timeout: 30_000 });
    const m = await page.evaluate(() => {
      const { t0, t1, r } = window.spin;
      const ticks = window.probe.ticks.filter((t: number) => t >= t0 && t <= t1);
      let gap = 0;
      for (let i = 1; i < ticks.length; i++) gap = Math.max(gap, ticks[i] - ticks[i - 1]);
      return { r, wall: t1 - t0, ticks: ticks.length, gap, clicks: window.probe.clicks, longtasks: window.probe.longtasks };
    });
    const longest = Math.max(0, ...m.longtasks);
    console.log(
      `# spin: ${m.r.data.iterations} iterations in ${m.r.data.ms} ms (call ${m.wall.toFixed(0)} ms); ` +
        `page timer fired ${m.ticks}x, longest gap ${m.gap.toFixed(1)} ms; click handler delay ` +
        `${m.clicks.map((c: number) => c.toFixed(1)).join(', ')} ms; longest main-thread task ` +
        `${m.longtasks.length === 0 ? 'under 50 ms (none reported)' : longest.toFixed(0) + ' ms'}`,
    );
    assert.equal(m.r.ok, true);
    assert.ok(m.r.data.ms >= 2000 && m.r.data.iterations > 0);
    assert.ok(spinningStill, 'the + click was handled while the loop still ran');
    assert.equal(m.clicks.length, 1);
    assert.ok(m.clicks[0] < 50, `click handler delayed ${m.clicks[0]} ms`);
    assert.ok(m.ticks >= 50, `the page's 10 ms timer fired only ${m.ticks} times in ${m.wall} ms`);
    assert.ok(m.gap < 250, `the page's timer stalled for ${m.gap} ms`);
    assert.ok(longest < 50, `a main-thread task took ${longest} ms`);
  });
});
