// Bundles the browser runtime into build/dist/ with esbuild:
//   worker.js   the VM (src/host/browser_worker.ts), run in a Worker
//   iframe.js   the iframe's script (popcorn.js carries it inline and runs it
//               in the iframe's blank document): starts the Worker, runs run_js
//   popcorn.js  the page API, an ES module, with popcorn.d.ts
// Node's built-in modules are replaced by empty stubs: the browser Host
// never calls the code that uses them (app_spec.ts's file reading).
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'build', 'dist');
fs.mkdirSync(out, { recursive: true });

const stubNode = {
  name: 'stub-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'node-stub' }));
    build.onLoad({ filter: /.*/, namespace: 'node-stub' }, () => ({ contents: 'export default {};', loader: 'js' }));
  },
};

// one pako: zlib.ts uses pako's lib/zlib/*, so the 'pako' API comes from
// the same files (its ESM build would add a second copy, ~70 KB, for the
// Worker to download and compile)
const onePako = {
  name: 'one-pako',
  setup(build) {
    build.onResolve({ filter: /^pako$/ }, () => ({ path: path.join(root, 'node_modules', 'pako', 'index.js') }));
  },
};

const common = {
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  logLevel: 'warning',
  logOverride: { 'import-is-undefined': 'silent' },
  plugins: [stubNode, onePako],
  absWorkingDir: root,
};

// popcorn.js carries iframe.js's code and runs it in the iframe's blank
// document (no request before the Worker starts); iframe.js stays for
// popcorn.ts compiled without the bundler
const page = esbuild
  .build({ ...common, entryPoints: ['src/browser/iframe.ts'], outfile: path.join(out, 'iframe.js'), format: 'iife', minifySyntax: true, minifyWhitespace: true })
  .then(() => esbuild.build({
    ...common,
    entryPoints: ['src/browser/popcorn.ts'],
    outfile: path.join(out, 'popcorn.js'),
    format: 'esm',
    define: { __POPCORN_IFRAME_JS__: JSON.stringify(fs.readFileSync(path.join(out, 'iframe.js'), 'utf8')) },
  }));
await Promise.all([
  esbuild.build({ ...common, entryPoints: ['src/host/browser_worker.ts'], outfile: path.join(out, 'worker.js'), format: 'iife', minifySyntax: true, minifyWhitespace: true }),
  page,
]);
fs.rmSync(path.join(out, 'iframe.html'), { force: true });

// popcorn.d.ts from the page API's source
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const dts = path.join(out, '.dts');
execFileSync(process.execPath, [tsc, '--declaration', '--emitDeclarationOnly', '--target', 'es2022', '--module', 'nodenext',
  '--moduleResolution', 'nodenext', '--lib', 'es2022,dom', '--skipLibCheck', '--outDir', dts, 'src/browser/popcorn.ts'], { cwd: root, stdio: 'inherit' });
for (const f of ['popcorn.d.ts', 'protocol.d.ts']) fs.copyFileSync(path.join(dts, f), path.join(out, f));
fs.rmSync(dts, { recursive: true, force: true });
