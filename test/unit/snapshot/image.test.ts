// Boot images (src/snapshot/): the term graph round trip, a booted VM saved
// and restored into a fresh Vm that behaves as the original, and images that
// must be refused (corrupt, other modules).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { A_POPCORN_BOOT, BootHost, spawnBoot } from '../../../src/host/browser_boot.js';
import { Vm } from '../../../src/runtime/vm.js';
import type { Bundle } from '../../../src/host/browser.js';
import { restoreImage, writeImage } from '../../../src/snapshot/image.js';
import { decodeGraph, encodeGraph } from '../../../src/snapshot/graph.js';
import { snapshotContext } from '../../../src/snapshot/state.js';
import {
  Atom, BinExtent, Bitstring, Cons, Float, Fun, NIL, Pid, Port, Ref, atom, atomAt, atomCount, type Term,
} from '../../../src/term/types.js';
import { ErlMap } from '../../../src/term/map.js';
import { arrayToList } from '../../../src/term/list.js';
import { eqExact } from '../../../src/term/compare.js';
import { CatchMarker, Process } from '../../../src/vm/process.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../..');

function allAtoms(): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atomCount(); i++) out.push(atomAt(i)!);
  return out;
}

test('every term kind round-trips, with sharing and cycles kept', () => {
  const host = new LateHost({ bundle: emptyBundle(), write: () => {}, onHalt: () => {} });
  const vm = new Vm(host);
  const ctx = snapshotContext(vm);
  const data = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
  const whole = new Bitstring(data, 0, 64, new BinExtent(64));
  const sub = new Bitstring(data, 12, 19); // a sub-binary view, not byte aligned
  const ref = new Ref([7, 8, 9]);
  const big = new Map<Term, Term>();
  for (let i = 0; i < 40; i++) big.set(i, atom('v' + i));
  const hamt = ErlMap.fromEntries([...big]);
  const term: Term = [
    0, -1, 2 ** 40, -(2 ** 52), 123456789012345678901234567890n, -(2n ** 70n),
    new Float(1.5), new Float(-0), new Float(1e300), atom('hello'), atom('ünï'), NIL,
    arrayToList([1, 2, 3]), new Cons(1, 2), [], whole, sub,
    ErlMap.EMPTY, ErlMap.fromEntries([[atom('a'), 1], [2, [3]]]), hamt,
    new Fun(0, atom('m'), atom('-f/0-fun-0-'), 1, [1, atom('x')], 3, 99),
    new Fun(1, atom('lists'), atom('map'), 2, [], -1, 0),
    new Pid(85, 0), new Port(3), ref,
  ];
  const shared = arrayToList([1, 2]);
  const root = { term, pair: [shared, shared, ref], marker: new CatchMarker(vm.trampoline, 1, 2) };
  const bytes = encodeGraph(root, ctx);
  const back = decodeGraph(bytes, ctx, allAtoms()) as typeof root;
  const t2 = back.term as Term[];
  assert.equal(t2.length, (term as Term[]).length);
  for (let i = 0; i < t2.length; i++) assert.ok(eqExact(t2[i], (term as Term[])[i]), `element ${i}`);
  assert.ok(Object.is((t2[7] as Float).value, -0));
  assert.equal(t2[9], atom('hello'));
  assert.equal(t2[11], NIL);
  assert.equal(t2[17], ErlMap.EMPTY);
  assert.ok(t2[14] instanceof Bitstring || Array.isArray(t2[14]));
  assert.equal((t2[16] as Bitstring).bitOffset, 12);
  assert.equal((t2[16] as Bitstring).bitSize, 19);
  assert.equal((t2[16] as Bitstring).data, (t2[15] as Bitstring).data, 'sub-binary shares its bytes');
  assert.equal(back.pair[0], back.pair[1], 'a shared list stays one object');
  assert.equal(back.pair[2], t2[24], 'a shared ref stays one object');
  assert.equal((t2[19] as ErlMap).get(33), atom('v33'));
  assert.equal(back.marker.lm, vm.trampoline);
  assert.equal(back.marker.ip, 1);
  // a process (cyclic: linked to itself through its link set)
  const p = new Process(vm, new Pid(90), null);
  p.links.add(p);
  p.dict.set(atom('k'), [atom('k'), 1]);
  const p2 = decodeGraph(encodeGraph(p, ctx), ctx, allAtoms()) as Process;
  assert.ok(p2 instanceof Process);
  assert.ok(p2.links.has(p2));
  assert.deepEqual(p2.dict.get(atom('k')), [atom('k'), 1]);
  assert.equal(p2.vm, vm);
});

test('a function or an unknown object is refused', () => {
  const vm = new Vm(new LateHost({ bundle: emptyBundle(), write: () => {}, onHalt: () => {} }));
  assert.throws(() => encodeGraph([() => 1], snapshotContext(vm)), /cannot save a function/);
  assert.throws(() => encodeGraph([new (class Odd {})()], snapshotContext(vm)), /class Odd/);
});

// ---------------------------------------------------------------- a booted VM

function emptyBundle(): Bundle {
  return { modules: new Map(), apps: new Map(), files: new Map(), startModules: [] };
}

/** kernel, stdlib, elixir, logger and our lib straight from their ebin directories, plus the probe. */
function bootBundle(probeDir: string): Bundle {
  const b = emptyBundle();
  const dirs = [path.join(ROOT, 'build/lib/ebin'), probeDir];
  for (const app of ['kernel', 'stdlib', 'erts', 'compiler']) {
    const lib = fs.readdirSync('/usr/lib/erlang/lib').find((d) => d.startsWith(app + '-'))!;
    dirs.push(path.join('/usr/lib/erlang/lib', lib, 'ebin'));
  }
  for (const app of ['elixir', 'logger']) dirs.push(path.join('/usr/lib/elixir/lib', app, 'ebin'));
  for (const d of dirs) {
    for (const f of fs.readdirSync(d)) {
      if (f.endsWith('.beam')) {
        const m = f.slice(0, -5);
        if (!b.modules.has(m)) b.modules.set(m, new Uint8Array(fs.readFileSync(path.join(d, f))));
      } else if (f.endsWith('.app')) b.apps.set(f.slice(0, -4), fs.readFileSync(path.join(d, f), 'utf8'));
    }
  }
  return b;
}

const PROBE = `
-module(snap_probe).
-export([state/0, logs/0]).
state() ->
    Tabs = lists:sort([{ets:info(T, name), ets:info(T, size)} || T <- ets:all(), ets:info(T, protection) =/= private]),
    Kids = [Id || {Id, _, _, _} <- supervisor:which_children(kernel_sup)],
    io:format("regs ~p~napps ~p~ntabs ~p~nenv ~p~nkids ~p~nlevel ~p~n",
              [lists:sort(registered()), application:which_applications(), Tabs,
               application:get_all_env(logger), Kids, 'Elixir.Logger':level()]).
logs() ->
    'Elixir.Logger':bare_log(warning, <<"probe says hi">>, []),
    spawn(fun() -> erlang:error(probe_boom) end),
    receive after 50 -> ok end,
    io:format("mono ~p~n", [erlang:monotonic_time(millisecond)]).
`;

function compileProbe(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'snap-probe-'));
  fs.writeFileSync(path.join(dir, 'snap_probe.erl'), PROBE);
  execFileSync('erlc', ['-o', dir, path.join(dir, 'snap_probe.erl')]);
  return dir;
}

/** A BootHost whose clock runs `behind` ms behind the real one (a fresh page's clock). */
class LateHost extends BootHost {
  behind = 0;
  constructor(opts: ConstructorParameters<typeof BootHost>[0]) {
    super(opts);
    // the host's MessageChannel must not keep the test process alive (Node)
    const ch = (this as unknown as { channel: MessageChannel }).channel;
    (ch.port1 as unknown as { unref(): void }).unref();
    (ch.port2 as unknown as { unref(): void }).unref();
  }
  override monotonicMs(): number {
    return super.monotonicMs() - this.behind;
  }
}

async function until(cond: () => boolean, what: string): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > 20000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function run(vm: Vm, out: string[], fn: string): Promise<string> {
  const from = out.length;
  const pid = vm.spawn(atom('snap_probe'), atom(fn), [], { groupLeader: vm.registered.get(atom('user'))!.pid });
  await vm.whenExited(pid);
  await until(() => vm.scheduler.queueLength === 0, 'quiet');
  return out.slice(from).join('');
}

test('a restored VM behaves as the one that was saved; bad images are refused', async () => {
  const bundle = bootBundle(compileProbe());
  const out1: string[] = [];
  const vm1 = new Vm(new LateHost({ bundle, write: (_fd, t) => out1.push(t), onHalt: () => {} }));
  spawnBoot(vm1, bundle);
  await until(() => vm1.registered.has(A_POPCORN_BOOT) && vm1.scheduler.queueLength === 0, 'the boot: ' + out1.join('')).catch((e) => { throw new Error(e.message + out1.join('')); });
  // the latest time any Erlang code of the saved VM can have seen
  const monoAtImage = vm1.host.monotonicMs();
  const image = writeImage(vm1, bundle, out1.map((t) => [1, t]));
  const state1 = await run(vm1, out1, 'state');
  assert.match(state1, /popcorn_boot/);
  assert.match(state1, /logger/);

  // refused: a flipped byte, another bundle, not an image
  const host2 = new LateHost({ bundle, write: () => {}, onHalt: () => {} });
  const flipped = image.slice();
  flipped[flipped.length - 10] ^= 0x40;
  const r1 = restoreImage(new Vm(host2), host2, flipped, bundle);
  assert.deepEqual(r1, { ok: false, reason: 'the image is corrupt' });
  const other = { ...bundle, modules: new Map(bundle.modules) };
  other.modules.set('snap_probe', new Uint8Array([1, 2, 3]));
  assert.equal(restoreImage(new Vm(host2), host2, image, other).ok, false);
  assert.equal(restoreImage(new Vm(host2), host2, new Uint8Array(100), bundle).ok, false);

  // restored on a page whose clock starts far behind the writer's
  const out2: string[] = [];
  const host3 = new LateHost({ bundle, write: (_fd, t) => out2.push(t), onHalt: () => {} });
  host3.behind = 1e6;
  const vm2 = new Vm(host3);
  const t0 = performance.now();
  const r = restoreImage(vm2, host3, image, bundle);
  const ms = performance.now() - t0;
  assert.ok(r.ok, r.ok ? '' : r.reason);
  assert.ok(ms < 2000, `restore took ${ms} ms`);
  assert.ok(host3.monotonicMs() >= monoAtImage, `monotonic time does not go back: ${host3.monotonicMs()} ${monoAtImage} ${host3.clockOffset}`);
  assert.deepEqual([...vm2.registered.keys()].sort(), [...vm1.registered.keys()].sort());
  const state2 = await run(vm2, out2, 'state');
  assert.equal(state2, state1);
  const logs = await run(vm2, out2, 'logs');
  assert.match(logs, /\[warning\] probe says hi/);
  assert.match(logs, /probe_boom/);
  const mono = Number(/mono (-?\d+)/.exec(logs)![1]);
  assert.ok(mono >= Math.floor(monoAtImage), `monotonic_time ${mono} >= ${monoAtImage}`);
  // the boot goes on with its start message (no user apps here)
  const boot = vm2.registered.get(A_POPCORN_BOOT)!;
  vm2.send(boot.pid, [atom('popcorn_start'), NIL, NIL]);
  await until(() => vm2.scheduler.queueLength === 0, 'the start');
  assert.ok(boot.alive);
  // Logger's timers would keep the test process alive
  for (const v of [vm1, vm2]) {
    v.scheduler.halted = true;
    for (const t of v.timers.values()) v.host.clearTimer(t.handle as never);
    for (const p of v.processes.values()) if (p.timer !== null) v.host.clearTimer(p.timer);
  }
});

test('the atom table round-trips through its compact form, index for index', async () => {
  const { encodeAtomTable, restoreAtomTable, atomChunkNames } = await import('../../../src/snapshot/atom_table.js');
  const bundle = bootBundle(compileProbe());
  // intern lists' atoms (as loading it does), then some made at run time
  atomChunkNames(bundle.modules.get('lists')!).forEach((n) => atom(n));
  atom('made_at_run_time_' + Date.now());
  const names = allAtoms().map((a) => a.name);
  const code = encodeAtomTable(names, bundle.modules);
  assert.ok(code.items.length < names.length / 2, `compact: ${code.items.length} items for ${names.length} atoms`);
  const back = restoreAtomTable(code, bundle.modules)!;
  assert.equal(back.length, names.length);
  for (let i = 0; i < names.length; i++) assert.equal(back[i], atomAt(i), `atom ${i}`);
  // a runtime whose own atoms differ is refused
  assert.equal(restoreAtomTable({ ...code, ownHash: [code.ownHash[0] ^ 1, code.ownHash[1]] }, bundle.modules), null);
  // a run whose module reads otherwise is refused
  const other = new Map(bundle.modules);
  other.set(code.mods[0], bundle.modules.get(code.mods[1])!);
  assert.equal(restoreAtomTable(code, other), null);
});
