// Runs run_js functions on the iframe's main thread and keeps the tracked
// values they return. A function's source is compiled once with `window`
// and `document` bound to the parent page's and cached by its text. Its
// arguments are rebuilt in the parent's realm (so `instanceof Array` works
// against the page's globals), with tracked markers replaced by the values.

import { TRACKED_KEY, type ReturnMode, type ToWorker } from './protocol.js';

/** A value run_js hands back to be tracked, with an optional cleanup run on release. */
export class TrackedValue {
  constructor(
    readonly value: unknown,
    readonly cleanup?: () => void,
  ) {}
}

interface Entry {
  value: unknown;
  cleanup?: () => void;
}

type UserFn = (ctx: { args: unknown; wasm: unknown; iframeWindow: Window }) => unknown;

function plain(v: unknown): unknown {
  return v === undefined ? null : JSON.parse(JSON.stringify(v) ?? 'null');
}

function message(e: unknown): string {
  return e instanceof Error || (typeof e === 'object' && e !== null && 'message' in e)
    ? String((e as Error).message)
    : String(e);
}

export class JsRunner {
  private readonly tracked = new Map<number, Entry>();
  private nextKey = 1;
  private readonly compiled = new Map<string, UserFn>();
  /** what run_js functions get as `wasm` */
  private readonly wasm: Record<string, unknown>;

  constructor(
    private readonly page: Window,
    private readonly toWorker: (msg: ToWorker) => void,
    sendEvent: (name: string, payload: unknown) => void,
  ) {
    this.wasm = {
      sendEvent: (name: string, payload: unknown) => sendEvent(name, plain(payload)),
      cast: (process: string | null, args: unknown) =>
        toWorker({ t: 'cast', process: process ?? null, args: plainOrNull(args) }),
      nextTrackedObjectKey: () => this.nextKey++,
      cleanupFunctions: new Map<number, () => void>(),
    };
  }

  private compile(code: string): UserFn {
    let fn = this.compiled.get(code);
    if (fn === undefined) {
      const make = new Function('window', 'document', 'TrackedValue', `return (${code}\n);`);
      fn = make(this.page, this.page.document, TrackedValue) as UserFn;
      this.compiled.set(code, fn);
    }
    return fn;
  }

  private revive(args: unknown): unknown {
    const json = (this.page as unknown as { JSON: JSON }).JSON;
    return json.parse(JSON.stringify(args), (_k, v) =>
      v !== null && typeof v === 'object' && TRACKED_KEY in v ? this.tracked.get(v[TRACKED_KEY])?.value : v,
    );
  }

  runJs(id: number, code: string, args: unknown, mode: ReturnMode): void {
    const reply = (ok: boolean, value: unknown): void => this.toWorker({ t: 'js_reply', id, ok, value });
    try {
      const result = this.compile(code)({ args: this.revive(args), wasm: this.wasm, iframeWindow: window });
      if (result !== null && typeof result === 'object' && typeof (result as Promise<unknown>).then === 'function') {
        (result as Promise<unknown>).then(
          (r) => this.finish(r, mode, reply),
          (e: unknown) => reply(false, message(e)),
        );
      } else this.finish(result, mode, reply);
    } catch (e) {
      reply(false, message(e));
    }
  }

  private finish(result: unknown, mode: ReturnMode, reply: (ok: boolean, value: unknown) => void): void {
    const items = result === undefined ? [] : Array.isArray(result) ? result : [result];
    try {
      if (mode === 'ref' || mode === 'refs') reply(true, items.map((x) => this.store(x)));
      else reply(true, items.map(plain));
    } catch (e) {
      reply(false, message(e));
    }
  }

  private store(x: unknown): number {
    const key = this.nextKey++;
    this.tracked.set(key, x instanceof TrackedValue ? { value: x.value, cleanup: x.cleanup } : { value: x });
    return key;
  }

  getTracked(id: number, keys: number[]): void {
    const out = keys.map((k) => {
      const e = this.tracked.get(k);
      if (e === undefined) return { ok: false, e: 'not_found' };
      try {
        return { ok: true, v: plain(e.value) };
      } catch {
        return { ok: false, e: 'badvalue' };
      }
    });
    this.toWorker({ t: 'js_reply', id, ok: true, value: out });
  }

  release(keys: number[]): void {
    for (const k of keys) {
      const e = this.tracked.get(k);
      if (e === undefined) continue;
      this.tracked.delete(k);
      try {
        e.cleanup?.();
      } catch (err) {
        console.error('popcorn: tracked value cleanup failed', err);
      }
    }
  }

  /** How many values are tracked now (tests read it through the page). */
  get trackedCount(): number {
    return this.tracked.size;
  }

  runScript(code: string): void {
    try {
      (0, eval)(code);
    } catch (e) {
      console.error('popcorn: emscripten:run_script failed', e);
    }
  }
}

function plainOrNull(v: unknown): unknown {
  try {
    return plain(v);
  } catch {
    return null;
  }
}
