// Compiles .erl sources with the host's erlc into a cache directory keyed by
// the sources' contents, so repeated runs of the same file skip erlc.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export class CompileError extends Error {}

/** Compile `files`; returns the directory holding their .beam files. */
export function compileErlang(files: string[]): string {
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(path.resolve(f));
    hash.update(fs.readFileSync(f));
  }
  const outDir = path.join(os.tmpdir(), 'popcorn-erlc', hash.digest('hex').slice(0, 24));
  const stamp = path.join(outDir, '.done');
  if (fs.existsSync(stamp)) return outDir;
  fs.mkdirSync(outDir, { recursive: true });
  const r = spawnSync('erlc', ['-o', outDir, ...files], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.error) throw new CompileError(`cannot run erlc: ${r.error.message}`);
  if (r.status !== 0) throw new CompileError(`erlc failed (exit ${r.status})`);
  fs.writeFileSync(stamp, '');
  return outDir;
}
