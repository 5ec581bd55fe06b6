// The page API, compatible with Popcorn's: the VM runs in a Worker started
// by a hidden iframe (iframe.ts); this side only posts messages, so a
// crashed or hung VM never takes the page down. Without a heartbeat within
// heartbeatTimeoutMs, or on a crash, the iframe is replaced (up to
// MAX_RELOADS times), onReload(reason) is called and pending calls settle
// with { ok: false, error: PopcornError('reload') } — resolved, not rejected,
// as Popcorn's own library does (CallResult errors are never thrown).
// Misuse (no receiver, wrong state) throws PopcornInternalError, as Popcorn.

import { TAG, type ToIframe, type ToPage } from './protocol.js';

const INIT_TIMEOUT_MS = 30_000;
const CALL_TIMEOUT_MS = 60_000;
const HEARTBEAT_TIMEOUT_MS = 60_000;
const HEARTBEAT_INTERVAL_MS = 500;
const MAX_RELOADS = 3;
const BASE_URL = new URL('./', import.meta.url).href;
/**
 * iframe.ts's code, put in by the bundler (scripts/bundle.mjs) so the
 * iframe needs no request before it can start the Worker; undefined when
 * this module runs unbundled, and iframe.js is loaded instead.
 */
declare const __POPCORN_IFRAME_JS__: string | undefined;
const IFRAME_JS = typeof __POPCORN_IFRAME_JS__ === 'string' ? __POPCORN_IFRAME_JS__ : null;

export type AnySerializable = any; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface PopcornInitOptions {
  /** element the iframe is mounted in (default: document.documentElement) */
  container?: HTMLElement;
  /** .avm bundles, resolved against this module's URL (default: ['./bundle.avm']) */
  bundlePaths?: string[];
  onStdout?: (text: string) => void;
  onStderr?: (text: string) => void;
  /** called when the VM is restarted after a crash or a missed heartbeat */
  onReload?: (reason: string) => void;
  heartbeatTimeoutMs?: number;
  /** Popcorn's directory of AtomVM's Wasm files: accepted for compatibility, unused (no Wasm here) */
  wasmDir?: string;
  debug?: boolean;
}

export interface CallOptions {
  /** registered name of the receiving process (default: the default receiver) */
  process?: string;
  timeoutMs?: number;
}

export interface CastOptions {
  process?: string;
}

export type CallResult =
  | { ok: true; data: AnySerializable; durationMs: number }
  | { ok: false; error: AnySerializable; durationMs: number };

export type LogType = 'stdout' | 'stderr';
export type LogListener = (text: string) => void;
export type MessageHandler = (eventName: string, payload: AnySerializable) => void;

export type PopcornErrorCode = 'timeout' | 'deinitialized' | 'reload';

/** Why a call failed on our side rather than Elixir's (returned in CallResult, never thrown). */
export class PopcornError extends Error {
  constructor(readonly code: PopcornErrorCode, message?: string) {
    super(message ?? ERROR_TEXT[code]);
    this.name = 'PopcornError';
  }
}

const ERROR_TEXT: Record<PopcornErrorCode, string> = {
  timeout: 'Promise timeout',
  deinitialized: 'Call cancelled due to instance deinit',
  reload: 'Call cancelled due to iframe reload',
};

export type PopcornInternalErrorCode = 'private_constructor' | 'bad_target' | 'bad_status' | 'app_ready_timeout' | 'vm_failed';

/** A bug or a misuse of the library (always thrown), with Popcorn's codes. */
export class PopcornInternalError extends Error {
  constructor(readonly code: PopcornInternalErrorCode, message?: string) {
    super(message ?? `Internal error: ${code}`);
    this.name = 'PopcornInternalError';
  }
}

interface PendingCall {
  start: number;
  resolve: (r: CallResult) => void;
  timer: ReturnType<typeof setTimeout>;
}

const TOKEN = Symbol('popcorn');

export class Popcorn {
  readonly heartbeatTimeoutMs: number;
  private iframe: HTMLIFrameElement | null = null;
  private readonly bundleURLs: string[];
  private defaultReceiver: string | null = null;
  private nextId = 1;
  private readonly calls = new Map<number, PendingCall>();
  private readonly logListeners: Record<LogType, Set<LogListener>> = { stdout: new Set(), stderr: new Set() };
  private readonly handlers = new Set<MessageHandler>();
  private heartbeatTimer: ReturnType<typeof setTimeout> | null = null;
  private reloads = 0;
  private ready: ((err?: Error) => void) | null = null;
  /** this mount's bundles, fetched by the page while the iframe loads */
  private bundles: Promise<ArrayBuffer[]> | null = null;
  private status: 'mount' | 'ready' | 'reload' | 'deinit' = 'mount';
  private readonly onWindowMessage = (e: MessageEvent): void => this.onIframeMessage(e);

  private constructor(private readonly opts: PopcornInitOptions & { container: HTMLElement }, token: symbol) {
    if (token !== TOKEN) {
      throw new PopcornInternalError('private_constructor', "Don't construct the Popcorn object directly, use Popcorn.init() instead");
    }
    this.bundleURLs = (opts.bundlePaths ?? ['./bundle.avm']).map((p) => new URL(p, import.meta.url).href);
    this.heartbeatTimeoutMs = opts.heartbeatTimeoutMs ?? HEARTBEAT_TIMEOUT_MS;
    this.logListeners.stdout.add(opts.onStdout ?? console.log);
    this.logListeners.stderr.add(opts.onStderr ?? console.warn);
    window.addEventListener('message', this.onWindowMessage);
  }

  /** Mounts the iframe and boots the VM; resolves once the app calls Popcorn.Wasm.ready/0,1. */
  static async init(options: PopcornInitOptions = {}): Promise<Popcorn> {
    const p = new Popcorn({ ...options, container: options.container ?? document.documentElement }, TOKEN);
    try {
      await p.mount();
    } catch (e) {
      p.deinit();
      throw e;
    }
    return p;
  }

  private mount(): Promise<void> {
    this.status = 'mount';
    const iframe = document.createElement('iframe');
    iframe.style.display = 'none';
    iframe.setAttribute('aria-hidden', 'true');
    this.iframe = iframe;
    this.opts.container.appendChild(iframe);
    startRuntime(iframe);
    // after the Worker's start: its script is on the critical path, the
    // bundles are not needed before that script has run
    this.bundles = fetchBundles(this.bundleURLs);
    this.bundles.catch(() => undefined); // reported when the iframe asks for them
    this.armHeartbeat();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => done(new PopcornInternalError('app_ready_timeout', `Elixir app did not call Popcorn.Wasm.ready() within ${INIT_TIMEOUT_MS}ms`)),
        INIT_TIMEOUT_MS,
      );
      const done = (err?: Error): void => {
        clearTimeout(timer);
        this.ready = null;
        if (err) reject(err);
        else {
          this.status = 'ready';
          resolve();
        }
      };
      this.ready = done;
    });
  }

  private post(msg: ToIframe): void {
    this.iframe?.contentWindow?.postMessage({ [TAG]: msg }, '*');
  }

  private onIframeMessage(e: MessageEvent): void {
    if (this.iframe === null || e.source !== this.iframe.contentWindow) return;
    const m = (e.data as Record<string, unknown> | null)?.[TAG] as ToPage | undefined;
    if (m === undefined) return;
    switch (m.t) {
      case 'iframe_ready':
        this.sendBundles();
        break;
      case 'stdout':
      case 'stderr':
        for (const l of this.logListeners[m.t]) l(m.text);
        break;
      case 'heartbeat':
        this.armHeartbeat();
        break;
      case 'event':
        this.onEvent(m.name, m.payload);
        break;
      case 'settle':
        this.settle(m.id, m.ok ? { ok: true, data: m.data, durationMs: 0 } : { ok: false, error: m.data, durationMs: 0 });
        break;
      case 'crash':
        this.trace('popcorn: VM crashed:', m.reason);
        this.reload(`crash: ${m.reason}`);
        break;
      case 'log':
        this.trace(m.text);
        break;
    }
  }

  /** Hands the fetched bundles to the iframe (transferred, not copied) once both are ready. */
  private sendBundles(): void {
    const iframe = this.iframe;
    this.bundles?.then(
      (bundles) => {
        if (this.iframe !== iframe) return; // replaced meanwhile
        const msg: ToIframe = { t: 'init', bundles, debug: this.opts.debug ?? false, heartbeatMs: HEARTBEAT_INTERVAL_MS };
        this.iframe?.contentWindow?.postMessage({ [TAG]: msg }, '*', bundles);
      },
      (e: Error) => {
        if (this.iframe === iframe) this.reload(`crash: ${e.message}`);
      },
    );
  }

  private onEvent(name: string, payload: AnySerializable): void {
    // as in Popcorn, 'popcorn*' events are the library's own, never the handlers'
    if (name.startsWith('popcorn')) {
      if (name === 'popcorn_app_ready' || name === 'popcorn_set_default_receiver') {
        this.defaultReceiver = payload?.name ?? this.defaultReceiver;
        if (name === 'popcorn_app_ready') this.ready?.();
      } else this.trace('popcorn: unknown internal event', name);
      return;
    }
    for (const h of this.handlers) {
      try {
        h(name, payload);
      } catch (err) {
        console.error(`Error in onMessage handler for '${name}':`, err);
      }
    }
  }

  private settle(id: number, r: CallResult): void {
    const c = this.calls.get(id);
    if (c === undefined) return;
    this.calls.delete(id);
    clearTimeout(c.timer);
    r.durationMs = performance.now() - c.start;
    c.resolve(r);
  }

  private target(process: string | undefined): string {
    if (this.status !== 'ready') {
      throw new PopcornInternalError('bad_status', `Operation not allowed: instance in "${this.status}" state, expected "ready"`);
    }
    const t = process ?? this.defaultReceiver;
    if (t === null) {
      throw new PopcornInternalError('bad_target', 'Unspecified target process (pass { process } or call Popcorn.Wasm.ready/1)');
    }
    return t;
  }

  /** Sends `args` to an Elixir process as a call; resolves with its reply or rejection. */
  async call(args: AnySerializable, { process, timeoutMs }: CallOptions = {}): Promise<CallResult> {
    const target = this.target(process);
    const id = this.nextId++;
    const ms = timeoutMs ?? CALL_TIMEOUT_MS;
    return new Promise<CallResult>((resolve) => {
      const timer = setTimeout(() => this.settle(id, { ok: false, error: new PopcornError('timeout'), durationMs: 0 }), ms);
      this.calls.set(id, { start: performance.now(), resolve, timer });
      this.post({ t: 'call', id, process: target, args });
    });
  }

  /** Sends `args` to an Elixir process; returns at once. */
  cast(args: AnySerializable, { process }: CastOptions = {}): void {
    this.post({ t: 'cast', process: this.target(process), args });
  }

  /** Handles events from Popcorn.Wasm.send_event/1,2; returns the unsubscribe function. */
  onMessage(handler: MessageHandler): () => void {
    this.handlers.add(handler);
    return () => {
      this.handlers.delete(handler);
    };
  }

  registerLogListener(listener: LogListener, type: LogType): void {
    this.logListeners[type].add(listener);
  }

  unregisterLogListener(listener: LogListener, type: LogType): void {
    this.logListeners[type].delete(listener);
  }

  /** Removes the iframe (stopping the VM); pending calls settle with PopcornError('deinitialized'). */
  deinit(): void {
    this.status = 'deinit';
    this.teardown('deinitialized');
    window.removeEventListener('message', this.onWindowMessage);
    this.logListeners.stdout.clear();
    this.logListeners.stderr.clear();
    this.handlers.clear();
  }

  /** Test-only: makes the VM's thread spin for `ms` milliseconds, as a hung VM would. */
  debugBlockVm(ms: number): void {
    this.post({ t: 'debug_block', ms });
  }

  /** Test-only: a full garbage collection in the VM's Worker (Chromium with --js-flags=--expose-gc). */
  debugGcVm(): void {
    this.post({ t: 'debug_gc' });
  }

  private teardown(code: 'deinitialized' | 'reload', reason?: string): void {
    if (this.heartbeatTimer !== null) clearTimeout(this.heartbeatTimer);
    this.heartbeatTimer = null;
    this.iframe?.remove();
    this.iframe = null;
    this.defaultReceiver = null;
    for (const id of [...this.calls.keys()]) {
      const text = reason === undefined ? undefined : `${ERROR_TEXT[code]}: ${reason}`;
      this.settle(id, { ok: false, error: new PopcornError(code, text), durationMs: 0 });
    }
  }

  private armHeartbeat(): void {
    if (this.heartbeatTimer !== null) clearTimeout(this.heartbeatTimer);
    this.heartbeatTimer = setTimeout(() => {
      // a hidden tab's timers and relays are throttled: late heartbeats there are no hang (as Popcorn)
      if (document.hidden) this.armHeartbeat();
      else this.reload('heartbeat_lost');
    }, this.heartbeatTimeoutMs);
  }

  private reload(reason: string): void {
    if (this.status === 'deinit') return;
    const wasMounting = this.status === 'mount' ? this.ready : null;
    this.teardown('reload', reason);
    if (++this.reloads > MAX_RELOADS) {
      this.status = 'deinit';
      console.error(`popcorn: the VM failed ${this.reloads} times; giving up (${reason})`);
      wasMounting?.(new PopcornInternalError('vm_failed', `popcorn: the VM failed: ${reason}`));
      return;
    }
    this.status = 'reload';
    this.opts.onReload?.(reason);
    const remount = this.mount();
    if (wasMounting !== null) remount.then(() => wasMounting(), (e: Error) => wasMounting(e));
    else remount.catch((e: Error) => console.error(e.message));
  }

  trace(...args: unknown[]): void {
    if (this.opts.debug) console.debug(...args);
  }
}

async function fetchBundles(urls: string[]): Promise<ArrayBuffer[]> {
  return Promise.all(
    urls.map(async (url) => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`cannot fetch bundle ${url}: HTTP ${res.status}`);
      return res.arrayBuffer();
    }),
  );
}

/**
 * Runs iframe.ts in the iframe's own empty document (about:blank, there as
 * soon as the iframe is in the page and of the page's origin): no
 * navigation and no request stand between Popcorn.init and the start of the
 * Worker's download. <base> makes worker.js resolve beside this module.
 */
function startRuntime(iframe: HTMLIFrameElement): void {
  const scriptTag = (): string =>
    IFRAME_JS !== null ? `<script>${IFRAME_JS.replace(/<\/script/gi, '<\\/script')}</script>` : `<script src="${new URL('iframe.js', BASE_URL).href}"></script>`;
  const doc = iframe.contentDocument;
  if (doc === null || doc.head === null) {
    // not in a document yet (a detached container): the page loads when it is
    iframe.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><base href="${BASE_URL}"></head><body>${scriptTag()}</body></html>`;
    return;
  }
  const base = doc.createElement('base');
  base.href = BASE_URL;
  doc.head.appendChild(base);
  const script = doc.createElement('script');
  if (IFRAME_JS !== null) script.textContent = IFRAME_JS;
  else script.src = new URL('iframe.js', BASE_URL).href;
  doc.head.appendChild(script);
}
