// buildPack: the .avm bundle of a program. Its modules (the EBIN_DIRs'),
// the OTP/Elixir modules they reach (reach.ts) plus what the boot needs
// (roots.ts), stripped of debug chunks; the .app files of the applications
// involved as `<app>/ebin/<app>.app` and their priv files as
// `<app>/priv/<path>`, both as plain files of the pack.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { AVM_BEAM_CODE, AVM_BEAM_START, AVM_NORMAL_FILE, writeAvm, type AvmEntry } from '../loader/avm.js';
import { consultText } from '../cli/app_spec.js';
import { Atom, Cons, type Term } from '../term/types.js';
import { CodeIndex, type AppDir } from './code_index.js';
import { Reachability } from './reach.js';
import { stripBeam } from './beam_scan.js';
import { setInflate } from '../loader/inflate.js';
import {
  APPLICATION_CALLBACKS, coldReason, CONFIG_CALLBACKS, ELIXIR_BOOT_APPS, ELIXIR_BOOT_ROOTS, ERLANG_BOOT_APPS, ERLANG_BOOT_ROOTS,
  POPCORN_LIB_ROOTS,
} from './roots.js';

export interface PackOptions {
  /** the program's ebin directories: all their modules are kept */
  ebinDirs: string[];
  /** where reached modules come from, after ebinDirs (OTP's and Elixir's lib/<app>/ebin) */
  searchPath: string[];
  /**
   * mix's `consolidated/` directories: their protocols replace those of
   * the same name (Elixir's and the program's), packed only when reached.
   * An ebinDirs entry named `consolidated` counts as one too.
   */
  consolidated?: string[];
  /** our own lib's ebin (build/lib/ebin), searched after ebinDirs; its app is named "popcorn" */
  libEbin?: string;
  /** the entry module: first in the pack, flagged as its start module */
  start?: string;
  /** more modules to keep, with what they reach */
  keep?: string[];
  /** false: keep every module of each application involved */
  shake?: boolean;
  /** boot as an Elixir program (elixir and logger apps); default: when a program module is Elixir's */
  elixir?: boolean;
  /**
   * store literal tables inflated (LitU, as packbeam does; default true):
   * a gzipped pack is ~2% smaller and loading skips an inflate per module.
   * module_info(md5) stays the .beam file's: the PcIx chunk keeps it.
   */
  literalsU?: boolean;
}

export interface PackedModule {
  module: string;
  app: string;
  /** bytes in the pack (stripped) */
  size: number;
  /** the module that first named it; null for a root */
  via: string | null;
}

export interface PackResult {
  /** the .avm file */
  bytes: Uint8Array;
  entries: AvmEntry[];
  modules: PackedModule[];
  /** names of the plain files (.app, priv) */
  files: string[];
  /** roots asked for that are on no path */
  missing: string[];
  reach: Reachability;
}

export class PackError extends Error {}

/** Shared libraries in priv are NIFs and port programs for the C runtime: of no use to this VM. */
const NATIVE_FILE = /\.(so|dll|dylib|a|o)$/;

export function buildPack(opts: PackOptions): PackResult {
  // the scan decodes every literal table: Node's zlib is several times faster than pako
  setInflate((data, size) => zlib.inflateSync(data, { maxOutputLength: Math.max(64, size + 1) }));
  const given = opts.ebinDirs.map((d) => path.resolve(d));
  const consolidated = [
    ...(opts.consolidated ?? []).map((d) => path.resolve(d)),
    ...given.filter((d) => path.basename(d) === 'consolidated'),
  ];
  const ebinDirs = given.filter((d) => !consolidated.includes(d));
  for (const d of [...ebinDirs, ...consolidated]) {
    if (!fs.existsSync(d) || !fs.statSync(d).isDirectory()) throw new PackError(`${d}: not a directory`);
  }
  const names = new Map<string, string>();
  const dirs = [...ebinDirs];
  if (opts.libEbin !== undefined) {
    const lib = path.resolve(opts.libEbin);
    names.set(lib, 'popcorn');
    dirs.push(lib);
  }
  dirs.push(...opts.searchPath);
  const index = new CodeIndex(dirs, names, consolidated);

  const programModules: string[] = [];
  const programApps = new Set<string>();
  for (const src of index.modules.values()) {
    if (ebinDirs.includes(path.resolve(src.app.ebin))) {
      programModules.push(src.module);
      programApps.add(src.app.name);
    }
  }
  if (programModules.length === 0) throw new PackError(`no .beam files in ${opts.ebinDirs.join(', ')}`);
  if (opts.start !== undefined && !index.has(opts.start)) throw new PackError(`--start ${opts.start}: no such module`);
  const elixir = opts.elixir ?? programModules.some((m) => m.startsWith('Elixir.'));

  const programSet = new Set(programModules);
  const appOfModule = (m: string) => index.modules.get(m)!.app.name;
  const reach = new Reachability(
    index,
    (m) => programSet.has(m),
    (m) => coldReason(m, appOfModule(m), programApps),
  );
  // Entry points: all the exports of the program's modules and of our boot
  // code. The modules the boot loads are packed whatever the walk finds,
  // their functions walked as far as something calls them.
  const roots = [
    ...programModules, ...(opts.start !== undefined ? [opts.start] : []), ...POPCORN_LIB_ROOTS,
  ];
  for (const r of roots) reach.addRoot(r);
  for (const m of [...ERLANG_BOOT_ROOTS, ...(elixir ? ELIXIR_BOOT_ROOTS : [])]) reach.addModule(m);
  for (const r of opts.keep ?? []) reach.addRoot(r, true);

  // The applications started: the boot's, the program's and those they
  // depend on; each one's callback module ({mod, ...}) is a root. The .app
  // files packed: theirs and those of applications with modules kept.
  const started = new Set<string>([...ERLANG_BOOT_APPS, ...(elixir ? ELIXIR_BOOT_APPS : []), ...programApps]);
  const specs = new Map<string, AppSpecInfo>();
  const specOf = (app: string): AppSpecInfo => {
    let spec = specs.get(app);
    if (spec === undefined) {
      const dir = index.apps.get(app);
      spec = dir?.appFile ? readSpec(dir.appFile) : { mod: null, deps: [] };
      specs.set(app, spec);
    }
    return spec;
  };
  for (const todo = [...started]; todo.length > 0; ) {
    const app = todo.pop()!;
    const spec = specOf(app);
    for (const d of spec.deps) if (!started.has(d)) started.add(d), todo.push(d);
    if (spec.mod !== null) reach.addCallbackModule(spec.mod, APPLICATION_CALLBACKS);
    for (const [m, callbacks] of CONFIG_CALLBACKS.get(app) ?? []) reach.addCallbackModule(m, callbacks);
  }
  const apps = new Set<string>(started);
  for (;;) {
    reach.run();
    const before = reach.kept.size;
    for (const m of reach.kept.keys()) apps.add(appOfModule(m));
    if (opts.shake === false) {
      for (const app of apps) {
        const dir = index.apps.get(app);
        for (const src of index.modules.values()) if (src.app === dir) reach.addRoot(src.module);
      }
      reach.run();
    }
    if (reach.kept.size === before) break;
  }

  // The entries: the start module first, then modules by application, then files.
  const modules: PackedModule[] = [];
  const entries: AvmEntry[] = [];
  const order = [...reach.kept.keys()].sort((a, b) => {
    const aa = index.modules.get(a)!.app.name, ba = index.modules.get(b)!.app.name;
    return a === opts.start ? -1 : b === opts.start ? 1 : aa < ba ? -1 : aa > ba ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
  for (const m of order) {
    const src = index.modules.get(m)!;
    // each module's code scan done now, kept in a PcIx chunk the loader trusts (beam_index.ts)
    const data = stripBeam(index.read(m), undefined, opts.literalsU ?? true, true);
    const flags = m === opts.start ? AVM_BEAM_CODE | AVM_BEAM_START : AVM_BEAM_CODE;
    entries.push({ name: m + '.beam', flags, data });
    modules.push({ module: m, app: src.app.name, size: data.length, via: reach.kept.get(m) ?? null });
  }
  const files: string[] = [];
  const addFile = (name: string, data: Uint8Array) => {
    entries.push({ name, flags: AVM_NORMAL_FILE, data });
    files.push(name);
  };
  for (const app of [...apps].sort()) {
    const dir = index.apps.get(app);
    if (dir === undefined) continue;
    if (dir.appFile !== null) addFile(`${app}/ebin/${app}.app`, fs.readFileSync(dir.appFile));
    if (dir.privDir !== null && hasKeptModule(dir, modules)) {
      for (const rel of listFiles(dir.privDir)) {
        if (!NATIVE_FILE.test(rel)) addFile(`${app}/priv/${rel}`, fs.readFileSync(path.join(dir.privDir, rel)));
      }
    }
  }
  return { bytes: writeAvm(entries), entries, modules, files, missing: reach.missing, reach };
}

interface AppSpecInfo {
  /** the application callback module ({mod, {M, A}}) */
  mod: string | null;
  /** applications and included_applications */
  deps: string[];
}

function readSpec(file: string): AppSpecInfo {
  const terms = consultText(fs.readFileSync(file, 'utf8'), file);
  const out: AppSpecInfo = { mod: null, deps: [] };
  const spec = terms[0];
  if (!Array.isArray(spec) || spec.length !== 3) return out;
  for (let l: Term = spec[2]; l instanceof Cons; l = l.tail) {
    const kv = l.head;
    if (!Array.isArray(kv) || kv.length !== 2 || !(kv[0] instanceof Atom)) continue;
    if (kv[0].name === 'mod' && Array.isArray(kv[1]) && kv[1][0] instanceof Atom) out.mod = kv[1][0].name;
    if (kv[0].name === 'applications' || kv[0].name === 'included_applications') {
      for (let a: Term = kv[1]; a instanceof Cons; a = a.tail) if (a.head instanceof Atom) out.deps.push(a.head.name);
    }
  }
  return out;
}

function hasKeptModule(dir: AppDir, modules: readonly PackedModule[]): boolean {
  return modules.some((m) => m.app === dir.name);
}

/** Files under `root`, as paths relative to it with '/' separators, sorted. */
function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const r = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) walk(r);
      else if (e.isFile()) out.push(r);
    }
  };
  walk('');
  return out.sort();
}

/** Bytes of the pack gzipped (what a web server sends). */
export function gzipSize(bytes: Uint8Array): number {
  return zlib.gzipSync(bytes, { level: 9 }).length;
}
