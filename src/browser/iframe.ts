// The iframe's script: starts the VM's Worker, relays messages between the
// parent page and the Worker, and runs what must run on a main thread with
// the parent's window/document: run_js functions and DOM listeners
// (js_runner.ts). It holds the tracked JS values.

import { TAG, type FromWorker, type ToIframe, type ToPage, type ToWorker } from './protocol.js';
import { JsRunner } from './js_runner.js';

const parentWindow = window.parent;
let worker: Worker | null = null;

function toPage(msg: ToPage): void {
  parentWindow.postMessage({ [TAG]: msg }, '*');
}

function toWorker(msg: ToWorker, transfer: Transferable[] = []): void {
  worker?.postMessage(msg, transfer);
}

const runner = new JsRunner(
  parentWindow,
  (msg) => toWorker(msg),
  (name, payload) => toPage({ t: 'event', name, payload }),
);
// for tests and debugging: how many JS values the VM keeps tracked
(window as unknown as { __popcornRunner: JsRunner }).__popcornRunner = runner;

function fromWorker(m: FromWorker): void {
  switch (m.t) {
    case 'run_js':
      runner.runJs(m.id, m.code, m.args, m.mode);
      break;
    case 'get_tracked':
      runner.getTracked(m.id, m.keys);
      break;
    case 'release':
      runner.release(m.keys);
      break;
    case 'run_script':
      runner.runScript(m.code);
      break;
    default:
      toPage(m);
  }
}

async function start(bundlePaths: string[], debug: boolean, heartbeatMs: number): Promise<void> {
  const bundles: ArrayBuffer[] = [];
  for (const url of bundlePaths) {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`cannot fetch bundle ${url}: HTTP ${res.status}`);
    bundles.push(await res.arrayBuffer());
  }
  worker = new Worker(new URL('worker.js', document.baseURI));
  worker.onmessage = (e) => fromWorker(e.data as FromWorker);
  worker.onerror = (e) => toPage({ t: 'crash', reason: `worker error: ${e.message}` });
  toWorker({ t: 'boot', bundles, debug, heartbeatMs }, bundles);
}

window.addEventListener('message', (e: MessageEvent) => {
  if (e.source !== parentWindow) return;
  const m = (e.data as Record<string, unknown> | null)?.[TAG] as ToIframe | undefined;
  if (m === undefined) return;
  switch (m.t) {
    case 'init':
      start(m.bundlePaths, m.debug, m.heartbeatMs).catch((err: Error) =>
        toPage({ t: 'crash', reason: err.message }),
      );
      break;
    case 'call':
    case 'cast':
    case 'debug_block':
      toWorker(m);
      break;
  }
});

toPage({ t: 'iframe_ready' });
