// `popcorn build MIX_PROJECT_DIR [-o DIR]`: compile the project with the
// host's mix, pack it with what it reaches (pack.ts), and write a static
// site: index.html, popcorn.js (+ .d.ts), iframe.html/js, worker.js and
// bundle.avm. Any static file server can serve it (`popcorn serve DIR`).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildPack, gzipSize, PackError } from '../pack/pack.js';
import { defaultCodePath } from '../host/node.js';
import { MixHostError, prepareMixProject } from './mix_host.js';
import { packageRoot, UsageError } from './main.js';
import { withBootImage } from '../snapshot/build_image.js';
import { AVM_NORMAL_FILE, readAvm, writeAvm } from '../loader/avm.js';
import { CONFIG_FILE } from '../host/browser_boot.js';
import { termToBinary } from '../term/etf.js';
import { atom, NIL, type Term } from '../term/types.js';

/** What the browser worker boots besides the program's own modules. */
export const BROWSER_LIB_ROOTS = ['popcorn_wasm_boot', 'Elixir.Popcorn.Wasm', 'Elixir.Popcorn.TrackedObject'];

export function buildCommand(argv: string[]): number {
  let dir: string | undefined;
  let out = 'dist';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-o' || a === '--output') {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a directory`);
      out = v;
    } else if (a.startsWith('-')) throw new UsageError(`build: unknown option ${a}`);
    else dir = a;
  }
  if (dir === undefined) throw new UsageError('build needs a Mix project directory');
  const root = packageRoot();
  const libEbin = path.join(root, 'build', 'lib', 'ebin');
  const dist = path.join(root, 'build', 'dist');
  if (!fs.existsSync(path.join(dist, 'worker.js'))) {
    process.stderr.write('popcorn: build/dist is missing: run `npm run build` first\n');
    return 1;
  }
  // Popcorn.Wasm must be visible to the project's compile (import/guards):
  // ERL_LIBS=build makes build/lib/ebin part of mix's code path.
  process.env.ERL_LIBS = [path.join(root, 'build'), process.env.ERL_LIBS].filter(Boolean).join(path.delimiter);
  let ebins: string[];
  let consolidated: string[];
  let config: Term = [NIL, NIL];
  try {
    const project = prepareMixProject(dir, 'run', []);
    config = [project.info.get(atom('config')) ?? NIL, project.info.get(atom('runtime_config')) ?? NIL];
    const dirs = project.codePath.filter((p) => !p.startsWith(libEbin) && fs.existsSync(p));
    // mix's consolidated protocols replace Elixir's (packed when reached),
    // they are not the program's modules (which all are roots)
    consolidated = dirs.filter((p) => path.basename(p) === 'consolidated');
    ebins = dirs.filter((p) => path.basename(p) !== 'consolidated');
  } catch (e) {
    if (e instanceof MixHostError) {
      if (e.message !== '') process.stderr.write(`popcorn: ${e.message}\n`);
      return e.status;
    }
    throw e;
  }
  let bytes: Uint8Array;
  try {
    const pack = buildPack({ ebinDirs: ebins, consolidated, searchPath: defaultCodePath(), libEbin, keep: BROWSER_LIB_ROOTS });
    bytes = pack.bytes;
    process.stdout.write(`packed ${pack.modules.length} modules: ${bytes.length} bytes (${gzipSize(bytes)} gzipped)\n`);
  } catch (e) {
    if (e instanceof PackError) {
      process.stderr.write(`popcorn: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  // config.exs/runtime.exs as evaluated here, applied by the page's boot
  bytes = writeAvm([
    ...readAvm(bytes).filter((e) => e.name !== CONFIG_FILE),
    { name: CONFIG_FILE, flags: AVM_NORMAL_FILE, data: termToBinary(config) },
  ]);
  fs.mkdirSync(out, { recursive: true });
  for (const f of fs.readdirSync(dist)) fs.copyFileSync(path.join(dist, f), path.join(out, f));
  // the VM's boot, saved once here, restored by each page (src/snapshot/)
  const img = withBootImage(bytes, path.join(dist, 'worker.js'));
  if (img.ok) {
    bytes = img.bytes;
    process.stdout.write(`boot image: ${img.imageSize} bytes (${gzipSize(bytes)} gzipped bundle)\n`);
  } else process.stderr.write(`popcorn: warning: no boot image, pages will boot in full: ${img.reason}\n`);
  fs.writeFileSync(path.join(out, 'bundle.avm'), bytes);
  const index = path.join(out, 'index.html');
  if (!fs.existsSync(index)) fs.writeFileSync(index, INDEX_HTML);
  process.stdout.write(`wrote ${path.resolve(out)}/ (serve it with: popcorn serve ${out})\n`);
  return 0;
}

const INDEX_HTML = `<!doctype html>
<html>
<head><meta charset="utf-8"><title>Elixir in the browser</title></head>
<body>
<pre id="output"></pre>
<script type="module">
import { Popcorn } from './popcorn.js';
const output = document.getElementById('output');
const write = (text) => { output.textContent += text; };
window.popcorn = await Popcorn.init({ bundlePaths: ['./bundle.avm'], onStdout: write, onStderr: write });
</script>
</body>
</html>
`;
