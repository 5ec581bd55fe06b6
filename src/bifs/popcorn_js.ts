// popcorn_js: the natives behind Popcorn.Wasm (lib/popcorn_wasm.ex), and
// AtomVM's `emscripten` module. None of them waits: a request to the
// iframe is posted with an id and the native returns at once; the reply
// arrives later as a message {popcorn_js_reply, Id, Result} in the
// caller's mailbox (deliverJsReply), which the Elixir side receives.

import { Atom, Bitstring, Pid, Ref, OK, TRUE, FALSE, atom, type Term } from '../term/types.js';
import { arrayToList, listToArray } from '../term/list.js';
import { binaryFromString, utf8Decode } from '../term/bits.js';
import { current } from '../vm/context.js';
import { badarg, error } from '../vm/exception.js';
import type { Vm } from '../runtime/vm.js';
import type { ReturnMode } from '../browser/protocol.js';
import { defineNatives } from './registry.js';
import { jsToTerm, termToJs } from './popcorn_js_term.js';
import { jsBridge, releaseNow, track, trackedKey } from './popcorn_js_tracked.js';

const A_REPLY = atom('popcorn_js_reply');
const A_ERROR = atom('error');
const A_NOT_FOUND = atom('not_found');
const A_BADVALUE = atom('badvalue');
const A_NO_BRIDGE = atom('no_js_bridge');

interface Pending {
  pid: Pid;
  /** 'tracked' for get_tracked replies */
  mode: ReturnMode | 'tracked';
}

const pending = new Map<number, Pending>();
let nextId = 1;

/** The process JS calls and casts go to when they name none (ready/1, set_default_receiver/1). */
export let defaultReceiver: string | null = null;

function bridge() {
  const post = jsBridge();
  if (post === null) error(A_NO_BRIDGE);
  return post;
}

function text(t: Term): string {
  const s = t instanceof Bitstring ? utf8Decode(t) : null;
  if (s === null) badarg();
  return s;
}

function request(mode: Pending['mode']): number {
  const id = nextId++;
  pending.set(id, { pid: current().pid, mode });
  return id;
}

/** The iframe's answer to a run_js / get_tracked request, into the waiting process's mailbox. */
export function deliverJsReply(vm: Vm, id: number, ok: boolean, value: unknown): void {
  const p = pending.get(id);
  if (p === undefined) return;
  pending.delete(id);
  let result: Term;
  if (!ok) result = [A_ERROR, binaryFromString(String(value))];
  else if (p.mode === 'tracked') result = [OK, arrayToList((value as TrackedRead[]).map(trackedRead))];
  else if (p.mode === 'ref' || p.mode === 'refs') {
    result = [OK, arrayToList((value as number[]).map((key) => {
      const ref = vm.makeRef();
      track(ref, key);
      return ref;
    }))];
  } else result = [OK, arrayToList((value as unknown[]).map(jsToTerm))];
  vm.sendFromHost(p.pid, [A_REPLY, id, result]);
}

/** One entry of a get_tracked reply. */
export type TrackedRead = { ok: true; v: unknown } | { ok: false; e: 'not_found' | 'badvalue' };

function trackedRead(r: TrackedRead): Term {
  if (r.ok) return [OK, jsToTerm(r.v)];
  return [A_ERROR, r.e === 'not_found' ? A_NOT_FOUND : A_BADVALUE];
}

function settle(promise: Term, ok: boolean, value: unknown): Term {
  if (typeof promise !== 'number') badarg();
  bridge()({ t: 'settle', id: promise, ok, data: value });
  return OK;
}

const MODES = new Set(['ref', 'refs', 'value', 'values']);

defineNatives('popcorn_js', {
  'available/0': (): Term => (jsBridge() === null ? FALSE : TRUE),
  /** run_js(Code, Args, Mode) -> Id; reply {popcorn_js_reply, Id, {ok, [Ref | Value]} | {error, Text}} */
  'run_js/3': (code: Term, args: Term, mode: Term): Term => {
    if (!(mode instanceof Atom) || !MODES.has(mode.name)) badarg();
    const post = bridge();
    const js = text(code);
    const jsArgs = termToJs(args);
    const id = request(mode.name as ReturnMode);
    post({ t: 'run_js', id, code: js, args: jsArgs, mode: mode.name as ReturnMode });
    return id;
  },
  /** get_tracked([Ref]) -> Id; reply {ok, [{ok, Value} | {error, not_found | badvalue}]} */
  'get_tracked/1': (refs: Term): Term => {
    const list = listToArray(refs);
    if (list === null) badarg();
    const keys = list.map((r) => {
      const k = r instanceof Ref ? trackedKey(r) : undefined;
      return k === undefined ? -1 : k;
    });
    const post = bridge();
    const id = request('tracked');
    post({ t: 'get_tracked', id, keys });
    return id;
  },
  'send_event/2': (name: Term, payload: Term): Term => {
    const n = text(name);
    const data = termToJs(payload);
    if (n === 'popcorn_app_ready' || n === 'popcorn_set_default_receiver') {
      const r = (data as { name?: unknown } | null)?.name;
      if (typeof r === 'string') defaultReceiver = r;
    }
    bridge()({ t: 'event', name: n, payload: data });
    return OK;
  },
  /** settle(PromiseId, ok | error, Value): answer a page call */
  'settle/3': (promise: Term, how: Term, value: Term): Term => settle(promise, how === OK, termToJs(value)),
  'release/1': (ref: Term): Term => (ref instanceof Ref && releaseNow(ref) ? TRUE : FALSE),
});

// AtomVM's emscripten module, for code written against AtomVM.
defineNatives('emscripten', {
  'run_script/2': (script: Term, _opts: Term): Term => {
    bridge()({ t: 'run_script', code: text(script) });
    return OK;
  },
  'promise_resolve/1': (p: Term): Term => settle(p, true, null),
  'promise_resolve/2': (p: Term, v: Term): Term => settle(p, true, termToJs(v)),
  'promise_reject/1': (p: Term): Term => settle(p, false, null),
  'promise_reject/2': (p: Term, v: Term): Term => settle(p, false, termToJs(v)),
});

/** The bridge's state, for a boot image (src/snapshot/state.ts); calls in flight cannot be saved. */
export function popcornJsState(): { nextId: number; pending: number; defaultReceiver: string | null } {
  return { nextId, pending: pending.size, defaultReceiver };
}
export function restorePopcornJs(s: ReturnType<typeof popcornJsState>): void {
  nextId = s.nextId;
  pending.clear();
  defaultReceiver = s.defaultReceiver;
}
