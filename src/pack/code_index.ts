// The modules a pack can draw from: every .beam in a list of ebin
// directories (the first directory holding a module wins, as on a code
// path), each with the application it belongs to. Scans are cached: the
// walk asks for a module's atoms once.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { scanBeam, type BeamInfo } from './beam_scan.js';

export interface AppDir {
  name: string;
  /** the ebin directory */
  ebin: string;
  /** <app>.app in the ebin directory, or null */
  appFile: string | null;
  /** the application's priv directory beside ebin, or null */
  privDir: string | null;
}

export interface ModuleSource {
  module: string;
  file: string;
  app: AppDir;
  /** bytes on disk */
  size: number;
}

export class CodeIndex {
  readonly modules = new Map<string, ModuleSource>();
  readonly apps = new Map<string, AppDir>();
  private readonly scans = new Map<string, BeamInfo>();
  /** protocol module -> the implementations of it on the path */
  private implsByProtocol: Map<string, BeamInfo[]> | null = null;

  /**
   * `appNames`: names for directories that hold no .app file (e.g. our own
   * lib). `replacements`: directories of modules that stand in for modules
   * of the same name found on `dirs`, as members of those modules'
   * applications (mix's `consolidated/`: Elixir's protocols, consolidated
   * for the program, stay the elixir app's modules).
   */
  constructor(
    readonly dirs: readonly string[],
    appNames: ReadonlyMap<string, string> = new Map(),
    replacements: readonly string[] = [],
  ) {
    for (const dir of dirs) {
      let names: string[];
      try {
        names = fs.readdirSync(dir).sort();
      } catch {
        continue;
      }
      const app = appOf(dir, names, appNames.get(dir));
      if (!this.apps.has(app.name)) this.apps.set(app.name, app);
      for (const name of names) {
        if (!name.endsWith('.beam')) continue;
        const module = name.slice(0, -5);
        if (this.modules.has(module)) continue;
        const file = path.join(dir, name);
        this.modules.set(module, { module, file, app, size: fs.statSync(file).size });
      }
    }
    for (const dir of replacements) {
      let names: string[];
      try {
        names = fs.readdirSync(dir).sort();
      } catch {
        continue;
      }
      for (const name of names) {
        if (!name.endsWith('.beam')) continue;
        const module = name.slice(0, -5);
        const original = this.modules.get(module);
        // a replacement for nothing on the path: no code can name it
        if (original === undefined) continue;
        const file = path.join(dir, name);
        this.modules.set(module, { module, file, app: original.app, size: fs.statSync(file).size });
      }
    }
  }

  has(module: string): boolean {
    return this.modules.has(module);
  }

  read(module: string): Uint8Array {
    const src = this.modules.get(module);
    if (src === undefined) throw new Error(`module ${module} is not on the pack's code path`);
    return fs.readFileSync(src.file);
  }

  scan(module: string): BeamInfo {
    let info = this.scans.get(module);
    if (info === undefined) {
      info = scanBeam(this.read(module));
      this.scans.set(module, info);
    }
    return info;
  }

  /** The implementations of Elixir protocol `protocol` found on the path (modules named <Protocol>.<Type>). */
  implementations(protocol: string): BeamInfo[] {
    if (this.implsByProtocol === null) {
      this.implsByProtocol = new Map();
      // An implementation's name is always <Protocol>.<Type>: scan only those candidates.
      const byName = [...this.modules.keys()].filter((m) => m.startsWith('Elixir.') && m.indexOf('.', 7) > 0);
      const protocols = new Set<string>();
      for (const m of byName) {
        const parent = m.slice(0, m.lastIndexOf('.'));
        if (this.modules.has(parent)) protocols.add(parent);
      }
      for (const m of byName) {
        // cheap name test first: the longest prefix that is a module
        let prefix = m;
        let candidate = false;
        for (let dot = prefix.lastIndexOf('.'); dot > 6; dot = prefix.lastIndexOf('.')) {
          prefix = prefix.slice(0, dot);
          if (protocols.has(prefix)) {
            candidate = true;
            break;
          }
        }
        if (!candidate) continue;
        const info = this.scan(m);
        if (info.protocolImpl === null) continue;
        let list = this.implsByProtocol.get(info.protocolImpl.protocol);
        if (list === undefined) this.implsByProtocol.set(info.protocolImpl.protocol, (list = []));
        list.push(info);
      }
    }
    return this.implsByProtocol.get(protocol) ?? [];
  }
}

/** Which application an ebin directory holds: its .app file, else the directory's name. */
function appOf(ebin: string, names: readonly string[], given: string | undefined): AppDir {
  const appFile = names.find((n) => n.endsWith('.app'));
  const parent = path.dirname(path.resolve(ebin));
  const name = given !== undefined
    ? given
    : appFile !== undefined
    ? appFile.slice(0, -4)
    : path.basename(ebin) === 'ebin'
      ? path.basename(parent).replace(/-[0-9][0-9.]*$/, '')
      : path.basename(path.resolve(ebin));
  const priv = path.join(parent, 'priv');
  let privDir: string | null = null;
  try {
    if (path.basename(ebin) === 'ebin' && fs.statSync(priv).isDirectory()) privDir = priv;
  } catch {
    // no priv directory
  }
  return { name, ebin, appFile: appFile === undefined ? null : path.join(ebin, appFile), privDir };
}
