// A pack opened for running: module name -> .beam bytes, application name
// -> .app text, other files by their name in the pack. No Node imports, so
// any host can use it.

import { readAvm, AVM_BEAM_CODE, AVM_BEAM_START, AVM_NORMAL_FILE } from '../loader/avm.js';

export interface PackBundle {
  modules: Map<string, Uint8Array>;
  /** application name -> the text of its <app>/ebin/<app>.app */
  apps: Map<string, string>;
  /** every plain file (priv files, .app files) by its name in the pack */
  files: Map<string, Uint8Array>;
  /** modules flagged as entry points, in pack order */
  startModules: string[];
}

/** Opens packs in order; the first to hold a module or file wins, as on a code path. */
export function openBundle(...packs: Uint8Array[]): PackBundle {
  const b: PackBundle = { modules: new Map(), apps: new Map(), files: new Map(), startModules: [] };
  const utf8 = new TextDecoder();
  for (const pack of packs) {
    for (const e of readAvm(pack)) {
      const base = e.name.slice(e.name.lastIndexOf('/') + 1);
      if (e.flags & (AVM_BEAM_CODE | AVM_BEAM_START)) {
        if (!base.endsWith('.beam')) continue;
        const mod = base.slice(0, -5);
        if (!b.modules.has(mod)) b.modules.set(mod, e.data);
        if (e.flags & AVM_BEAM_START) b.startModules.push(mod);
      } else if (e.flags & AVM_NORMAL_FILE) {
        if (!b.files.has(e.name)) b.files.set(e.name, e.data);
        if (base.endsWith('.app') && !b.apps.has(base.slice(0, -4))) b.apps.set(base.slice(0, -4), utf8.decode(e.data));
      }
    }
  }
  return b;
}
