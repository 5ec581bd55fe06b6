// The iframe's script (popcorn.ts runs it in the iframe's blank document):
// starts the VM's Worker at once, so its ~600 KB script downloads and
// compiles while the page fetches the bundles, boots it with the bundles
// the page hands over, relays messages between the page and the Worker,
// and runs what must run on a main thread with the parent's
// window/document: run_js functions and DOM listeners (js_runner.ts). It
// holds the tracked JS values.

import { TAG, type FromWorker, type ToIframe, type ToPage, type ToWorker } from './protocol.js';
import { JsRunner } from './js_runner.js';

const parentWindow = window.parent;
const worker = startWorker(new URL('worker.js', document.baseURI).href);
worker.onmessage = (e) => fromWorker(e.data as FromWorker);
worker.onerror = (e) => toPage({ t: 'crash', reason: `worker error: ${e.message}` });

function toPage(msg: ToPage): void {
  parentWindow.postMessage({ [TAG]: msg }, '*');
}

function toWorker(msg: ToWorker, transfer: Transferable[] = []): void {
  worker.postMessage(msg, transfer);
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

window.addEventListener('message', (e: MessageEvent) => {
  if (e.source !== parentWindow) return;
  const m = (e.data as Record<string, unknown> | null)?.[TAG] as ToIframe | undefined;
  if (m === undefined) return;
  switch (m.t) {
    case 'init':
      toWorker({ t: 'boot', bundles: m.bundles, debug: m.debug, heartbeatMs: m.heartbeatMs }, m.bundles);
      break;
    case 'call':
    case 'cast':
    case 'debug_block':
    case 'debug_gc':
      toWorker(m);
      break;
  }
});

toPage({ t: 'iframe_ready' });

/**
 * The iframe shares the page's origin; when worker.js comes from another
 * (popcorn.js on a CDN) a Worker cannot start from its URL, but a same-origin
 * blob Worker may load it with importScripts.
 */
function startWorker(url: string): Worker {
  try {
    return new Worker(url);
  } catch {
    const boot = new Blob([`importScripts(${JSON.stringify(url)});`], { type: 'text/javascript' });
    return new Worker(URL.createObjectURL(boot));
  }
}
