// The Worker the iframe starts: it boots the VM from the .avm bundles it is
// handed — from the bundle's boot image when it has a valid one (kernel,
// stdlib, elixir and logger already up: src/snapshot/), else in full
// (src/host/browser_boot.ts) — then lets popcorn_wasm_boot start the app,
// posts output and heartbeats, and carries calls, casts and run_js replies
// between the iframe and Erlang mailboxes. `popcorn build` runs this same
// Worker under Node to make the image (the 'make_image' message).

// first: the atoms interned while modules load must come in one order (see browser_boot.ts)
import { A_POPCORN_BOOT, BootHost, spawnBoot, startMessage } from './browser_boot.js';
import { IMAGE_FILE, restoreImage, writeImage } from '../snapshot/image.js';
import { SnapshotError } from '../snapshot/graph.js';
import { Vm } from '../runtime/vm.js';
import { atom, type Pid, type Term } from '../term/types.js';
import type { Bundle } from './browser.js';
import { openBundle } from '../pack/bundle.js';
import { setJsBridge } from '../bifs/popcorn_js_tracked.js';
import { defaultReceiver, deliverJsReply } from '../bifs/popcorn_js.js';
import { jsToTerm } from '../bifs/popcorn_js_term.js';
import type { FromWorker, ToWorker } from '../browser/protocol.js';

/** Sent by src/snapshot/write_main.ts (not by the iframe): boot, then answer with the image. */
interface MakeImage {
  t: 'make_image';
  bundles: ArrayBuffer[];
}
/** The answer to MakeImage. */
export type ImageReply = { t: 'image'; data: Uint8Array } | { t: 'image_error'; reason: string };

const scope = self as unknown as {
  postMessage(msg: FromWorker): void;
  onmessage: ((e: MessageEvent) => void) | null;
};
const post = (msg: FromWorker): void => {
  if (debug && msg.t === 'event' && msg.name === 'popcorn_app_ready') trace('app ready');
  scope.postMessage(msg);
};

let vm: Vm | null = null;
let debug = false;
const t0 = performance.now();
/** With `debug`, timings of the boot go to the page's console. */
const trace = (what: string): void => {
  if (debug) post({ t: 'log', text: `popcorn worker: ${what} at ${(performance.now() - t0).toFixed(1)} ms` });
};

scope.onmessage = (e: MessageEvent) => {
  const m = e.data as ToWorker;
  switch (m.t) {
    case 'boot':
      debug = m.debug;
      boot(m.bundles.map((b) => new Uint8Array(b)), m.heartbeatMs);
      break;
    case 'call':
      toProcess(m.process, [atom('emscripten'), [atom('call'), m.id, jsToTerm(m.args)]], m.id);
      break;
    case 'cast':
      toProcess(m.process, [atom('emscripten'), [atom('cast'), jsToTerm(m.args)]], null);
      break;
    case 'js_reply':
      if (vm !== null) deliverJsReply(vm, m.id, m.ok, m.value);
      break;
    case 'debug_block': {
      const until = performance.now() + m.ms;
      while (performance.now() < until) {
        // test-only: a VM that stops answering
      }
      break;
    }
    case 'debug_gc':
      // test-only: lets a test see tracked values released (FinalizationRegistry)
      (self as unknown as { gc?: () => void }).gc?.();
      break;
    default:
      if ((m as unknown as MakeImage).t === 'make_image') makeImage((m as unknown as MakeImage).bundles.map((b) => new Uint8Array(b)));
  }
};

function toProcess(name: string | null, msg: Term, callId: number | null): void {
  const target = name ?? defaultReceiver;
  const fail = (why: string): void => {
    if (callId !== null) post({ t: 'settle', id: callId, ok: false, data: why });
    else post({ t: 'stderr', text: `popcorn: cast dropped: ${why}\n` });
  };
  if (vm === null) return fail('the VM is not running');
  if (target === null) return fail('no process given and no default receiver set (Popcorn.Wasm.ready/1)');
  if (!vm.sendFromHost(atom(target), msg)) fail(`no process is registered as ${target}`);
}

function boot(packs: Uint8Array[], heartbeatMs: number): void {
  trace('boot message received');
  setInterval(() => post({ t: 'heartbeat' }), heartbeatMs);
  post({ t: 'heartbeat' });
  let bundle: Bundle;
  try {
    bundle = openBundle(...packs);
  } catch (e) {
    post({ t: 'crash', reason: `cannot read the bundle: ${(e as Error).message}` });
    return;
  }
  trace(`bundle opened (${bundle.modules.size} modules)`);
  setJsBridge(post);
  const write = (fd: 1 | 2, text: string): void => post({ t: fd === 1 ? 'stdout' : 'stderr', text });
  const newHost = (): BootHost => new BootHost({
    bundle,
    write,
    onHalt: (status) => post({ t: 'crash', reason: `the VM halted with status ${status}` }),
  });
  let bootPid: Pid | null = null;
  const image = bundle.files.get(IMAGE_FILE);
  if (image !== undefined) {
    const host = newHost();
    const restored = new Vm(host);
    const r = restoreImage(restored, host, image, bundle);
    if (r.ok) {
      vm = restored;
      for (const [fd, text] of r.output) write(fd as 1 | 2, text);
      bootPid = vm.registered.get(A_POPCORN_BOOT)?.pid ?? null;
      trace(`boot image restored (${image.length} bytes, ${vm.processes.size} processes)`);
    } else trace(`boot image refused: ${r.reason}`);
  }
  if (bootPid === null) {
    vm = new Vm(newHost());
    try {
      bootPid = spawnBoot(vm, bundle);
    } catch (e) {
      post({ t: 'crash', reason: `cannot boot: ${(e as Error).message}` });
      return;
    }
  }
  // the boot waits for this (at once after a restore, after elixir and logger otherwise)
  vm!.send(bootPid, startMessage(bundle));
  void vm!.whenExited(bootPid).then((exit) => {
    if (!exit.normal) post({ t: 'crash', reason: 'the boot process crashed' });
  });
}

/**
 * Boot in full up to the point where popcorn_boot waits for its start
 * message, then save the VM as a boot image (what `popcorn build` embeds).
 */
function makeImage(packs: Uint8Array[]): void {
  const reply = (r: ImageReply): void => (scope.postMessage as unknown as (m: ImageReply) => void)(r);
  let bundle: Bundle;
  const output: [number, string][] = [];
  let v: Vm;
  try {
    bundle = openBundle(...packs);
    setJsBridge(post);
    v = new Vm(new BootHost({
      bundle,
      write: (fd, text) => output.push([fd, text]),
      onHalt: (status) => reply({ t: 'image_error', reason: `the VM halted with status ${status}` }),
    }));
    spawnBoot(v, bundle);
  } catch (e) {
    reply({ t: 'image_error', reason: (e as Error).message });
    return;
  }
  const t0 = performance.now();
  const check = (): void => {
    const idle = v.registered.has(A_POPCORN_BOOT) && v.scheduler.queueLength === 0;
    if (idle) {
      try {
        reply({ t: 'image', data: writeImage(v, bundle, output) });
        return;
      } catch (e) {
        if (!(e instanceof SnapshotError)) throw e;
        // a timer may still be about to fire: wait for quiet a while
        if (performance.now() - t0 > 5000) {
          reply({ t: 'image_error', reason: e.message });
          return;
        }
      }
    } else if (v.halted || performance.now() - t0 > 20000) {
      reply({ t: 'image_error', reason: 'the boot did not reach popcorn_boot' });
      return;
    }
    setTimeout(check, 5);
  };
  setTimeout(check, 5);
}
