// erlang:load_nif/2. A module's -on_load calls it to swap its NIF stubs for
// C code. Our "NIF library" is the natives table: when we implement natives
// for functions of the calling module, loading succeeds (the stubs were
// already bound to the natives when the module was loaded, see
// bindNifStubs in runtime/vm.ts); otherwise we fail the way the BEAM does
// when the shared object is missing, so the module's on_load can report it.

import { ERROR, OK, atom, type Term } from '../term/types.js';
import { listToString, stringToList } from '../term/list.js';
import { currentOrNull } from '../vm/context.js';
import { badarg } from '../vm/exception.js';
import { defineNatives, hasNative } from './registry.js';

const A_LOAD_FAILED = atom('load_failed');
const A_BAD_LIB = atom('bad_lib');

/** Does the natives table hold any function of the module (its NIF library)? */
function providesNifs(mod: { name: { name: string }; functions: { name: { name: string }; arity: number }[] }): boolean {
  const m = mod.name.name;
  for (const fi of mod.functions) if (hasNative(m, fi.name.name, fi.arity)) return true;
  return false;
}

defineNatives('erlang', {
  'load_nif/2': (path: Term, _loadInfo: Term): Term => {
    // The BEAM takes the path as a flat character list.
    const p = listToString(path);
    if (p === null) return badarg();
    const proc = currentOrNull();
    const lm = proc?.lm;
    if (lm === undefined || lm === null) {
      return [ERROR, [A_BAD_LIB, stringToList('Calling load_nif from outside of the on_load function')]];
    }
    if (providesNifs(lm.mod)) return OK;
    const why = `Failed to load NIF library: '${p}.so: cannot open shared object file: No such file or directory'`;
    return [ERROR, [A_LOAD_FAILED, stringToList(why)]];
  },
});
