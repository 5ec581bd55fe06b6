// Compiles .ex sources with the host's elixirc into a cache directory keyed
// by the sources' contents (as compile.ts does for erlc), and names the apps
// a program run the way `elixir` runs it needs loaded.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CompileError } from './compile.js';

/** Loaded at boot, started by popcorn_elixir as elixir's start_cli does. */
export const ELIXIR_APPS = ['compiler', 'elixir', 'logger'];

/** Compile `files`; returns the directory holding their .beam files. */
export function compileElixir(files: string[]): string {
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(path.resolve(f));
    hash.update(fs.readFileSync(f));
  }
  const outDir = path.join(os.tmpdir(), 'popcorn-elixirc', hash.digest('hex').slice(0, 24));
  const stamp = path.join(outDir, '.done');
  if (fs.existsSync(stamp)) return outDir;
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const r = spawnSync('elixirc', ['-o', outDir, ...files], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.error) throw new CompileError(`cannot run elixirc: ${r.error.message}`);
  if (r.status !== 0) throw new CompileError(`elixirc failed (exit ${r.status})`);
  fs.writeFileSync(stamp, '');
  return outDir;
}

/** The module to run when no --entry is given: Elixir.Main when compiled, else the only module. */
export function defaultElixirModule(dir: string): string | null {
  const mods = fs.readdirSync(dir).filter((f) => f.endsWith('.beam')).map((f) => f.slice(0, -5));
  if (mods.includes('Elixir.Main')) return 'Elixir.Main';
  return mods.length === 1 ? mods[0] : null;
}
