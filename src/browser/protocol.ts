// The messages the page, the iframe and the Worker exchange. Values that
// cross are structured-clone data; Erlang terms are converted to
// JSON-compatible values at the Worker's edge (src/bifs/popcorn_js_term.ts),
// with tracked JS objects standing as `{ [TRACKED_KEY]: key }` markers.

/** Marks a tracked JS value travelling as its key. */
export const TRACKED_KEY = '__popcorn_tracked__';
/** Tag on every message of ours, so other postMessage traffic is ignored. */
export const TAG = 'popcorn-ts';

export type ReturnMode = 'ref' | 'refs' | 'value' | 'values';

/** Worker -> iframe (some of them relayed on to the page). */
export type FromWorker =
  | { t: 'stdout' | 'stderr'; text: string }
  | { t: 'heartbeat' }
  | { t: 'crash'; reason: string }
  | { t: 'log'; text: string }
  /** send_event/2: to the page's onMessage handlers; 'popcorn_app_ready' resolves init */
  | { t: 'event'; name: string; payload: unknown }
  /** settle a page call's promise */
  | { t: 'settle'; id: number; ok: boolean; data: unknown }
  /** run a JS function on the iframe's main thread; reply 'js_reply' with the same id */
  | { t: 'run_js'; id: number; code: string; args: unknown; mode: ReturnMode }
  /** read tracked values; reply 'js_reply' */
  | { t: 'get_tracked'; id: number; keys: number[] }
  /** the Erlang side dropped these tracked values */
  | { t: 'release'; keys: number[] }
  /** AtomVM's emscripten:run_script/2: run a script, no reply */
  | { t: 'run_script'; code: string };

/** iframe -> Worker. */
export type ToWorker =
  | { t: 'boot'; bundles: ArrayBuffer[]; debug: boolean; heartbeatMs: number }
  | { t: 'call'; id: number; process: string | null; args: unknown }
  | { t: 'cast'; process: string | null; args: unknown }
  /** result of run_js / get_tracked: ok with values or tracked keys, or an error text */
  | { t: 'js_reply'; id: number; ok: boolean; value: unknown }
  /** test-only: spin the Worker's thread for `ms` milliseconds */
  | { t: 'debug_block'; ms: number }
  /** test-only: a full JS garbage collection in the Worker (needs --expose-gc) */
  | { t: 'debug_gc' };

/** page -> iframe. The page fetches the bundles while the iframe loads and starts its Worker. */
export type ToIframe =
  | { t: 'init'; bundles: ArrayBuffer[]; debug: boolean; heartbeatMs: number }
  | { t: 'call'; id: number; process: string | null; args: unknown }
  | { t: 'cast'; process: string | null; args: unknown }
  | { t: 'debug_block'; ms: number }
  | { t: 'debug_gc' };

/** iframe -> page: the Worker's messages it relays, and its own. */
export type ToPage =
  | FromWorker
  | { t: 'iframe_ready' };
