// The browser VM's boot, shared by the Worker (src/host/browser_worker.ts)
// and the boot-image writer (src/snapshot/write.ts), so that an image holds
// exactly the state a page would reach itself. Import this module first:
// the atoms interned while modules load must come in the same order in both
// (an image is refused unless the page's atom table is a prefix of its own).

import '../bifs/index.js';
import '../bifs/popcorn_js.js';
import { Vm } from '../runtime/vm.js';
import { atom, FALSE, NIL, type Pid, type Term } from '../term/types.js';
import { arrayToList, stringToList } from '../term/list.js';
import { ErlMap } from '../term/map.js';
import { binaryToTerm } from '../term/etf.js';
import { consultText } from '../cli/app_spec.js';
import { BrowserHost, type Bundle } from './browser.js';

/** Applications that come with OTP 25 or Elixir: loaded, never started as the user's. */
const PLATFORM_APPS = new Set([
  'asn1', 'common_test', 'compiler', 'crypto', 'debugger', 'dialyzer', 'diameter', 'edoc', 'eldap',
  'erl_interface', 'erts', 'et', 'eunit', 'ftp', 'inets', 'jinterface', 'kernel', 'megaco', 'mnesia',
  'observer', 'odbc', 'os_mon', 'parsetools', 'public_key', 'reltool', 'runtime_tools', 'sasl', 'snmp',
  'ssh', 'ssl', 'stdlib', 'syntax_tools', 'tftp', 'tools', 'wx', 'xmerl',
  'elixir', 'eex', 'ex_unit', 'iex', 'logger', 'mix', 'popcorn',
]);

/** The name popcorn_wasm_boot registers once elixir and logger are up. */
export const A_POPCORN_BOOT = atom('popcorn_boot');
const A_POPCORN_START = atom('popcorn_start');

/**
 * A BrowserHost whose monotonic clock can be moved forward: a VM restored
 * from an image continues the image's erlang:monotonic_time, never behind it.
 */
export class BootHost extends BrowserHost {
  clockOffset = 0;
  override monotonicMs(): number {
    return super.monotonicMs() + this.clockOffset;
  }
}

/**
 * Spawn the boot: popcorn_entry starts kernel and stdlib, then
 * popcorn_wasm_boot:start/0 starts elixir and logger and waits, registered
 * as popcorn_boot, for startMessage(). Throws when an .app file is missing.
 */
export function spawnBoot(vm: Vm, bundle: Bundle): Pid {
  const spec = (app: string): Term => {
    const text = bundle.apps.get(app);
    if (text === undefined) throw new Error(`${app}.app is not in the bundle`);
    return consultText(text, `${app}.app`)[0];
  };
  // erts is never loaded on erl (Elixir would name it in stack traces)
  const others = [...bundle.apps.keys()].filter((a) => a !== 'kernel' && a !== 'stdlib' && a !== 'erts');
  const bootTerm = ErlMap.EMPTY.put(atom('args'), initArguments())
    .put(atom('apps'), arrayToList(['kernel', 'stdlib'].map(spec)))
    .put(atom('load'), arrayToList(others.map(spec)))
    .put(atom('code_path'), NIL);
  return vm.spawn(atom('popcorn_entry'), atom('run'), [
    bootTerm, atom('popcorn_wasm_boot'), atom('start'), NIL, FALSE,
  ]);
}

/** The Mix project's config in a bundle: term_to_binary({Config, RuntimeConfig}), written by `popcorn build`. */
export const CONFIG_FILE = 'popcorn/config.etf';

/**
 * {popcorn_start, UserApps, StartModules, {Config, RuntimeConfig}}: what the
 * waiting boot goes on with. Throws when the bundle's config is not a term.
 */
export function startMessage(bundle: Bundle): Term {
  const userApps = [...bundle.apps.keys()].filter((a) => !PLATFORM_APPS.has(a)).map((a) => atom(a));
  const starts = bundle.startModules.map((m) => atom(m));
  const file = bundle.files.get(CONFIG_FILE);
  const config = file === undefined ? [NIL, NIL] : (binaryToTerm(file, { safe: false }) as Term);
  return [A_POPCORN_START, arrayToList(userApps), arrayToList(starts), config];
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
