// Shared helpers for the loader tests: run the real erl/erlc, find .beam files.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Evaluate Erlang expressions with the real erl; returns stdout. */
export function erlEval(expr: string, cwd?: string): string {
  return execFileSync('erl', ['-noshell', '-pa', cwd ?? '.', '-eval', `${expr}, halt().`], {
    encoding: 'utf8',
    cwd,
    maxBuffer: 64 << 20,
  });
}

export function erlc(args: string[], cwd: string): void {
  execFileSync('erlc', args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}

export function beamDirs(): string[] {
  const dirs: string[] = [];
  const otp = '/usr/lib/erlang/lib';
  if (existsSync(otp)) {
    for (const d of readdirSync(otp)) {
      if (/^(stdlib|kernel|compiler|erts)-/.test(d)) dirs.push(join(otp, d, 'ebin'));
    }
  }
  const ex = '/usr/lib/elixir/lib';
  if (existsSync(ex)) {
    for (const d of readdirSync(ex)) {
      const e = join(ex, d, 'ebin');
      if (existsSync(e)) dirs.push(e);
    }
  }
  return dirs;
}

export function beamFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.beam')).map((f) => join(dir, f));
}

/** An IFF .beam file rebuilt from (chunk id, data) pairs. */
export function buildBeam(chunks: [string, Uint8Array][]): Uint8Array {
  let size = 4;
  for (const [, d] of chunks) size += 8 + ((d.length + 3) & ~3);
  const out = new Uint8Array(8 + size);
  const dv = new DataView(out.buffer);
  out.set(new TextEncoder().encode('FOR1'), 0);
  dv.setUint32(4, size);
  out.set(new TextEncoder().encode('BEAM'), 8);
  let p = 12;
  for (const [id, d] of chunks) {
    out.set(new TextEncoder().encode(id), p);
    dv.setUint32(p + 4, d.length);
    out.set(d, p + 8);
    p += 8 + ((d.length + 3) & ~3);
  }
  return out;
}
