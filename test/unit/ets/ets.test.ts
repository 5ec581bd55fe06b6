// ets BIFs against outputs of OTP 25's erl (see the comment on each case).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../../src/bifs/ets.js';
import { Cons, NIL, type Term } from '../../../src/term/types.js';
import { A, F, L, attempt, ets, runAs, vm, w } from './helpers.js';

const owner = vm.spawn(90);
runAs(owner);

test('new/2 options and info/1 layout', () => {
  const t = ets('new', A('foo'), NIL);
  const info = ets('info', t);
  const keys: string[] = [];
  for (let l = info; l instanceof Cons; l = l.tail) keys.push(w((l.head as Term[])[0]));
  assert.deepEqual(keys, ['id', 'decentralized_counters', 'read_concurrency', 'write_concurrency', 'compressed',
    'memory', 'owner', 'heir', 'name', 'size', 'node', 'named_table', 'type', 'keypos', 'protection']);
  assert.equal(w(ets('info', t, A('memory'))), '305');
  assert.equal(w(ets('info', t, A('protection'))), 'protected');
  assert.equal(attempt(() => ets('info', t, A('foo'))), 'error:badarg');
  assert.equal(w(ets('info', A('nosuchtab'), A('foo'))), 'undefined');
  assert.equal(attempt(() => ets('new', A('x'), L(A('bogus')))), 'error:badarg');
  assert.equal(attempt(() => ets('new', A('x'), L([A('keypos'), 0]))), 'error:badarg');
  const n = ets('new', A('named1'), L(A('named_table'), A('bag'), [A('keypos'), 2]));
  assert.equal(w(n), 'named1');
  assert.equal(attempt(() => ets('new', A('named1'), L(A('named_table')))), 'error:badarg');
  assert.equal(w(ets('info', n, A('type'))), 'bag');
  assert.equal(w(ets('info', n, A('keypos'))), '2');
  assert.equal(w(ets('whereis', A('named1'))), w(ets('info', n, A('id'))));
  ets('delete', n);
  assert.equal(w(ets('whereis', A('named1'))), 'undefined');
});

test('set: insert/lookup/next semantics', () => {
  const t = ets('new', A('s'), NIL);
  ets('insert', t, L([A('a'), 1], [A('b'), 2]));
  assert.equal(attempt(() => ets('next', t, A('nokey'))), 'error:badarg');
  assert.equal(attempt(() => ets('insert', t, A('x'))), 'error:badarg');
  assert.equal(attempt(() => ets('insert', t, [])), 'error:badarg');
  assert.equal(attempt(() => ets('insert', t, new Cons([A('a')], A('b')))), 'error:badarg');
  // 1 and 1.0 are different keys in a set
  ets('insert', t, [1, A('int')]);
  ets('insert', t, [F(1), A('flt')]);
  assert.equal(w(ets('lookup', t, 1)), '[{1,int}]');
  assert.equal(w(ets('lookup', t, F(1))), '[{1.0,flt}]');
  assert.equal(w(ets('member', t, [A('no')])), 'false');
  assert.equal(w(ets('take', t, 1)), '[{1,int}]');
  assert.equal(w(ets('lookup', t, 1)), '[]');
  let n = 0;
  for (let k = ets('first', t); k !== A('$end_of_table'); k = ets('next', t, k)) n++;
  assert.equal(n, 3);
  assert.equal(w(ets('lookup_element', t, A('b'), 2)), '2');
  assert.equal(attempt(() => ets('lookup_element', t, A('b'), 3)), 'error:badarg');
  assert.equal(attempt(() => ets('lookup_element', t, A('nokey'), 2)), 'error:badarg');
  // insert_new: any existing key -> false and nothing inserted; duplicates in the list: last wins
  assert.equal(w(ets('insert_new', t, L([A('a'), 1], [A('new'), 1]))), 'false');
  assert.equal(w(ets('lookup', t, A('new'))), '[]');
  assert.equal(w(ets('insert_new', t, L([A('new'), 1], [A('new'), 2]))), 'true');
  assert.equal(w(ets('lookup', t, A('new'))), '[{new,2}]');
  assert.equal(attempt(() => ets('slot', t, -1)), 'error:badarg');
  assert.equal(attempt(() => ets('slot', t, 1000)), 'error:badarg');
});

test('ordered_set: term order, == keys, next/prev on absent keys, slot', () => {
  const o = ets('new', A('o'), L(A('ordered_set')));
  ets('insert', o, L([1, A('a')], [3, A('b')], [F(2), A('c')]));
  // erl: {2.0,'$end_of_table','$end_of_table',[{1,a},{2.0,c},{3,b}],true,[{1,a},{2,z},{3,b}]}
  assert.equal(w(ets('next', o, F(1.5))), '2.0');
  assert.equal(w(ets('next', o, 100)), "'$end_of_table'");
  assert.equal(w(ets('prev', o, 1)), "'$end_of_table'");
  assert.equal(w(call2('tab2list', o)), '[{1,a},{2.0,c},{3,b}]');
  ets('insert', o, [2, A('z')]);
  assert.equal(w(call2('tab2list', o)), '[{1,a},{2,z},{3,b}]');
  // erl: {[{1,a}],'$end_of_table',{error,badarg}}
  assert.equal(w(ets('slot', o, 0)), '[{1,a}]');
  assert.equal(w(ets('slot', o, 3)), "'$end_of_table'");
  assert.equal(attempt(() => ets('slot', o, 4)), 'error:badarg');
  assert.equal(w(ets('last', o)), '3');
  assert.equal(w(ets('prev', o, 3)), '2');
});

function call2(f: string, t: Term): Term {
  // tab2list is ets.erl: match_object(T, '_')
  if (f === 'tab2list') return ets('match_object', t, A('_'));
  throw new Error(f);
}

test('ordered_set: many inserts in random order stay sorted', () => {
  const o = ets('new', A('big'), L(A('ordered_set')));
  const keys: number[] = [];
  for (let i = 0; i < 5000; i++) keys.push((i * 7919) % 5000);
  for (const k of keys) ets('insert', o, [k, k * 2]);
  assert.equal(ets('info', o, A('size')), 5000);
  let prev = -1, n = 0;
  for (let k = ets('first', o); k !== A('$end_of_table'); k = ets('next', o, k)) {
    assert.ok((k as number) > prev);
    prev = k as number;
    n++;
  }
  assert.equal(n, 5000);
  for (let i = 0; i < 5000; i += 2) ets('delete', o, i);
  assert.equal(ets('info', o, A('size')), 2500);
  assert.equal(w(ets('first', o)), '1');
  assert.equal(w(ets('slot', o, 10)), '[{21,42}]');
});

test('bag and duplicate_bag', () => {
  const b = ets('new', A('b'), L(A('bag')));
  ets('insert', b, L([A('k'), 1], [A('k'), 2], [A('k'), 1], [A('j'), 1]));
  assert.equal(w(ets('lookup', b, A('k'))), '[{k,1},{k,2}]');
  assert.equal(w(ets('lookup_element', b, A('k'), 2)), '[1,2]');
  assert.equal(attempt(() => ets('select_replace', b, L([[A('k'), A('$1')], NIL, L([[A('k'), A('$1')]])]))), 'error:badarg');
  assert.equal(attempt(() => ets('update_counter', b, A('k'), 1)), 'error:badarg');
  assert.equal(attempt(() => ets('update_element', b, A('k'), [2, 1])), 'error:badarg');
  assert.equal(ets('info', b, A('memory')), 326);
  const d = ets('new', A('d'), L(A('duplicate_bag')));
  ets('insert', d, L([A('k'), 1], [A('k'), 1], [A('k'), 2]));
  assert.equal(w(ets('lookup', d, A('k'))), '[{k,1},{k,1},{k,2}]');
  ets('delete_object', d, [A('k'), 1]);
  assert.equal(w(ets('lookup', d, A('k'))), '[{k,2}]');
});

test('update_counter and update_element', () => {
  const t = ets('new', A('c'), NIL);
  ets('insert', t, L([A('a'), 1], [A('b'), 2]));
  // erl: 15, [{z,15}], [15,16], [{y,16,20}]
  assert.equal(w(ets('update_counter', t, A('z'), [2, 5], [A('zz'), 10])), '15');
  assert.equal(w(ets('lookup', t, A('z'))), '[{z,15}]');
  assert.equal(w(ets('update_counter', t, A('y'), L([2, 5], [2, 1]), [A('zz'), 10, 20])), '[15,16]');
  assert.equal(w(ets('lookup', t, A('y'))), '[{y,16,20}]');
  assert.equal(attempt(() => ets('update_counter', t, A('a'), [1, 5])), 'error:badarg');
  assert.equal(attempt(() => ets('update_counter', t, A('a'), [3, 5])), 'error:badarg');
  assert.equal(w(ets('update_counter', t, A('a'), [2, 5, 3, 0])), '0');
  assert.equal(attempt(() => ets('update_counter', t, A('a'), [2, -5, -3, A('x')])), 'error:badarg');
  assert.equal(w(ets('update_counter', t, A('a'), NIL)), '[]');
  assert.equal(attempt(() => ets('update_counter', t, A('a'), F(1))), 'error:badarg');
  assert.equal(attempt(() => ets('update_counter', t, A('nokey'), 1)), 'error:badarg');
  assert.equal(attempt(() => ets('update_counter', t, A('k2'), 1, [])), 'error:badarg');
  assert.equal(attempt(() => ets('update_counter', t, A('k3'), 1, [A('a')])), 'error:badarg');
  assert.equal(w(ets('update_counter', t, A('b'), 9007199254740991)), '9007199254740993');
  assert.equal(w(ets('update_element', t, A('a'), [2, A('z')])), 'true');
  assert.equal(w(ets('lookup', t, A('a'))), '[{a,z}]');
  assert.equal(w(ets('update_element', t, A('nokey'), [2, A('z')])), 'false');
  assert.equal(attempt(() => ets('update_element', t, A('a'), [1, A('z')])), 'error:badarg');
  assert.equal(attempt(() => ets('update_element', t, A('a'), [3, A('z')])), 'error:badarg');
  assert.equal(w(ets('update_element', t, A('a'), NIL)), 'true');
});

test('select/match with continuations (ordered_set shapes as OTP 25)', () => {
  const o = ets('new', A('o2'), L(A('ordered_set')));
  for (let i = 1; i <= 10; i++) ets('insert', o, [i, i * i]);
  const ms = L([[A('$1'), A('$2')], L([A('>'), A('$1'), 3]), L(A('$1'))]);
  const r1 = ets('select_reverse', o, ms, 3) as Term[];
  assert.equal(w(r1[0]), '[10,9,8]');
  const c1 = r1[1] as Term[];
  assert.equal(c1.length, 8);
  assert.equal(w(c1[1]), '8');
  assert.equal(w(c1[6]), '1');
  assert.equal(w((ets('select_reverse', c1) as Term[])[0]), '[7,6,5]');
  assert.equal(w((ets('select', o, ms, 3) as Term[])[0]), '[4,5,6]');
  assert.equal(w((ets('match', o, [A('$1'), 4], 1) as Term[])[0]), '[[2]]');
  const ms8 = L([[A('$1'), A('$2')], L([A('>'), A('$1'), 8]), L(A('$1'))]);
  const r2 = ets('select', o, ms8, 2) as Term[];
  assert.equal(w(r2[0]), '[9,10]');
  assert.equal(w(ets('select', r2[1])), "'$end_of_table'");
  assert.equal(w(ets('select_count', o, L([[A('$1'), A('$2')], NIL, L([A('>'), A('$1'), 5])]))), '5');
  assert.equal(w(ets('internal_select_delete', o, L([[A('$1'), A('$2')], NIL, L([A('>'), A('$1'), 5])]))), '5');
  assert.equal(w(call2('tab2list', o)), '[{1,1},{2,4},{3,9},{4,16},{5,25}]');
  assert.equal(w(ets('select_reverse', o, L([A('_'), NIL, L(A('$_'))]))), '[{5,25},{4,16},{3,9},{2,4},{1,1}]');
  assert.equal(w(ets('match', o, [A('$2'), A('$1')])), '[[1,1],[4,2],[9,3],[16,4],[25,5]]');
});

test('select on a set: chunks, bodies, select_replace', () => {
  const t = ets('new', A('s3'), L(A('public')));
  ets('insert', t, L([A('a'), 1], [A('b'), 2], [A('c'), 3]));
  const r = ets('select', t, L([A('_'), NIL, L(A('$_'))]), 2) as Term[];
  assert.equal((r[1] as Term[]).length, 6);
  const r2 = ets('select', r[1]) as Term[];
  assert.equal(w(r2[1]), "'$end_of_table'");
  assert.equal(w(ets('select', t, L([[A('x'), A('_')], NIL, L(A('$_'))]), 2)), "'$end_of_table'");
  assert.equal(attempt(() => ets('select', t, L([A('_'), NIL, L(A('$_'))]), 0)), 'error:badarg');
  // erl: ['EXIT','EXIT',...] for a failing body; {error,badarg} for a non-function tuple
  const ex = ets('select', t, L([[A('$1'), A('$2')], NIL, L([A('+'), A('$1'), A('a')])]));
  assert.equal(w(ex), "['EXIT','EXIT','EXIT']");
  assert.equal(attempt(() => ets('select', t, L([[A('$1'), A('$3')], NIL, L([A('foo'), A('$3')])]))), 'error:badarg');
  assert.equal(attempt(() => ets('select', t, L([[A('$1'), A('$3')], NIL, L(A('$4'))]))), 'error:badarg');
  // bound key: lookup path
  assert.equal(w(ets('select', t, L([[A('b'), A('$1')], NIL, L([[A('$1'), [A('const'), [A('x')]]]])]))), '[{2,{x}}]');
  // erl: select_replace of all -> 3; key change -> badarg
  assert.equal(w(ets('select_replace', t, L([[A('$1'), A('$3')], NIL, L([[A('$1'), A('x')]])]))), '3');
  assert.equal(w(ets('lookup', t, A('a'))), '[{a,x}]');
  assert.equal(attempt(() => ets('select_replace', t, L([[A('$1'), A('$3')], NIL, L([[A('b'), A('$3')]])]))), 'error:badarg');
  assert.equal(w(ets('internal_delete_all', t, A('undefined'))), '3');
  assert.equal(w(ets('info', t, A('size'))), '0');
});

test('match_spec_compile / run_r / is_compiled_ms', () => {
  const c = ets('match_spec_compile', L([[A('$1'), 2], NIL, L(A('$1'))]));
  assert.equal(w(ets('is_compiled_ms', c)), 'true');
  assert.equal(w(ets('is_compiled_ms', L())), 'false');
  assert.equal(w(ets('match_spec_run_r', L([A('a'), 1], [A('b'), 2], [A('c'), 2]), c, NIL)), '[c,b]');
  assert.equal(attempt(() => ets('match_spec_compile', L([A('_'), NIL, L([A('foo'), 3, A('$_')])]))), 'error:badarg');
});

test('access rights, give_away, heir and owner exit', async () => {
  const { onProcessExit } = await import('../../../src/bifs/ets.js');
  const other = vm.spawn(91);
  const heir = vm.spawn(92);
  runAs(owner);
  const prot = ets('new', A('p'), NIL);
  const priv = ets('new', A('q'), L(A('private')));
  ets('insert', prot, [1, 2]);
  runAs(other);
  assert.equal(w(ets('lookup', prot, 1)), '[{1,2}]');
  assert.equal(attempt(() => ets('insert', prot, [1, 3])), 'error:badarg');
  assert.equal(attempt(() => ets('lookup', priv, 1)), 'error:badarg');
  assert.equal(attempt(() => ets('give_away', prot, other.pid, A('x'))), 'error:badarg');
  runAs(owner);
  assert.equal(attempt(() => ets('give_away', prot, owner.pid, A('x'))), 'error:badarg');
  const named = ets('new', A('gift'), L(A('named_table')));
  assert.equal(w(ets('give_away', named, other.pid, A('x'))), 'true');
  assert.equal(w(other.msgs[0]), "{'ETS-TRANSFER',gift,<0.90.0>,x}");
  assert.equal(attempt(() => ets('insert', named, [1])), 'error:badarg');
  ets('setopts', prot, [A('heir'), heir.pid, A('hd')]);
  assert.equal(w(ets('info', prot, A('heir'))), '<0.92.0>');
  onProcessExit(owner.pid);
  assert.equal(w(heir.msgs[0]).replace(/#Ref<[^>]*>/, 'TID'), "{'ETS-TRANSFER',TID,<0.90.0>,hd}");
  assert.equal(w(ets('info', prot, A('owner'))), '<0.92.0>');
  assert.equal(w(ets('info', priv)), 'undefined');
});

test('safe_fixtable keeps next/2 working across deletes', () => {
  runAs(owner);
  const t = ets('new', A('fx'), NIL);
  for (let i = 0; i < 100; i++) ets('insert', t, [i]);
  ets('safe_fixtable', t, A('true'));
  assert.equal(w(ets('info', t, A('fixed'))), 'true');
  let seen = 0;
  for (let k = ets('first', t); k !== A('$end_of_table');) {
    const nk = ets('next', t, k);
    ets('delete', t, k);
    k = nk;
    seen++;
  }
  assert.equal(seen, 100);
  ets('safe_fixtable', t, A('false'));
  assert.equal(w(ets('info', t, A('safe_fixed'))), 'false');
  assert.equal(ets('info', t, A('size')), 0);
});

test('rename returns the identifier', () => {
  runAs(owner);
  const t = ets('new', A('foo'), NIL);
  assert.equal(w(ets('rename', t, A('bar'))), w(t));
  assert.equal(w(ets('info', t, A('name'))), 'bar');
  const n = ets('new', A('rn1'), L(A('named_table')));
  assert.equal(w(ets('rename', n, A('rn2'))), 'rn2');
  assert.equal(w(ets('whereis', A('rn1'))), 'undefined');
});
