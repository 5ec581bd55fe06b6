// Opcode coverage of the conformance suite: the generic opcodes that occur in
// OTP's and Elixir's own .beam files (what the VM must run) but in no compiled
// conformance program. run.ts calls opcodeCoverage() after a full run and
// fails on any gap; the command line prints the same report:
//   node build/test/conformance/opcodes.js [EBIN_DIR]

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, existsSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBeam } from '../../src/loader/beam.js';
import { opName } from '../../src/loader/opcodes.js';

/** Where the host's compilers put the .beam files whose opcodes we must cover. */
const LIB_ROOTS = ['/usr/lib/erlang/lib', '/usr/lib/elixir/lib'];

/**
 * Opcodes exempt from the check, each with the reason no conformance program
 * can contain it. Empty today: every opcode OTP/Elixir code uses is covered.
 * Note for bs_init2 (Elixir's beams, compiled by OTP 24, use it ~1500 times):
 * OTP 25's erlc never emits it from Erlang source — `r24`/`no_bs_create_bin`
 * lower bs_create_bin to bs_init_bits (beam_a:fix_bs_create_bin) — so it is
 * covered by the hand-written assembly op_bs_init2_asm.S instead of being
 * exempted here. Likewise erlc's assembler rewrites a hand-written
 * bs_put_string into bs_put_binary of a literal; r24 Erlang source
 * (op_bs_put_r24.erl) still gets bs_put_string.
 */
export const EXEMPT: ReadonlyMap<string, string> = new Map<string, string>([]);

export interface Gap {
  op: number;
  name: string;
  /** occurrences in OTP/Elixir code */
  uses: number;
}

export interface Coverage {
  libraryOps: number;
  programOps: number;
  gaps: Gap[];
  exempted: string[];
  /** covered, but only by programs listed in KNOWN_FAILURES (not yet passing) */
  onlyKnownFailing: string[];
  /** .beam files our loader could not read (reported, not fatal) */
  unreadable: string[];
}

function beamsIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.beam')).map((f) => join(dir, f)) : [];
}

function countOpcodes(files: string[], counts: Map<number, number>, unreadable: string[]): void {
  for (const f of files) {
    let code;
    try {
      code = loadBeam(readFileSync(f)).code;
    } catch {
      unreadable.push(f);
      continue;
    }
    for (const ins of code) counts.set(ins.op, (counts.get(ins.op) ?? 0) + 1);
  }
}

/** Library opcode counts, cached in cacheFile under a key of every file's path, size and mtime. */
function libraryOpcodes(cacheFile: string | null, unreadable: string[]): Map<number, number> {
  const files: string[] = [];
  for (const root of LIB_ROOTS) {
    if (!existsSync(root)) continue;
    for (const app of readdirSync(root).sort()) files.push(...beamsIn(join(root, app, 'ebin')).sort());
  }
  const h = createHash('sha256');
  for (const f of files) {
    const st = statSync(f);
    h.update(`${f}\0${st.size}\0${st.mtimeMs}\n`);
  }
  const key = h.digest('hex');
  if (cacheFile !== null) {
    try {
      const c = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key: string; counts: [number, number][]; unreadable: string[] };
      if (c.key === key) {
        unreadable.push(...c.unreadable);
        return new Map(c.counts);
      }
    } catch { /* no cache yet */ }
  }
  const counts = new Map<number, number>();
  const bad: string[] = [];
  countOpcodes(files, counts, bad);
  unreadable.push(...bad);
  if (cacheFile !== null) {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify({ key, counts: [...counts], unreadable: bad }));
  }
  return counts;
}

/** Compare the opcodes of the given compiled conformance modules with OTP's and Elixir's. */
export function opcodeCoverage(
  programBeams: string[],
  cacheFile: string | null = null,
  knownFailing: ReadonlySet<string> = new Set(),
): Coverage {
  const unreadable: string[] = [];
  const lib = libraryOpcodes(cacheFile, unreadable);
  const ours = new Map<number, number>();
  const passing = new Map<number, number>();
  countOpcodes(programBeams, ours, unreadable);
  countOpcodes(programBeams.filter((b) => !knownFailing.has(b)), passing, []);
  const onlyKnownFailing: string[] = [];
  const gaps: Gap[] = [];
  const exempted: string[] = [];
  for (const op of [...lib.keys()].sort((a, b) => a - b)) {
    if (ours.has(op)) {
      if (!passing.has(op)) onlyKnownFailing.push(opName(op));
      continue;
    }
    const name = opName(op);
    if (EXEMPT.has(name)) exempted.push(name);
    else gaps.push({ op, name, uses: lib.get(op)! });
  }
  return { libraryOps: lib.size, programOps: ours.size, gaps, exempted, onlyKnownFailing, unreadable };
}

/** One line for the suite's output (prefixed FAIL when there are gaps). */
export function coverageLine(c: Coverage): string {
  let ex = c.exempted.length > 0 ? ` (${c.exempted.length} exempt: ${c.exempted.join(', ')})` : '';
  if (c.onlyKnownFailing.length > 0) ex += ` (only in KNOWN_FAILURES programs: ${c.onlyKnownFailing.join(', ')})`;
  if (c.gaps.length === 0) {
    return `opcode coverage: all ${c.libraryOps} opcodes used by OTP/Elixir code occur in the conformance programs${ex}`;
  }
  const list = c.gaps.map((g) => `${g.name} (${g.op}, ${g.uses} uses)`).join(', ');
  return `FAIL opcode coverage: ${c.gaps.length} of ${c.libraryOps} opcodes used by OTP/Elixir code occur in no conformance program: ${list}${ex}`;
}

function main(): void {
  const ebin = resolve(process.argv[2] ?? 'build/conformance/ebin');
  const c = opcodeCoverage(beamsIn(ebin));
  console.log(`opcodes in OTP/Elixir code: ${c.libraryOps}; in the conformance programs: ${c.programOps}`);
  for (const g of c.gaps) console.log(`  not covered: ${g.op} ${g.name} (${g.uses} uses in OTP/Elixir)`);
  for (const n of c.exempted) console.log(`  exempt: ${n}: ${EXEMPT.get(n)}`);
  for (const f of c.unreadable) console.log(`  unreadable: ${f}`);
  process.exitCode = c.gaps.length > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
