// `node write_main.js WORKER.js BUNDLE.avm OUT.image`: make a bundle's boot
// image by running the browser Worker itself (build/dist/worker.js, the
// very code a page runs, so module order and atoms match) under Node and
// asking it to boot and save (the 'make_image' message). Exit status 0: the
// image is written; 2: the VM cannot be saved (the reason on stderr).
// `popcorn build` runs this in a child process: the atom table must hold
// only what the Worker's own modules intern.

import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [workerPath, bundlePath, outPath] = process.argv.slice(2);
if (workerPath === undefined || bundlePath === undefined || outPath === undefined) {
  process.stderr.write('usage: write_main WORKER.js BUNDLE.avm OUT.image\n');
  process.exit(64);
}

interface Reply {
  t: string;
  data?: Uint8Array;
  reason?: string;
  text?: string;
}

const scope = {
  postMessage(m: Reply): void {
    if (m.t === 'image') {
      writeFileSync(outPath, m.data!);
      process.exit(0);
    }
    if (m.t === 'image_error') {
      process.stderr.write(`${m.reason}\n`);
      process.exit(2);
    }
  },
  onmessage: null as ((e: { data: unknown }) => void) | null,
};
(globalThis as unknown as { self: unknown }).self = scope;
await import(pathToFileURL(workerPath).href);
const b = readFileSync(bundlePath);
scope.onmessage!({ data: { t: 'make_image', bundles: [b.buffer.slice(b.byteOffset, b.byteOffset + b.length)] } });
