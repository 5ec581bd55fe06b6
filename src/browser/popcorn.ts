// The page API, compatible with Popcorn's: the VM runs in a Worker started
// by a hidden iframe (iframe.ts); this side only posts messages, so a
// crashed or hung VM never takes the page down. Without a heartbeat within
// heartbeatTimeoutMs, or on a crash, the iframe is replaced (up to
// MAX_RELOADS times), onReload(reason) is called and pending calls settle
// with { ok: false, error: PopcornError('reload') }.

import { TAG, type ToIframe, type ToPage } from './protocol.js';

const INIT_TIMEOUT_MS = 30_000;
const CALL_TIMEOUT_MS = 60_000;
const HEARTBEAT_TIMEOUT_MS = 60_000;
const HEARTBEAT_INTERVAL_MS = 500;
const MAX_RELOADS = 3;
const IFRAME_URL = new URL('./iframe.html', import.meta.url).href;

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
  private status: 'mount' | 'ready' | 'reload' | 'deinit' = 'mount';
  private readonly onWindowMessage = (e: MessageEvent): void => this.onIframeMessage(e);

  private constructor(private readonly opts: PopcornInitOptions & { container: HTMLElement }, token: symbol) {
    if (token !== TOKEN) throw new Error("Don't construct Popcorn directly, use Popcorn.init()");
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
    iframe.src = IFRAME_URL;
    iframe.style.display = 'none';
    iframe.setAttribute('aria-hidden', 'true');
    this.iframe = iframe;
    this.opts.container.appendChild(iframe);
    this.armHeartbeat();
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => done(new Error('popcorn: the app did not call Popcorn.Wasm.ready/0,1 in time')), INIT_TIMEOUT_MS);
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
        this.post({ t: 'init', bundlePaths: this.bundleURLs, debug: this.opts.debug ?? false, heartbeatMs: HEARTBEAT_INTERVAL_MS });
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

  private onEvent(name: string, payload: AnySerializable): void {
    if (name === 'popcorn_app_ready' || name === 'popcorn_set_default_receiver') {
      this.defaultReceiver = payload?.name ?? this.defaultReceiver;
      if (name === 'popcorn_app_ready') this.ready?.();
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
    if (this.status !== 'ready') throw new Error(`popcorn: not ready (status: ${this.status})`);
    const t = process ?? this.defaultReceiver;
    if (t === null) throw new Error('popcorn: no process given and no default receiver (Popcorn.Wasm.ready/1)');
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

  private teardown(code: 'deinitialized' | 'reload'): void {
    if (this.heartbeatTimer !== null) clearTimeout(this.heartbeatTimer);
    this.heartbeatTimer = null;
    this.iframe?.remove();
    this.iframe = null;
    this.defaultReceiver = null;
    for (const id of [...this.calls.keys()]) {
      this.settle(id, { ok: false, error: new PopcornError(code), durationMs: 0 });
    }
  }

  private armHeartbeat(): void {
    if (this.heartbeatTimer !== null) clearTimeout(this.heartbeatTimer);
    this.heartbeatTimer = setTimeout(() => this.reload('heartbeat_lost'), this.heartbeatTimeoutMs);
  }

  private reload(reason: string): void {
    if (this.status === 'deinit') return;
    const wasMounting = this.status === 'mount' ? this.ready : null;
    this.teardown('reload');
    if (++this.reloads > MAX_RELOADS) {
      this.status = 'deinit';
      console.error(`popcorn: the VM failed ${this.reloads} times; giving up (${reason})`);
      wasMounting?.(new Error(`popcorn: the VM failed: ${reason}`));
      return;
    }
    this.status = 'reload';
    this.opts.onReload?.(reason);
    const remount = this.mount();
    if (wasMounting !== null) remount.then(() => wasMounting(), (e: Error) => wasMounting(e));
    else remount.catch((e: Error) => console.error(e.message));
  }

  private trace(...args: unknown[]): void {
    if (this.opts.debug) console.debug(...args);
  }
}
