// Opcode coverage of the conformance suite: which generic opcodes that the
// host's compilers emit (seen anywhere in OTP's and Elixir's own .beam files)
// never occur in the compiled conformance programs.
//   node build/test/conformance/opcodes.js

import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadBeam } from '../../src/loader/beam.js';
import { opName } from '../../src/loader/opcodes.js';

function beamsIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.beam')).map((f) => join(dir, f)) : [];
}

function opcodesOf(files: string[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const f of files) {
    for (const ins of loadBeam(readFileSync(f)).code) counts.set(ins.op, (counts.get(ins.op) ?? 0) + 1);
  }
  return counts;
}

const libDirs: string[] = [];
for (const root of ['/usr/lib/erlang/lib', '/usr/lib/elixir/lib']) {
  if (!existsSync(root)) continue;
  for (const app of readdirSync(root)) libDirs.push(join(root, app, 'ebin'));
}
const emitted = opcodesOf(libDirs.flatMap(beamsIn));
const ours = opcodesOf(beamsIn('build/conformance/ebin'));

const missing = [...emitted.keys()].filter((op) => !ours.has(op)).sort((a, b) => a - b);
console.log(`opcodes in OTP/Elixir code: ${emitted.size}; in the conformance programs: ${ours.size}`);
for (const op of missing) console.log(`  not covered: ${op} ${opName(op)} (${emitted.get(op)} uses in OTP/Elixir)`);
