// `popcorn run`: boot a VM under Node, call the entry function, report.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultCodePath, NodeHost, otpRoot } from '../host/node.js';
import { Vm } from '../runtime/vm.js';
import { atom, FALSE, NIL, TRUE, type Term } from '../term/types.js';
import { arrayToList, stringToList } from '../term/list.js';
import { ErlMap } from '../term/map.js';
import { compileErlang, CompileError } from './compile.js';
import { compileElixir, defaultElixirModule, ELIXIR_APPS } from './elixir.js';
import { ConsultError, consultText, readAppSpec } from './app_spec.js';
import { openBundle, type PackBundle } from '../pack/bundle.js';
import { packageRoot, UsageError } from './main.js';
import '../bifs/index.js';

interface RunArgs {
  paths: string[];
  sources: string[];
  entry: { module: string; fun: string } | null;
  print: boolean;
  /** run the entry as `elixir` runs a program (elixir app, Kernel.CLI.run/1) */
  elixir: boolean;
  /** run from this pack: every module and .app file comes from it */
  bundle: string | null;
  args: string[];
}

export function parseRunArgs(argv: string[]): RunArgs {
  const out: RunArgs = { paths: [], sources: [], entry: null, print: false, elixir: false, bundle: null, args: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--path' || a === '-pa') {
      const dir = argv[++i];
      if (dir === undefined) throw new UsageError(`${a} needs a directory`);
      out.paths.push(dir);
    } else if (a === '--entry') {
      const spec = argv[++i];
      const m = spec === undefined ? null : /^([^:]+):([^:]+)$/.exec(spec);
      if (!m) throw new UsageError('--entry takes MOD:FUN');
      out.entry = { module: m[1], fun: m[2] };
    } else if (a === '--print') {
      out.print = true;
    } else if (a === '--elixir') {
      out.elixir = true;
    } else if (a === '--bundle') {
      const file = argv[++i];
      if (file === undefined) throw new UsageError('--bundle needs a .avm file');
      out.bundle = file;
    } else if (a === '--') {
      out.args.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('--')) {
      throw new UsageError(`unknown option ${a}`);
    } else if ((a.endsWith('.erl') || a.endsWith('.ex')) && out.args.length === 0) {
      out.sources.push(a);
      if (a.endsWith('.ex')) out.elixir = true;
    } else {
      out.args.push(a);
    }
  }
  const erl = out.sources.filter((s) => s.endsWith('.erl'));
  if (erl.length > 0 && erl.length < out.sources.length) throw new UsageError('run takes .erl or .ex files, not both');
  if (!out.entry && erl.length > 0) {
    out.entry = { module: path.basename(erl[0], '.erl'), fun: 'main' };
  }
  if (!out.entry && !out.elixir) throw new UsageError('run needs --entry MOD:FUN or a FILE.erl/FILE.ex');
  return out;
}

/** init:get_arguments/0 as `erl -noshell` would answer it: [{Flag, [Value]}]. */
function initArguments(bundle: boolean): Term {
  const flag = (name: string, ...values: string[]): Term => [atom(name), arrayToList(values.map(stringToList))];
  const root = otpRoot() ?? '/';
  const args: Term[] = [flag('root', root)];
  const erts = ertsDir(root);
  if (erts !== null) args.push(flag('bindir', path.join(erts, 'bin')));
  args.push(flag('progname', 'erl'));
  if (process.env.HOME) args.push(flag('home', process.env.HOME));
  args.push(flag('noshell'));
  // a bundle is made for the browser, which boots kernel in -mode minimal
  // (no distribution): its pack leaves inet_db, global, net_kernel out
  if (bundle) args.push(flag('mode', 'minimal'));
  return arrayToList(args);
}

/** <root>/erts-<vsn>, the runtime system directory of the OTP installation. */
function ertsDir(root: string): string | null {
  try {
    const name = fs.readdirSync(root).find((n) => n.startsWith('erts-'));
    return name === undefined ? null : path.join(root, name);
  } catch {
    return null;
  }
}

/**
 * What popcorn_init:start/1 boots from: the init arguments, the specs of the
 * applications erl's start_clean script loads (kernel, then stdlib), and
 * the code path (for code:get_path/0 and code:lib_dir/1).
 */
function bootArguments(codePath: readonly string[], loadOnly: readonly string[], bundle?: PackBundle): Term {
  const spec = (app: string): Term => {
    const text = bundle?.apps.get(app);
    const s = bundle ? (text === undefined ? null : consultText(text, `${app}.app`)[0]) : readAppSpec(app, codePath);
    if (s === null) throw new BootError(`cannot boot: ${app}.app is not on the code path`);
    return s;
  };
  return ErlMap.EMPTY.put(atom('args'), initArguments(bundle !== undefined))
    .put(atom('apps'), arrayToList(['kernel', 'stdlib'].map(spec)))
    .put(atom('load'), arrayToList(loadOnly.map(spec)))
    .put(atom('code_path'), arrayToList(codePath.map(stringToList)));
}

class BootError extends Error {}

export async function runCommand(argv: string[]): Promise<number> {
  const opts = parseRunArgs(argv);
  const codePath = opts.paths.map((p) => path.resolve(p));
  if (opts.sources.length > 0) {
    try {
      if (opts.sources[0].endsWith('.ex')) {
        const dir = compileElixir(opts.sources);
        codePath.unshift(dir);
        if (!opts.entry) {
          const mod = defaultElixirModule(dir);
          if (mod === null) throw new UsageError('several modules compiled: say which to run with --entry MOD:FUN');
          opts.entry = { module: mod, fun: 'main' };
        }
      } else {
        codePath.unshift(compileErlang(opts.sources));
      }
    } catch (e) {
      if (e instanceof CompileError) {
        process.stderr.write(`popcorn: ${e.message}\n`);
        return 1;
      }
      throw e;
    }
  }
  if (!opts.entry) throw new UsageError('run needs --entry MOD:FUN');
  // String arguments arrive as one list of charlists, as `erl -run` passes
  // them; an Elixir program gets them from System.argv/0 instead.
  const argList = arrayToList(opts.args.map((s) => stringToList(s)));
  let entry: [Term, Term, Term[]];
  if (opts.elixir) {
    entry = [atom('popcorn_elixir'), atom('run'), [atom(opts.entry.module), atom(opts.entry.fun), argList]];
  } else {
    entry = [atom(opts.entry.module), atom(opts.entry.fun), opts.args.length > 0 ? [argList] : []];
  }
  const bundle = opts.bundle !== null ? openBundle(fs.readFileSync(opts.bundle)) : undefined;
  return runOnVm({
    codePath: bundle !== undefined ? [] : cliCodePath(codePath),
    // a bundle's applications are all loaded, as the browser's boot loads
    // them (erts is never loaded on erl: Elixir would name it in traces)
    load: bundle !== undefined
      ? [...bundle.apps.keys()].filter((a) => a !== 'kernel' && a !== 'stdlib' && a !== 'erts')
      : opts.elixir ? ELIXIR_APPS : [],
    entry,
    print: opts.print,
    bundle,
  });
}

/** `dirs`, then our own lib's ebin, then OTP's and Elixir's. */
export function cliCodePath(dirs: readonly string[]): string[] {
  return [...dirs, path.join(packageRoot(), 'build', 'lib', 'ebin'), ...defaultCodePath()];
}

/** One boot of a VM by the CLI (also used by `popcorn run DIR` / `popcorn test DIR`, mix.ts). */
export interface VmJob {
  /** the whole code path */
  codePath: string[];
  /** applications loaded (not started) at boot after kernel and stdlib */
  load: readonly string[];
  /** called after the boot in the first process, as M:F(A...) */
  entry: [Term, Term, Term[]];
  print?: boolean;
  /**
   * When no process can ever run again: 'deadlock' (default) fails with a
   * message; 'wait' keeps the node up until halted, as `mix run --no-halt`.
   */
  onIdle?: 'deadlock' | 'wait';
  /** every module and .app file from this pack instead of the code path */
  bundle?: PackBundle;
}

/** Boots a VM under Node, runs the job's entry; the exit status. */
export async function runOnVm(job: VmJob): Promise<number> {
  const { codePath } = job;
  let halted: number | null = null;
  const host = new NodeHost({
    codePath,
    bundle: job.bundle,
    onHalt: (status) => {
      halted = status;
      process.exit(status);
    },
  });
  const vm = new Vm(host);
  const entry = job.entry;
  let boot: Term;
  try {
    boot = bootArguments(codePath, job.load, job.bundle);
  } catch (e) {
    if (e instanceof BootError || e instanceof ConsultError) {
      process.stderr.write(`popcorn: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  const pid = vm.spawn(atom('popcorn_entry'), atom('run'), [
    boot,
    entry[0],
    entry[1],
    arrayToList(entry[2], NIL),
    job.print ? TRUE : FALSE,
  ], { crashReportToHost: true }); // the CLI exits at once: logger would not get to print it
  // Node's event loop drains only when no process can ever run again (no
  // timers, nothing runnable): the entry waits forever. Say so and fail
  // rather than exit silently with status 0.
  const onDrained = (): void => {
    if (job.onIdle === 'wait') {
      setInterval(() => {}, 1 << 30); // an idle node: no CPU, until halted
      return;
    }
    process.stderr.write(`popcorn: deadlock: the entry process is waiting in receive and nothing can wake it\n`);
    process.exit(1);
  };
  process.once('beforeExit', onDrained);
  const exit = await vm.whenExited(pid);
  process.off('beforeExit', onDrained);
  if (halted !== null) return halted;
  return exit.normal ? 0 : 1;
}
