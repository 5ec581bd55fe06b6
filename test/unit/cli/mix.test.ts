// `popcorn run DIR` against the host's `mix run`, `popcorn test DIR` against
// `mix test`, on test/fixtures/sample_app: the same output (timings masked)
// and the same exit status. The host's mix builds into a temporary
// MIX_BUILD_PATH (one per env, kept between runs), never into the fixture.
// The pairs run concurrently: each side is a few seconds of start-up; the
// host's answers are cached (keyed by the fixture's contents).

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMixProjectArg, parseMixRunArgs } from '../../../src/cli/mix.js';
import { UsageError } from '../../../src/cli/main.js';

const POPCORN = fileURLToPath(new URL('../../../../bin/popcorn', import.meta.url));
const APP = fileURLToPath(new URL('../../../../test/fixtures/sample_app', import.meta.url));
const BUILD = join(tmpdir(), 'popcorn-sample-app-build');
const haveMix = spawnSync('mix', ['--version'], { stdio: 'ignore' }).status === 0;

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], env: Record<string, string>): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: APP, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const devEnv = { MIX_ENV: 'dev', MIX_BUILD_PATH: join(BUILD, 'dev') };
const testEnv = { MIX_ENV: 'test', MIX_BUILD_PATH: join(BUILD, 'test') };

/** The fixture's sources, hashed: the host's answers are cached under it. */
function fixtureHash(): string {
  const h = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name === '_build' || name === 'deps') continue;
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(p).update(readFileSync(p));
    }
  };
  walk(APP);
  return h.digest('hex').slice(0, 16);
}

/** `mix TASK ARGS` on the host, from the cache when the fixture is unchanged. */
async function hostMix(task: string, args: string[], env: Record<string, string>): Promise<Result> {
  const key = createHash('sha256').update(JSON.stringify([fixtureHash(), task, args, env])).digest('hex');
  const file = join(BUILD, 'answers', key.slice(0, 24) + '.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Result;
  const r = await run('mix', [task, ...args], env);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(r));
  return r;
}

/** Host and popcorn side by side, same arguments and environment. */
async function both(task: 'run' | 'test', args: string[], env: Record<string, string>): Promise<[Result, Result]> {
  return Promise.all([hostMix(task, args, env), run(POPCORN, [task, '.', ...args], env)]);
}

/** What differs between runs by nature: clock times and durations. */
function mask(out: string): string {
  return out
    .replace(/^\d\d:\d\d:\d\d\.\d\d\d /gm, 'HH:MM:SS.mmm ')
    .replace(/^Finished in .*$/gm, 'Finished in X seconds')
    .replace(/\(\d+(\.\d+)?ms\)/g, '(Xms)');
}

/** Output without Logger lines (their printing races a System.halt). */
function withoutLogger(out: string): string {
  return out.replace(/^\n?\d\d:\d\d:\d\d\.\d\d\d \[\w+\] .*\n/gm, '');
}

test('run DIR arguments: --no-halt, app.start\'s type, -- ARGS', () => {
  assert.deepEqual(parseMixRunArgs(['app', '--no-halt', '--permanent', '--', 'a', '--b']), {
    dir: 'app',
    halt: false,
    mixArgs: ['--permanent'],
    argv: ['a', '--b'],
  });
  assert.throws(() => parseMixRunArgs(['app', '-e', 'IO.puts 1']), UsageError);
  assert.equal(isMixProjectArg([APP]), true);
  assert.equal(isMixProjectArg([join(APP, 'lib')]), false);
  assert.equal(isMixProjectArg(['--path', APP]), false);
});

describe('Mix projects', { skip: !haveMix && 'no mix on PATH' }, () => {
  before(async () => {
    // compile first, so neither side prints "Compiling N files"
    const builds = await Promise.all([run('mix', ['compile'], devEnv), run('mix', ['compile'], testEnv)]);
    for (const b of builds) assert.equal(b.status, 0, b.stderr + b.stdout);
  });

  test('popcorn run DIR prints what mix run prints', async () => {
    const [mix, ours] = await both('run', [], devEnv);
    assert.equal(mix.status, 0, mix.stderr);
    assert.match(mix.stdout, /\[info\] sample_app started with 3 children/);
    assert.equal(mask(ours.stdout), mask(mix.stdout), ours.stderr);
    assert.equal(ours.stderr, mix.stderr);
    assert.equal(ours.status, 0);
  });

  test('System.halt/1 in the start callback: same status and output', async () => {
    const [mix, ours] = await both('run', [], { ...devEnv, SAMPLE_APP_HALT: '3' });
    assert.equal(mix.status, 3);
    assert.equal(ours.status, 3, ours.stderr);
    assert.equal(withoutLogger(ours.stdout), withoutLogger(mix.stdout));
  });

  test('--no-halt keeps the node up until System.stop/1', async () => {
    const [mix, ours] = await both('run', ['--no-halt'], { ...devEnv, SAMPLE_APP_STOP: '5' });
    assert.equal(mix.status, 5);
    assert.equal(ours.status, 5, ours.stderr);
    assert.match(mix.stdout, /sample_app stopped\n$/);
    assert.equal(mask(ours.stdout), mask(mix.stdout));
  });

  test('a start callback returning an error: mix\'s one-line error, status 1', async () => {
    const [mix, ours] = await both('run', [], { ...devEnv, SAMPLE_APP_REFUSE: '1' });
    assert.equal(mix.status, 1);
    assert.match(mix.stderr, /^\*\* \(Mix\) Could not start application sample_app: /);
    assert.equal(ours.stderr, mix.stderr);
    assert.equal(mask(ours.stdout), mask(mix.stdout));
    assert.equal(ours.status, 1);
  });

  test('-- ARGS reach System.argv/0', async () => {
    const ours = await run(POPCORN, ['run', '.', '--', 'one', 'two'], devEnv);
    assert.equal(ours.status, 0, ours.stderr);
    assert.match(ours.stdout, /^argv: \["one", "two"\]$/m);
  });

  test('popcorn test DIR prints what mix test prints, exit 0', async () => {
    const [mix, ours] = await both('test', ['--seed', '0'], testEnv);
    assert.equal(mix.status, 0, mix.stderr);
    assert.match(mix.stdout, /1 doctest, 9 tests, 0 failures, 1 excluded/);
    assert.equal(mask(ours.stdout), mask(mix.stdout), ours.stderr);
    assert.equal(ours.stderr, mix.stderr);
    assert.equal(ours.status, 0);
  });

  test('a failing test: the same report and mix test\'s exit status (2)', async () => {
    const [mix, ours] = await both('test', ['--seed', '0'], { ...testEnv, SAMPLE_APP_FAIL: '1' });
    assert.equal(mix.status, 2);
    assert.match(mix.stdout, /1\) test fails when SAMPLE_APP_FAIL is set \(SampleAppTest\)/);
    assert.equal(mask(ours.stdout), mask(mix.stdout), ours.stderr);
    assert.equal(ours.status, 2);
  });

  test('--trace, one file: the same per-test lines', async () => {
    const [mix, ours] = await both('test', ['--seed', '0', '--trace', 'test/math_test.exs'], testEnv);
    assert.equal(mix.status, 0, mix.stderr);
    assert.equal(mask(ours.stdout), mask(mix.stdout), ours.stderr);
    assert.equal(ours.status, 0);
  });
});
