// Natives about code: module_info, apply, funs, function_exported, and a
// minimal `code` module (modules load lazily, so ensure_loaded just loads).

import { Atom, Bitstring, FALSE, Fun, NIL, TRUE, atom, bool, type Term } from '../term/types.js';
import { arrayToList, listToArray, stringToList } from '../term/list.js';
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
  'loaded/0': () => arrayToList(current().vm.loadedModules()),
});

function ensureLoaded(m: Term): Term {
  if (!(m instanceof Atom)) badarg();
  return current().vm.getModule(m) !== null ? [A_MODULE, m] : [A_ERROR, A_NOFILE];
}

defineNatives('code', {
  'ensure_loaded/1': ensureLoaded,
  'load_file/1': ensureLoaded,
  'is_loaded/1': (m) => {
    if (!(m instanceof Atom)) badarg();
    return current().vm.isLoaded(m) ? [A_FILE, stringToList(m.name + '.beam')] : FALSE;
  },
  'ensure_modules_loaded/1': (ms) => {
    for (const m of listToArray(ms) ?? []) ensureLoaded(m);
    return atom('ok');
  },
  'is_sticky/1': () => FALSE,
  'which/1': (m) => (m instanceof Atom && current().vm.getModule(m) !== null ? stringToList(m.name + '.beam') : atom('non_existing')),
});

void A_MODULE_INFO;
