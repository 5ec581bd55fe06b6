// erlang:statistics/1 reads the host's CPU clock for runtime (the BEAM's
// ru_utime), and prim_file:internal_name2native/1 refuses names with a NUL
// (erl: badarg, which prim_file turns into {error, badarg}).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../../src/bifs/erlang_misc.js';
import '../../../src/bifs/erlang_process.js';
import { lookupNative } from '../../../src/bifs/registry.js';
import { setCurrent } from '../../../src/vm/context.js';
import { atom, Bitstring, type Term } from '../../../src/term/types.js';
import { stringToList } from '../../../src/term/list.js';
import { formatPretty } from '../../../src/term/pretty.js';
import { ErlangException } from '../../../src/vm/exception.js';
import { CONTEXT_REDS } from '../../../src/vm/scheduler.js';

const statistics = lookupNative('erlang', 'statistics', 1)!;
const name2native = lookupNative('prim_file', 'internal_name2native', 1)!;

function raises(f: () => Term): string {
  try {
    f();
  } catch (e) {
    if (e instanceof ErlangException) return formatPretty(e.reason);
    throw e;
  }
  return 'no exception';
}

/** A process whose VM has the given host clocks and scheduler counters. */
function withVm(host: { cpuTimeMicros?: () => number }, upMs: () => number): { sched: Record<string, number> } {
  const sched = { queueLength: 0, totalReductions: 0, contextSwitches: 0 };
  const vm = { host, scheduler: sched, uptimeMs: upMs };
  setCurrent({ vm, fcalls: CONTEXT_REDS } as never);
  return { sched };
}

test('runtime is the host CPU time in ms, since-last-call per item', () => {
  let cpu = 1_234_567;
  let up = 5000;
  withVm({ cpuTimeMicros: () => cpu }, () => up);
  assert.equal(formatPretty(statistics(atom('runtime'))), '{1234,1234}');
  cpu += 2_500_400;
  up += 10;
  assert.equal(formatPretty(statistics(atom('runtime'))), '{3734,2500}');
  // wall_clock keeps its own previous value
  assert.equal(formatPretty(statistics(atom('wall_clock'))), '{5010,5010}');
});

test('runtime falls back to the monotonic uptime without a CPU clock', () => {
  withVm({}, () => 777.9);
  assert.equal(formatPretty(statistics(atom('runtime'))), '{777,777}');
});

test('reductions count finished turns; exact_reductions adds the running one, each with its own last value', () => {
  const { sched } = withVm({}, () => 0);
  sched.totalReductions = 100;
  assert.equal(formatPretty(statistics(atom('reductions'))), '{100,100}');
  sched.totalReductions = 150;
  assert.equal(formatPretty(statistics(atom('reductions'))), '{150,50}');
  assert.equal(formatPretty(statistics(atom('exact_reductions'))), '{150,150}');
  sched.queueLength = 2;
  sched.contextSwitches = 9;
  assert.equal(formatPretty(statistics(atom('run_queue_lengths_all'))), '[2,0,0]');
  assert.equal(formatPretty(statistics(atom('total_active_tasks'))), '3');
  assert.equal(formatPretty(statistics(atom('context_switches'))), '{9,0}');
  assert.equal(formatPretty(statistics(atom('scheduler_wall_time'))), 'undefined');
  assert.equal(raises(() => statistics(atom('bogus'))), 'badarg');
});

test('internal_name2native: a NUL anywhere is badarg, as in erl', () => {
  const bin = (...b: number[]): Term => new Bitstring(Uint8Array.from(b), 0, b.length * 8);
  assert.equal(raises(() => name2native(bin(97, 0, 98))), 'badarg');
  assert.equal(raises(() => name2native(bin(97, 98, 0))), 'badarg');
  assert.equal(raises(() => name2native(stringToList('a\0b'))), 'badarg');
  assert.equal(formatPretty(name2native(stringToList('ab'))), '<<97,98,0>>');
  assert.equal(formatPretty(name2native(bin(255))), '<<255,0>>');
});
