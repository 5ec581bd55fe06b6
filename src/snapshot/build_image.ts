// `popcorn build`'s boot-image step (Node only): boot the bundle once in the
// browser Worker's own code under Node (write_main.ts, a child process so
// that its atom table is the Worker's) and append the image to the .avm as
// the plain file popcorn/boot.image. When the VM cannot be saved the bundle
// stays as it was: pages then boot in full.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AVM_NORMAL_FILE, readAvm, writeAvm } from '../loader/avm.js';
import { IMAGE_FILE } from './image.js';

export type ImageOutcome = { ok: true; bytes: Uint8Array; imageSize: number } | { ok: false; reason: string };

/** `avm` with a boot image made by running `workerJs` (build/dist/worker.js) over it. */
export function withBootImage(avm: Uint8Array, workerJs: string): ImageOutcome {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'popcorn-image-'));
  try {
    const bundlePath = path.join(dir, 'bundle.avm');
    const imagePath = path.join(dir, 'boot.image');
    const entries = readAvm(avm).filter((e) => e.name !== IMAGE_FILE);
    fs.writeFileSync(bundlePath, writeAvm(entries));
    const main = path.join(path.dirname(fileURLToPath(import.meta.url)), 'write_main.js');
    const r = spawnSync(process.execPath, [main, workerJs, bundlePath, imagePath], { encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0 || !fs.existsSync(imagePath)) {
      const why = (r.stderr ?? '').trim() || (r.error?.message ?? `status ${r.status}`);
      return { ok: false, reason: why };
    }
    const image = new Uint8Array(fs.readFileSync(imagePath));
    entries.push({ name: IMAGE_FILE, flags: AVM_NORMAL_FILE, data: image });
    return { ok: true, bytes: writeAvm(entries), imageSize: image.length };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
