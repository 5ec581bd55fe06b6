// Natives about code: module_info, apply, funs, function_exported, and a
// minimal `code` module (modules load lazily, so ensure_loaded just loads).

import { Atom, Bitstring, FALSE, Fun, NIL, TRUE, atom, bool, type Term } from '../term/types.js';
import { arrayToList, listToArray, listToString, stringToList } from '../term/list.js';
import { LoadError } from '../loader/beam.js';
import { bytesOf } from '../term/bits.js';
import { defineNatives, hasNative } from '../bifs/registry.js';
import { badarg } from '../vm/exception.js';
import { current } from '../vm/context.js';
import { trapApply, trapApplyFun } from '../vm/trap.js';
import type { LoadedModule } from '../vm/module.js';

const A_MODULE = atom('module');
const A_EXPORTS = atom('exports');
const A_FUNCTIONS = atom('functions');
const A_ATTRIBUTES = atom('attributes');
const A_COMPILE = atom('compile');
const A_MD5 = atom('md5');
const A_NIFS = atom('nifs');
const A_NATIVE = atom('native');
const A_ERROR = atom('error');
const A_NOFILE = atom('nofile');
const A_FILE = atom('file');
const A_MODULE_INFO = atom('module_info');

function moduleOf(m: Term): LoadedModule {
  if (!(m instanceof Atom)) badarg();
  const lm = current().vm.getModule(m);
  if (lm === null) badarg();
  return lm;
}

function exportsOf(lm: LoadedModule): Term {
  const out: Term[] = [];
  for (const fi of lm.mod.exports.values()) out.push([fi.name, fi.arity]);
  return arrayToList(out);
}

function moduleInfo(lm: LoadedModule, item: Term): Term {
  const mod = lm.mod;
  if (item === A_MODULE) return mod.name;
  if (item === A_EXPORTS) return exportsOf(lm);
  if (item === A_FUNCTIONS) return arrayToList(mod.functions.map((f) => [f.name, f.arity] as Term));
  if (item === A_ATTRIBUTES) return mod.attributes;
  if (item === A_COMPILE) return mod.compileInfo;
  if (item === A_MD5) return new Bitstring(mod.md5, 0, mod.md5.length * 8);
  if (item === A_NIFS) return NIL;
  if (item === A_NATIVE) return FALSE;
  return badarg();
}

function applyArgs(l: Term): Term[] {
  const a = listToArray(l);
  if (a === null) badarg();
  return a;
}

defineNatives('erlang', {
  // -on_load support, driven by lib/popcorn_on_load.erl
  'call_on_load_function/1': (m) => {
    const fn = m instanceof Atom ? current().vm.takeOnLoad(m) : null;
    if (fn === null) badarg();
    return trapApply(m as Atom, fn, []);
  },
  'finish_after_on_load/2': (m, ok) => {
    if (!(m instanceof Atom) || (ok !== TRUE && ok !== FALSE)) badarg();
    if (ok === FALSE) current().vm.dropModule(m);
    return atom('ok');
  },
  'get_module_info/1': (m) => {
    const lm = moduleOf(m);
    return arrayToList(
      [A_MODULE, A_EXPORTS, A_ATTRIBUTES, A_COMPILE, A_MD5].map((k) => [k, moduleInfo(lm, k)] as Term),
    );
  },
  'get_module_info/2': (m, item) => moduleInfo(moduleOf(m), item),
  'apply/2': (f, args) => {
    const a = applyArgs(args);
    if (f instanceof Fun) return trapApplyFun(f, a);
    if (Array.isArray(f) && f.length === 2 && f[0] instanceof Atom && f[1] instanceof Atom) {
      return trapApply(f[0], f[1], a);
    }
    // let the call report badfun the way the BEAM does
    return trapApplyFun(f as Fun, a);
  },
  'apply/3': (m, f, args) => {
    if (!(m instanceof Atom) || !(f instanceof Atom)) badarg();
    return trapApply(m, f, applyArgs(args));
  },
  'function_exported/3': (m, f, a) => {
    if (!(m instanceof Atom) || !(f instanceof Atom) || typeof a !== 'number') badarg();
    if (hasNative(m.name, f.name, a)) return TRUE;
    const vm = current().vm;
    if (!vm.isLoaded(m)) return FALSE;
    return bool(vm.getModule(m)!.mod.exports.has(f.name + '/' + a));
  },
  'module_loaded/1': (m) => {
    if (!(m instanceof Atom)) badarg();
    return bool(current().vm.isLoaded(m));
  },
  'pre_loaded/0': () => NIL,
  'load_module/2': loadBinary,
  'delete_module/1': (m) => {
    if (!(m instanceof Atom)) badarg();
    const vm = current().vm;
    if (!vm.isLoaded(m)) return atom('undefined');
    vm.dropModule(m);
    return TRUE;
  },
  'check_old_code/1': (m) => (m instanceof Atom ? FALSE : badarg()),
  'loaded/0': () => arrayToList(current().vm.loadedModules()),
});

/** The .beam file a loaded module came from (absolute when the host knows it), as code:which/1 answers. */
function beamFile(m: Atom): Term {
  const given = loadedFrom.get(m);
  if (given !== undefined) return given;
  return stringToList(current().vm.host.moduleFile?.(m.name) ?? m.name + '.beam');
}

/** The File argument of code:load_binary/3 for modules loaded that way (what code:which/1 answers). */
const loadedFrom = new Map<Atom, Term>();

const A_BADFILE = atom('badfile');
const A_BADARG = atom('badarg');

/** Load `bin` as module `m` (replacing its current code): {module, M} or {error, badfile}. */
function loadBinary(m: Term, bin: Term): Term {
  if (!(m instanceof Atom) || !(bin instanceof Bitstring) || !bin.isBinary) badarg();
  const bytes = bytesOf(bin);
  try {
    current().vm.loadModule(bytes, m);
  } catch (e) {
    if (e instanceof LoadError) return [A_ERROR, A_BADFILE];
    throw e;
  }
  return [A_MODULE, m];
}

function ensureLoaded(m: Term): Term {
  if (!(m instanceof Atom)) badarg();
  return current().vm.getModule(m) !== null ? [A_MODULE, m] : [A_ERROR, A_NOFILE];
}

defineNatives('code', {
  'ensure_loaded/1': ensureLoaded,
  'load_file/1': ensureLoaded,
  'is_loaded/1': (m) => {
    if (!(m instanceof Atom)) badarg();
    return current().vm.isLoaded(m) ? [A_FILE, beamFile(m)] : FALSE;
  },
  'ensure_modules_loaded/1': (ms) => {
    for (const m of listToArray(ms) ?? []) ensureLoaded(m);
    return atom('ok');
  },
  'is_sticky/1': () => FALSE,
  // No old code is kept: loading replaces, so purging finds nothing to purge.
  'load_binary/3': (m, file, bin) => {
    if (!(m instanceof Atom) || !(bin instanceof Bitstring) || (listToString(file) === null && !(file instanceof Atom))) {
      return [A_ERROR, A_BADARG];
    }
    const r = loadBinary(m, bin);
    if ((r as Term[])[0] === A_MODULE) loadedFrom.set(m, file);
    return r;
  },
  'purge/1': (m) => (m instanceof Atom ? FALSE : badarg()),
  'soft_purge/1': (m) => (m instanceof Atom ? TRUE : badarg()),
  'delete/1': (m) => {
    if (!(m instanceof Atom)) badarg();
    const vm = current().vm;
    if (!vm.isLoaded(m)) return FALSE;
    vm.dropModule(m);
    loadedFrom.delete(m);
    return TRUE;
  },
  'which/1': (m) => (m instanceof Atom && current().vm.getModule(m) !== null ? beamFile(m) : atom('non_existing')),
});

void A_MODULE_INFO;

/** code:load_binary's file names, for a boot image (src/snapshot/state.ts). */
export function loadedFromState(): Map<Atom, Term> {
  return loadedFrom;
}
export function restoreLoadedFrom(s: Map<Atom, Term>): void {
  loadedFrom.clear();
  for (const [k, v] of s) loadedFrom.set(k, v);
}
