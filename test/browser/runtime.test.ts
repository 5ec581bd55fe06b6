// The browser runtime end to end: build/dist's popcorn.js, iframe and
// Worker in Debian's Chromium, driving test/browser/fixtures/browser_app.ex.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { closeSite, launchChromium, makeSite, type Site } from './site.js';

declare const window: any; // eslint-disable-line @typescript-eslint/no-explicit-any
declare const popcorn: any; // eslint-disable-line @typescript-eslint/no-explicit-any

let site: Site;
let browser: Browser;
let page: Page;
let readyMs = 0;

async function call(args: unknown, opts: Record<string, unknown> = {}): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return page.evaluate(async ([a, o]) => {
    const r = await popcorn.call(a, o);
    return r.ok ? r : { ok: false, error: r.error?.code ?? r.error, durationMs: r.durationMs };
  }, [args, opts] as const);
}

describe('browser runtime', { timeout: 90_000 }, () => {
  before(async () => {
    site = await makeSite();
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
    await page.goto(site.url + 'index.html');
    readyMs = await page.evaluate(() => window.start());
    console.log(`# init -> ready: ${readyMs.toFixed(0)} ms, bundle ${site.bundleBytes} bytes`);
  });
  after(async () => {
    await browser?.close();
    if (site) closeSite(site);
  });

  it('init resolves and routes stdout and stderr', async () => {
    const logs = await page.evaluate(() => window.logs);
    assert.deepEqual(logs.stdout.join(''), 'hello from elixir\n');
    assert.deepEqual(logs.stderr.join(''), 'a line on stderr\n');
  });

  it('call round trips maps, lists, strings, numbers and nil', async () => {
    const data = { m: { k: 'v', n: [1, 2.5, -3] }, s: 'héllo', t: true, f: false, z: null, l: [] };
    const r = await call({ echo: data });
    assert.equal(r.ok, true);
    assert.deepEqual(r.data, data);
    assert.equal(typeof r.durationMs, 'number');
    assert.deepEqual((await call(['add', 2, 40])).data, 42);
    assert.deepEqual(await call(['reject', 'nope']).then((x) => [x.ok, x.error]), [false, 'nope']);
  });

  it('measures the median call round trip of a small map', async () => {
    const ms = await page.evaluate(async () => {
      const times: number[] = [];
      for (let i = 0; i < 200; i++) {
        const t0 = performance.now();
        await popcorn.call({ echo: { i } });
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return times[100];
    });
    console.log(`# median call round trip: ${ms.toFixed(2)} ms`);
    assert.ok(ms < 50);
  });

  it('names the receiver explicitly and times calls out', async () => {
    assert.equal((await call(['add', 1, 1], { process: 'main' })).data, 2);
    const r = await call(['sleep', 1000], { timeoutMs: 100 });
    assert.deepEqual([r.ok, r.error], [false, 'timeout']);
    const missing = await call(['add', 1, 1], { process: 'nobody' });
    assert.equal(missing.ok, false);
  });

  it('delivers casts and send_event to onMessage', async () => {
    await page.evaluate(() => popcorn.cast(['event', 'greet', { x: 1 }]));
    await page.waitForFunction(() => window.events.some((e: any) => e[0] === 'greet')); // eslint-disable-line @typescript-eslint/no-explicit-any
    const ev = await page.evaluate(() => window.events.find((e: any) => e[0] === 'greet')); // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.deepEqual(ev, ['greet', { x: 1 }]);
  });

  it('runs JS with each return mode', async () => {
    assert.equal((await call(['run_js', 'value'])).data, '{:ok, 1001}');
    assert.equal((await call(['run_js', 'values'])).data, '{:ok, [1001, 1002]}');
    assert.match((await call(['run_js', 'ref'])).data, /^\{:ok, %Popcorn\.TrackedObject\{ref: #Reference<[\d.]+>\}\}$/);
    assert.match((await call(['run_js', 'refs'])).data, /^\{:ok, \[%Popcorn\.TrackedObject\{.*\}, %Popcorn\.TrackedObject\{.*\}\]\}$/);
    assert.equal((await call(['title'])).data, 'popcorn browser test');
    assert.deepEqual((await call(['tracked'])).data, { a: 1 });
  });

  it('releases tracked objects after GC and keeps the ones still referenced', async () => {
    const frame = page.frames().find((f) => f !== page.mainFrame());
    assert.ok(frame, 'the runtime iframe');
    // the iframe's tracked keys (JsRunner's map): a GC may release older values at any time,
    // so the test follows the keys it made
    const keys = async (): Promise<Set<number>> => new Set(await frame.evaluate(() => [...window.__popcornRunner.tracked.keys()]));
    const added = (a: Set<number>, b: Set<number>): number[] => [...b].filter((k) => !a.has(k));
    const k0 = await keys();
    assert.equal((await call(['keep_ref', 7])).data, 'kept');
    const k1 = await keys();
    const kept = added(k0, k1);
    assert.equal(kept.length, 1);
    assert.equal((await call(['drop_refs', 40])).data, 40);
    const dropped = added(k1, await keys());
    assert.equal(dropped.length, 40);
    // FinalizationRegistry callbacks run some time after a GC: collect and poll
    const deadline = Date.now() + 20_000;
    let left = dropped;
    while (left.length > 0 && Date.now() < deadline) {
      await page.evaluate(() => popcorn.debugGcVm());
      await new Promise((r) => setTimeout(r, 100));
      const now = await keys();
      left = dropped.filter((k) => now.has(k));
    }
    assert.equal(left.length, 0, `${left.length} of 40 dropped values still tracked after GC`);
    assert.ok((await keys()).has(kept[0]), 'the value Elixir still holds stays tracked');
    assert.deepEqual((await call(['read_kept'])).data, { kept: 7 });
  });

  it('delivers DOM events with the requested keys', async () => {
    assert.equal((await call(['listen', 'btn'])).data, 'listening');
    await page.click('#btn');
    await page.waitForFunction(() => window.events.some((e: any) => e[0] === 'dom_event')); // eslint-disable-line @typescript-eslint/no-explicit-any
    const ev = await page.evaluate(() => window.events.find((e: any) => e[0] === 'dom_event')); // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.deepEqual(ev, ['dom_event', { name: 'click', data: { type: 'click', button: 0 }, custom: 'btn' }]);
  });

  it('keeps the VM up when an Elixir process crashes', async () => {
    assert.equal((await call(['crash'])).data, 'spawned');
    assert.equal((await call(['add', 3, 4])).data, 7);
  });

  it('reloads a VM that stops answering and settles pending calls', async () => {
    await page.screenshot({ path: site.dir + '/../popcorn-browser-test.png' });
    const p2 = await browser.newPage();
    await p2.goto(site.url + 'index.html');
    await p2.evaluate(() => window.start({ heartbeatTimeoutMs: 3000 }));
    const pending = p2.evaluate(async () => {
      const r = popcorn.call(['sleep', 30_000], { timeoutMs: 30_000 });
      popcorn.debugBlockVm(10_000);
      const res = await r;
      const e = res.error as any; // eslint-disable-line @typescript-eslint/no-explicit-any
      return { ok: res.ok, isError: e instanceof Error, error: [e?.name, e?.code, e?.message] };
    });
    await p2.waitForFunction(() => window.reloads.length > 0, null, { timeout: 20_000 });
    // resolved with { ok: false }, as Popcorn's own library does, with the reason in the message
    assert.deepEqual(await pending, {
      ok: false,
      isError: true,
      error: ['PopcornError', 'reload', 'Call cancelled due to iframe reload: heartbeat_lost'],
    });
    assert.equal((await p2.evaluate(() => window.reloads))[0], 'heartbeat_lost');
    // the fresh VM answers (waitForFunction does not await a promise: poll from here)
    const deadline = Date.now() + 20_000;
    let answer: unknown;
    while (Date.now() < deadline) {
      answer = await p2.evaluate(async () => (await popcorn.call(['add', 1, 2]).catch((e: Error) => ({ data: e.message }))).data);
      if (answer === 3) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.equal(answer, 3);
    // deinit settles what is still pending, and misuse afterwards throws PopcornInternalError
    const afterDeinit = await p2.evaluate(async () => {
      const r = popcorn.call(['sleep', 30_000], { timeoutMs: 30_000 });
      popcorn.deinit();
      const res = await r;
      const thrown = await popcorn.call(['add', 1, 2]).then(() => null, (e: any) => [e.name, e.code]); // eslint-disable-line @typescript-eslint/no-explicit-any
      return [res.ok, res.error.code, thrown];
    });
    assert.deepEqual(afterDeinit, [false, 'deinitialized', ['PopcornInternalError', 'bad_status']]);
    await p2.close();
  });
});
