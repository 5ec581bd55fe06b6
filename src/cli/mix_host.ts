// The host half of `popcorn run DIR` / `popcorn test DIR`: the host's mix
// compiles the project and loads its config (`mix run --no-start`), then
// lib/popcorn_mix_host.exs, run inside that, writes what the VM needs as one
// external-term-format file: the config, the project's code path, and for
// tests the ExUnit configuration and the test modules it compiled.
// mix's own output (compiler messages, errors) goes to our stdout/stderr as
// `mix run` would print it.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { binaryToTerm } from '../term/etf.js';
import { ErlMap } from '../term/map.js';
import { Atom, atom, Bitstring, type Term } from '../term/types.js';
import { listToArray, listToString } from '../term/list.js';
import { utf8Decode } from '../term/bits.js';
import { packageRoot } from './main.js';

export class MixHostError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

export interface MixProject {
  /** the project directory, absolute */
  dir: string;
  /** what popcorn_mix:run/1 or test/1 takes (more keys are added by mix.ts) */
  info: ErlMap;
  /** the applications mix starts (the project's own) */
  apps: string[];
  /** the build's ebin directories (consolidated protocols first) */
  codePath: string[];
}

/**
 * Compile the project at `dir` on the host and evaluate what the VM needs.
 * MIX_ENV is `dev` for run and `test` for test unless set, as mix chooses.
 */
export function prepareMixProject(dir: string, mode: 'run' | 'test', args: string[]): MixProject {
  const projectDir = path.resolve(dir);
  if (!fs.existsSync(path.join(projectDir, 'mix.exs'))) {
    throw new MixHostError(`${dir}: no mix.exs (not a Mix project)`, 1);
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'popcorn-mix-'));
  process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));
  const out = path.join(work, 'info.etf');
  const script = path.join(packageRoot(), 'lib', 'popcorn_mix_host.exs');
  const hostArgs = mode === 'test' ? [path.join(work, 'ebin'), ...args] : args;
  if (mode === 'test') fs.mkdirSync(path.join(work, 'ebin'));
  const env = { ...process.env };
  if (mode === 'test' && env.MIX_ENV === undefined) env.MIX_ENV = 'test';
  const r = spawnSync('mix', ['run', '--no-start', script, out, mode, ...hostArgs], {
    cwd: projectDir,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.error) throw new MixHostError(`cannot run mix: ${r.error.message}`, 1);
  if (r.status !== 0) throw new MixHostError('', r.status ?? 1);
  const info = binaryToTerm(new Uint8Array(fs.readFileSync(out)));
  if (!(info instanceof ErlMap)) throw new MixHostError(`${out}: not a map`, 1);
  const codePath = stringsOf(info.get(atom('code_path')));
  if (mode === 'test') codePath.unshift(path.join(work, 'ebin'));
  const apps = (listToArray(info.get(atom('apps')) ?? atom('none')) ?? []).map((a) => (a as Atom).name);
  return { dir: projectDir, info, apps, codePath };
}

/** A list of binaries or charlists as JS strings. */
function stringsOf(t: Term | undefined): string[] {
  const items = t === undefined ? null : listToArray(t);
  if (items === null) throw new MixHostError('popcorn_mix_host.exs: expected a list of paths', 1);
  return items.map((s) => {
    const str = s instanceof Bitstring ? utf8Decode(s) : listToString(s);
    if (str === null) throw new MixHostError('popcorn_mix_host.exs: expected a path', 1);
    return str;
  });
}
