// `popcorn run MIX_PROJECT_DIR` and `popcorn test MIX_PROJECT_DIR`: a Mix
// project run as `mix run` / tested as `mix test` (Elixir 1.14) do it, with
// the compile-time half on the host (mix_host.ts) and the rest on our VM
// (lib/popcorn_mix.erl): config into the application environment, the
// project's applications started, then halt, --no-halt, or ExUnit.
//
//   popcorn run DIR [--no-halt] [--permanent|--temporary] [-- ARG...]
//   popcorn test DIR [mix test options] [TEST_FILE[:LINE]...]

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Atom, atom, FALSE, TRUE, type Term } from '../term/types.js';
import { arrayToList, listToArray } from '../term/list.js';
import { ErlMap } from '../term/map.js';
import { binaryFromString } from '../term/bits.js';
import { MixHostError, prepareMixProject, type MixProject } from './mix_host.js';
import { cliCodePath, runOnVm } from './run.js';
import { ELIXIR_APPS } from './elixir.js';
import { readAppSpec } from './app_spec.js';
import { UsageError } from './main.js';

/** True when `argv` names a Mix project directory (its first argument holds mix.exs). */
export function isMixProjectArg(argv: readonly string[]): boolean {
  const first = argv[0];
  if (first === undefined || first.startsWith('-')) return false;
  try {
    return fs.statSync(path.join(first, 'mix.exs')).isFile();
  } catch {
    return false;
  }
}

export interface MixRunArgs {
  dir: string;
  halt: boolean;
  /** passed to the host's `mix run` (app.start's --permanent/--temporary) */
  mixArgs: string[];
  /** System.argv/0 on the VM */
  argv: string[];
}

export function parseMixRunArgs(argv: readonly string[]): MixRunArgs {
  const [dir, ...rest] = argv;
  if (dir === undefined) throw new UsageError('run needs a Mix project directory');
  const out: MixRunArgs = { dir, halt: true, mixArgs: [], argv: [] };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--no-halt') out.halt = false;
    else if (a === '--halt') out.halt = true;
    else if (a === '--permanent' || a === '--temporary') out.mixArgs.push(a);
    else if (a === '--') {
      out.argv = rest.slice(i + 1);
      break;
    } else throw new UsageError(`run DIR: unknown option ${a} (mix scripts and -e need the Elixir compiler, not on the VM yet)`);
  }
  return out;
}

export async function mixRunCommand(argv: string[]): Promise<number> {
  const opts = parseMixRunArgs(argv);
  const project = prepare(opts.dir, 'run', opts.mixArgs);
  if (typeof project === 'number') return project;
  const info = project.info
    .put(atom('argv'), arrayToList(opts.argv.map(binaryFromString)))
    .put(atom('halt'), opts.halt ? TRUE : FALSE);
  return runProject(project, [], info, 'run', opts.halt ? 'deadlock' : 'wait');
}

export async function mixTestCommand(argv: string[]): Promise<number> {
  const [dir, ...args] = argv;
  if (dir === undefined || dir.startsWith('-')) throw new UsageError('test needs a Mix project directory');
  const project = prepare(dir, 'test', args);
  if (typeof project === 'number') return project;
  return runProject(project, ['ex_unit'], project.info, 'test', 'deadlock');
}

function prepare(dir: string, mode: 'run' | 'test', args: string[]): MixProject | number {
  try {
    return prepareMixProject(dir, mode, args);
  } catch (e) {
    if (e instanceof MixHostError) {
      if (e.message !== '') process.stderr.write(`popcorn: ${e.message}\n`);
      return e.status;
    }
    throw e;
  }
}

async function runProject(
  project: MixProject,
  extraApps: string[],
  info: ErlMap,
  fun: 'run' | 'test',
  onIdle: 'deadlock' | 'wait',
): Promise<number> {
  const codePath = cliCodePath(project.codePath);
  // The project's applications and what they depend on, loaded at boot
  // (application:load/1 would read their .app files from the code path).
  const load = [...ELIXIR_APPS];
  for (const app of [...extraApps, ...project.apps]) addWithDeps(app, codePath, load);
  // Relative paths (ExUnit's, File's) resolve against the project, as
  // under mix.
  process.chdir(project.dir);
  const entry: [Term, Term, Term[]] = [atom('popcorn_mix'), atom(fun), [info]];
  return runOnVm({ codePath, load, entry, onIdle });
}

/** `app` and, first, the applications it lists (transitively), once each. */
function addWithDeps(app: string, codePath: readonly string[], out: string[]): void {
  if (out.includes(app) || app === 'kernel' || app === 'stdlib') return;
  const spec = readAppSpec(app, codePath);
  if (spec === null) return; // the boot reports a missing .app for those it needs
  out.push(app);
  for (const dep of specDeps(spec)) addWithDeps(dep, codePath, out);
}

/** The `applications` and `included_applications` of an {application, Name, Keys} spec. */
function specDeps(spec: Term): string[] {
  const out: string[] = [];
  if (!Array.isArray(spec) || spec.length !== 3) return out;
  for (const entry of listToArray(spec[2]) ?? []) {
    if (!Array.isArray(entry) || entry.length !== 2) continue;
    const key = entry[0];
    if (key !== atom('applications') && key !== atom('included_applications')) continue;
    for (const app of listToArray(entry[1]) ?? []) if (app instanceof Atom) out.push(app.name);
  }
  return out;
}
