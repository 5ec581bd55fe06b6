// Differential conformance of packed bundles: every Elixir conformance
// program (test/conformance/elixir, compiled as run_elixir.ts does) is
// packed with buildPack as `popcorn pack` packs it (tree-shaken: the
// program's modules plus what the call-graph walk reaches and the boot
// needs), then run from the bundle alone (`popcorn run --bundle X.avm
// --elixir`, which boots kernel in -mode minimal as the browser does) and
// compared with the real `elixir`, with run_elixir.ts's masks. A module the
// walk left out that the program really reaches fails as `undef`: this is
// the test that src/pack/reach.ts and roots.ts are sound.
//
// Usage: node build/test/conformance/run_bundle.js [--filter SUBSTR]... [--jobs N]
//          [--timeout SECONDS] [--no-cache] [--all] [--verbose]
//   --all  also run the programs of BUNDLE_SKIP and KNOWN_FAILURES (a
//          failure there counts as skipped, a pass is reported).
//
// Programs that cannot work in a page (file system, external programs,
// ports, distribution) are listed in test/conformance/elixir/BUNDLE_SKIP,
// each with its reason; run_elixir.ts's KNOWN_FAILURES (VM bugs, not pack
// bugs) are skipped too. Bundles are cached in build/conformance/elixir/bundle,
// keyed by the program's beams, the pack code and our lib.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { finish, listPrograms, noteUnbuiltVm, parseArgs, POPCORN, readKnown, ROOT, run, runMain, runPrograms,
  type RunResult, selectPrograms } from './common.js';
import {
  compileAll, difference, dump, EBIN, elixirVersion, expectedRun, KNOWN, moduleOf, OUT_DIR, runElixir, SRC_DIR,
} from './run_elixir.js';
import { buildPack, PackError } from '../../src/pack/pack.js';
import { CodeIndex } from '../../src/pack/code_index.js';
import type { BeamInfo } from '../../src/pack/beam_scan.js';
import { defaultCodePath } from '../../src/host/node.js';
import { readChunks } from '../../src/loader/chunks.js';
import { binaryToTerm } from '../../src/term/etf.js';
import { listToString } from '../../src/term/list.js';
import { Atom, Cons, type Term } from '../../src/term/types.js';

const SKIP_FILE = path.join(SRC_DIR, 'BUNDLE_SKIP');
const BUNDLES = path.join(OUT_DIR, 'bundle');
const LIB_EBIN = path.join(ROOT, 'build/lib/ebin');
// Part of every bundle's cache key: bump when the way bundles are packed here changes.
const PACKER_VERSION = 'bundle-1';
// popcorn run --elixir enters through popcorn_elixir:run/3 (the browser
// through Popcorn.Wasm), so the bundle keeps it as the CLI's --keep would.
const KEEP = ['popcorn_elixir'];

// ---- the skip list ---------------------------------------------------------

/** BUNDLE_SKIP: `program  # reason` per line; program -> reason. */
function readSkips(all: readonly string[]): Map<string, string> {
  const skips = new Map<string, string>();
  let text = '';
  try { text = fs.readFileSync(SKIP_FILE, 'utf8'); } catch { return skips; }
  for (const raw of text.split('\n')) {
    const hash = raw.indexOf('#');
    const name = (hash < 0 ? raw : raw.slice(0, hash)).trim();
    if (name === '') continue;
    const reason = hash < 0 ? '' : raw.slice(hash + 1).trim();
    if (reason === '') console.log(`note: BUNDLE_SKIP gives no reason for ${name}`);
    if (!all.includes(name)) console.log(`note: BUNDLE_SKIP names ${name}, which has no program`);
    skips.set(name, reason);
  }
  return skips;
}

// ---- which beams are a program's -------------------------------------------

/** The source file a .beam was compiled from (its CInf chunk), or null. */
function sourceOfBeam(file: string): string | null {
  try {
    const cinf = readChunks(fs.readFileSync(file)).byId.get('CInf');
    if (cinf === undefined) return null;
    const info = binaryToTerm(cinf.data) as Term;
    for (let l: Term = info; l instanceof Cons; l = l.tail) {
      const kv = l.head;
      if (Array.isArray(kv) && kv.length === 2 && kv[0] instanceof Atom && kv[0].name === 'source') {
        return listToString(kv[1]);
      }
    }
  } catch { /* not a readable beam: belongs to no program */ }
  return null;
}

/**
 * program -> its beam files in EBIN. All programs are compiled into one
 * directory, and a program's modules are not all named after it (protocol
 * implementations are `<Protocol>.<Type>`), so each beam's source decides.
 */
function beamsByProgram(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of fs.readdirSync(EBIN).sort()) {
    if (!f.endsWith('.beam')) continue;
    const src = sourceOfBeam(path.join(EBIN, f));
    if (src === null || path.dirname(src) !== SRC_DIR || !src.endsWith('.ex')) continue;
    const program = path.basename(src, '.ex');
    let list = out.get(program);
    if (list === undefined) out.set(program, (list = []));
    list.push(f);
  }
  return out;
}

// ---- packing ---------------------------------------------------------------

// Every pack makes its own CodeIndex, which scans each OTP/Elixir module it
// walks again; the files do not change during a run, so scans are shared
// by file (the program's beams live in a directory of their own).
const scans = new Map<string, BeamInfo>();
const ownScan = CodeIndex.prototype.scan;
CodeIndex.prototype.scan = function sharedScan(this: CodeIndex, module: string): BeamInfo {
  const file = this.modules.get(module)?.file;
  if (file === undefined) return ownScan.call(this, module);
  let info = scans.get(file);
  if (info === undefined) scans.set(file, (info = ownScan.call(this, module)));
  return info;
};

/** A hash of what decides every bundle besides the program: the pack code and our lib's beams. */
function packerHash(): string {
  const h = createHash('sha256').update(PACKER_VERSION);
  const dirs = [path.join(ROOT, 'build/src/pack'), path.join(ROOT, 'build/src/loader'), LIB_EBIN];
  for (const dir of dirs) {
    let names: string[] = [];
    try { names = fs.readdirSync(dir).sort(); } catch { /* not built */ }
    for (const n of names) {
      if (!n.endsWith('.js') && !n.endsWith('.beam') && !n.endsWith('.app')) continue;
      h.update(n).update('\0').update(fs.readFileSync(path.join(dir, n)));
    }
  }
  return h.digest('hex');
}

/**
 * The program's bundle (packed now, or from the cache when its beams and
 * the packer are unchanged): its path, or a RunResult saying why packing failed.
 */
function bundleOf(program: string, beams: readonly string[], packer: string, cache: boolean): string | RunResult {
  const dir = path.join(BUNDLES, program);
  const avm = path.join(BUNDLES, `${program}.avm`);
  const keyFile = path.join(BUNDLES, `${program}.key`);
  const h = createHash('sha256').update(packer);
  const bytes = beams.map((b) => fs.readFileSync(path.join(EBIN, b)));
  beams.forEach((b, i) => h.update(b).update('\0').update(bytes[i]));
  const key = h.digest('hex');
  if (cache && fs.existsSync(avm)) {
    try { if (fs.readFileSync(keyFile, 'utf8') === key) return avm; } catch { /* no key: pack again */ }
  }
  // the program's own ebin (named after it: the app its modules belong to)
  const ebin = path.join(dir, 'ebin');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(ebin, { recursive: true });
  beams.forEach((b, i) => fs.writeFileSync(path.join(ebin, b), bytes[i]));
  try {
    const r = buildPack({
      ebinDirs: [ebin], searchPath: defaultCodePath(), libEbin: LIB_EBIN, start: moduleOf(program), keep: KEEP,
      elixir: true,
    });
    fs.writeFileSync(avm, r.bytes);
    fs.writeFileSync(keyFile, key);
    return avm;
  } catch (e) {
    if (!(e instanceof PackError)) throw e;
    return { stdout: '', stderr: `popcorn: pack: ${e.message}\n`, status: null, timedOut: false };
  }
}

// ---- main ------------------------------------------------------------------

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const runSkipped = argv.includes('--all');
  const opts = parseArgs(argv.filter((a) => a !== '--all'), 'run_bundle', '--check-elixir');
  const started = Date.now();
  const all = listPrograms(SRC_DIR, '.ex');
  const skips = readSkips(all);
  for (const k of readKnown(KNOWN, '.ex')) if (!skips.has(k)) skips.set(k, 'in KNOWN_FAILURES (fails on the VM itself)');
  const selected = selectPrograms(all, opts.filters);
  const programs = runSkipped ? selected : selected.filter((p) => !skips.has(p));
  const skipped = selected.length - programs.length;
  if (opts.verbose) for (const p of selected) if (!programs.includes(p)) console.log(`skip ${p}: ${skips.get(p)}`);
  const [compileErrors, version] = await Promise.all([compileAll(programs, opts.jobs), elixirVersion()]);
  noteUnbuiltVm();
  const beams = beamsByProgram();
  const packer = packerHash();

  const counts = await runPrograms(opts, {
    oracle: 'elixir',
    programs,
    known: runSkipped ? new Set(skips.keys()) : new Set(),
    compileProblem: (program) => {
      const cerr = compileErrors.get(program);
      if (cerr !== undefined) return { summary: 'elixirc failed', detail: cerr.split('\n').slice(0, 15).join('\n') };
      if (!beams.has(program)) return { summary: `no beam in ${EBIN} was compiled from ${program}.ex`, detail: '' };
      return undefined;
    },
    runOracle: runElixir,
    runVm: async (program, timeoutMs) => {
      const avm = bundleOf(program, beams.get(program)!, packer, opts.cache);
      if (typeof avm !== 'string') return avm;
      return run(process.execPath, [POPCORN, 'run', '--bundle', avm, '--elixir', '--entry', `${moduleOf(program)}:main`],
        timeoutMs);
    },
    expected: (program) => expectedRun(program, version, opts),
    difference,
    dump,
  });
  counts.skip += skipped;
  finish(opts, counts, selected.length, started, 'bundle: ');
}

runMain(main);
