// Test support: a site (build/dist + the fixture app's bundle + a test
// page) served on localhost, and Debian's Chromium driven by playwright-core.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { startServer } from '../../src/cli/serve.js';
import { buildPack } from '../../src/pack/pack.js';
import { defaultCodePath } from '../../src/host/node.js';
import { packageRoot } from '../../src/cli/main.js';

export interface Site {
  url: string;
  dir: string;
  server: Server;
  bundleBytes: number;
}

const root = packageRoot();
const fixtures = path.join(root, 'test', 'browser', 'fixtures');

/** Compiles the fixture app, packs it and writes the site into a temp dir. */
export async function makeSite(): Promise<Site> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'popcorn-browser-'));
  const ebin = path.join(dir, 'ebin');
  fs.mkdirSync(ebin);
  const libEbin = path.join(root, 'build', 'lib', 'ebin');
  execFileSync('elixirc', ['-pa', libEbin, '-o', ebin, path.join(fixtures, 'browser_app.ex')], { stdio: 'inherit' });
  const pack = buildPack({
    ebinDirs: [ebin],
    searchPath: defaultCodePath(),
    libEbin,
    start: 'Elixir.BrowserApp',
    keep: ['popcorn_wasm_boot', 'Elixir.Popcorn.Wasm', 'Elixir.Popcorn.TrackedObject'],
  });
  const site = path.join(dir, 'site');
  fs.mkdirSync(site);
  const dist = path.join(root, 'build', 'dist');
  for (const f of fs.readdirSync(dist)) fs.copyFileSync(path.join(dist, f), path.join(site, f));
  fs.writeFileSync(path.join(site, 'bundle.avm'), pack.bytes);
  fs.copyFileSync(path.join(fixtures, 'index.html'), path.join(site, 'index.html'));
  const server = await startServer(site, 0);
  const addr = server.address();
  const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
  return { url: `http://127.0.0.1:${port}/`, dir, server, bundleBytes: pack.bytes.length };
}

export function closeSite(site: Site): void {
  site.server.close();
  fs.rmSync(site.dir, { recursive: true, force: true });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--js-flags=--expose-gc'],
  });
}
