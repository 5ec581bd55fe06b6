// Test support for the VM: compile Erlang sources with the real erlc into a
// temp dir, run a function on a fresh Vm through a minimal Node host, and
// get its result back (as a formatted term) plus what it printed.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NodeHost } from '../../../src/host/node.js';
import { Vm } from '../../../src/runtime/vm.js';
import { defineNatives } from '../../../src/bifs/registry.js';
import { atom, NIL, type Term } from '../../../src/term/types.js';
import { formatTerm } from '../../../src/term/print.js';
import { arrayToList } from '../../../src/term/list.js';
import { ErlMap } from '../../../src/term/map.js';

import '../../../src/bifs/index.js';

const results: Term[] = [];
defineNatives('vmtest', {
  'result/1': (t) => {
    results.push(t);
    return atom('ok');
  },
});

/** popcorn_init's boot map for `init` alone, no applications: what these tests need */
const INIT_ONLY = ErlMap.fromEntries([
  [atom('args'), NIL],
  [atom('apps'), NIL],
]);

/** our own Erlang modules (lib/), compiled by `npm run build` */
const LIB_EBIN = fileURLToPath(new URL('../../../lib/ebin', import.meta.url));

export function otpEbinDirs(): string[] {
  const root = '/usr/lib/erlang/lib';
  if (!existsSync(root)) return [];
  return readdirSync(root).map((d) => join(root, d, 'ebin')).filter((d) => existsSync(d));
}

/** The Node host, with output captured and halt recorded instead of exiting. */
export class TestHost extends NodeHost {
  out = '';
  err = '';
  halted: number | null = null;
  constructor(dirs: string[]) {
    super({ codePath: dirs, onHalt: (status) => (this.halted = status) });
  }
  override writeStdout(b: Uint8Array): void {
    this.out += new TextDecoder().decode(b);
  }
  override writeStderr(b: Uint8Array): void {
    this.err += new TextDecoder().decode(b);
  }
  override getenv(): string | undefined {
    return undefined;
  }
}

const RUNNER = `
-module(vmtest_runner).
-export([run/3]).
run(M, F, A) ->
  R = try {ok, apply(M, F, A)} catch C:E:S -> {C, E, S} end,
  vmtest:result(R).
`;

/** Compile sources {name: text} into a fresh temp dir (with the runner); returns the dir. */
export function compile(sources: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vmtest-'));
  const all = { vmtest_runner: RUNNER, ...sources };
  const files: string[] = [];
  for (const [name, text] of Object.entries(all)) {
    writeFileSync(join(dir, name + '.erl'), text);
    files.push(name + '.erl');
  }
  execFileSync('erlc', files, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  // the real erl's stand-in for the vmtest:result/1 native, kept off the VM's path
  const ref = join(dir, 'erl_ref');
  mkdirSync(ref);
  writeFileSync(join(ref, 'vmtest.erl'), VMTEST_ERL);
  execFileSync('erlc', ['vmtest.erl'], { cwd: ref, stdio: ['ignore', 'ignore', 'inherit'] });
  return dir;
}

export interface RunResult {
  /** {ok, Value} or {Class, Reason, Stack}, formatted */
  value: string;
  raw: Term;
  host: TestHost;
  vm: Vm;
}

/** Run M:F(Args...) in a new Vm and wait for the runner process to finish. */
export async function run(dir: string, m: string, f: string, args: Term[] = []): Promise<RunResult> {
  const host = new TestHost([dir, LIB_EBIN, ...otpEbinDirs()]);
  const vm = new Vm(host);
  // stdlib asks the `init` process for arguments (e.g. io_lib quoting an atom)
  await vm.whenExited(vm.spawn(atom('popcorn_init'), atom('start'), [INIT_ONLY]));
  const start = results.length;
  const pid = vm.spawn(atom('vmtest_runner'), atom('run'), [atom(m), atom(f), arrayToList(args)]);
  const ex = await vm.whenExited(pid);
  const raw = results.length > start ? results[start] : ([atom('no_result'), ex.reason] as Term);
  return { value: formatTerm(raw), raw, host, vm };
}

const VMTEST_ERL = `-module(vmtest).
-export([result/1]).
result(R) -> io:format("~w", [R]), halt().
`;

/** The same run on the real erl (in a fresh process, as in the VM): the runner's result printed with ~w. */
export function erlRun(dir: string, m: string, f: string, args = '[]'): string {
  const expr = `spawn(vmtest_runner, run, [${m}, ${f}, ${args}]), timer:sleep(infinity)`;
  return execFileSync('erl', ['-noshell', '-pa', dir, '-pa', join(dir, 'erl_ref'), '-eval', expr], {
    encoding: 'utf8',
    cwd: dir,
  });
}
