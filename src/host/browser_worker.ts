// The Worker the iframe starts: it boots the VM from the .avm bundles it is
// handed (kernel and stdlib started as erl's start_clean does, the other
// applications in the bundle loaded, then lib/popcorn_wasm_boot.erl starts
// elixir, logger and the app), posts output and heartbeats, and carries
// calls, casts and run_js replies between the iframe and Erlang mailboxes.

import '../bifs/index.js';
import '../bifs/popcorn_js.js';
import { Vm } from '../runtime/vm.js';
import { atom, FALSE, NIL, type Term } from '../term/types.js';
import { arrayToList, stringToList } from '../term/list.js';
import { ErlMap } from '../term/map.js';
import { consultText } from '../cli/app_spec.js';
import { BrowserHost, openBundles, type Bundle } from './browser.js';
import { setJsBridge } from '../bifs/popcorn_js_tracked.js';
import { defaultReceiver, deliverJsReply } from '../bifs/popcorn_js.js';
import { jsToTerm } from '../bifs/popcorn_js_term.js';
import type { FromWorker, ToWorker } from '../browser/protocol.js';

/** Applications that come with OTP 25 or Elixir: loaded, never started as the user's. */
const PLATFORM_APPS = new Set([
  'asn1', 'common_test', 'compiler', 'crypto', 'debugger', 'dialyzer', 'diameter', 'edoc', 'eldap',
  'erl_interface', 'erts', 'et', 'eunit', 'ftp', 'inets', 'jinterface', 'kernel', 'megaco', 'mnesia',
  'observer', 'odbc', 'os_mon', 'parsetools', 'public_key', 'reltool', 'runtime_tools', 'sasl', 'snmp',
  'ssh', 'ssl', 'stdlib', 'syntax_tools', 'tftp', 'tools', 'wx', 'xmerl',
  'elixir', 'eex', 'ex_unit', 'iex', 'logger', 'mix', 'popcorn',
]);

const A_EMSCRIPTEN = atom('emscripten');
const A_CALL = atom('call');
const A_CAST = atom('cast');

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
      toProcess(m.process, [A_EMSCRIPTEN, [A_CALL, m.id, jsToTerm(m.args)]], m.id);
      break;
    case 'cast':
      toProcess(m.process, [A_EMSCRIPTEN, [A_CAST, jsToTerm(m.args)]], null);
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
    bundle = openBundles(packs);
  } catch (e) {
    post({ t: 'crash', reason: `cannot read the bundle: ${(e as Error).message}` });
    return;
  }
  trace(`bundle opened (${bundle.modules.size} modules)`);
  setJsBridge(post);
  const host = new BrowserHost({
    bundle,
    write: (fd, text) => post({ t: fd === 1 ? 'stdout' : 'stderr', text }),
    onHalt: (status) => post({ t: 'crash', reason: `the VM halted with status ${status}` }),
  });
  vm = new Vm(host);
  const spec = (app: string): Term => {
    const text = bundle.apps.get(app);
    if (text === undefined) throw new Error(`${app}.app is not in the bundle`);
    return consultText(text, `${app}.app`)[0];
  };
  let bootTerm: Term;
  try {
    const others = [...bundle.apps.keys()].filter((a) => a !== 'kernel' && a !== 'stdlib');
    bootTerm = ErlMap.EMPTY.put(atom('args'), initArguments())
      .put(atom('apps'), arrayToList(['kernel', 'stdlib'].map(spec)))
      .put(atom('load'), arrayToList(others.map(spec)))
      .put(atom('code_path'), NIL);
  } catch (e) {
    post({ t: 'crash', reason: `cannot boot: ${(e as Error).message}` });
    return;
  }
  const userApps = [...bundle.apps.keys()].filter((a) => !PLATFORM_APPS.has(a)).map((a) => atom(a));
  const starts = bundle.startModules.map((m) => atom(m));
  const pid = vm.spawn(atom('popcorn_entry'), atom('run'), [
    bootTerm,
    atom('popcorn_wasm_boot'),
    atom('start'),
    arrayToList([arrayToList(userApps), arrayToList(starts)]),
    FALSE,
  ]);
  void vm.whenExited(pid).then((exit) => {
    if (!exit.normal) post({ t: 'crash', reason: 'the boot process crashed' });
  });
}

/**
 * init:get_arguments/0 of a node with no file system. `-mode minimal` is
 * kernel's own switch for a node without distribution: kernel_sup then
 * starts no inet_db, rex, global, net_sup, global_group or signal server,
 * none of which a page can use.
 */
function initArguments(): Term {
  const flag = (name: string, ...values: string[]): Term => [atom(name), arrayToList(values.map(stringToList))];
  return arrayToList([flag('root', '/'), flag('progname', 'erl'), flag('noshell'), flag('mode', 'minimal')]);
}
