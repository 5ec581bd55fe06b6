// Traversal order of set/bag tables: the BEAM's linear-hash bucket order.
// Expected lists come from OTP 25's erl (ets:tab2list, ets:first/next, ets:lookup).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../../src/bifs/ets.js';
import { NIL, type Term } from '../../../src/term/types.js';
import { A, L, ets, runAs, vm, w } from './helpers.js';

runAs(vm.spawn(91));

function keys(t: Term): string {
  const out: string[] = [];
  for (let k = ets('first', t); w(k) !== "'$end_of_table'"; k = ets('next', t, k)) out.push(w(k));
  return out.join(',');
}

test('set of small integers: tab2list is the reverse of first/next', () => {
  const t = ets('new', A('t'), NIL);
  for (let k = 1; k <= 20; k++) ets('insert', t, [k]);
  // erl: [{20},{5},{15},{19},{12},{11},{17},{18},{14},{6},{13},{10},{1},{9},{2},{8},{4},{7},{3},{16}]
  assert.equal(w(ets('match_object', t, A('_'))),
    '[{20},{5},{15},{19},{12},{11},{17},{18},{14},{6},{13},{10},{1},{9},{2},{8},{4},{7},{3},{16}]');
  assert.equal(keys(t), '16,3,7,4,8,2,9,1,10,13,6,14,18,17,11,12,19,15,5,20');
});

test('atom keys hash by their text', () => {
  const t = ets('new', A('t'), NIL);
  for (const k of ['a', 'b', 'c', 'foo', 'bar', 'hello', 'world']) ets('insert', t, [A(k)]);
  // erl: [{bar},{c},{b},{a},{foo},{hello},{world}]
  assert.equal(w(ets('match_object', t, A('_'))), '[{bar},{c},{b},{a},{foo},{hello},{world}]');
});

test('write_concurrency tables visit buckets by lock stripe', () => {
  const t = ets('new', A('t'), L([A('write_concurrency'), A('true')]));
  for (let k = 1; k <= 20; k++) ets('insert', t, [k]);
  // erl: [6,13,20,8,10,15,4,19,12,11,7,1,3,17,18,9,14,2,5,16]
  assert.equal(w(ets('match', t, [A('$1')])), '[[6],[13],[20],[8],[10],[15],[4],[19],[12],[11],[7],[1],[3],[17],[18],[9],[14],[2],[5],[16]]');
});

test('bag: list inserts go last first, single inserts in front of the key', () => {
  const b = ets('new', A('b'), L(A('bag')));
  ets('insert', b, L([A('k'), 1], [A('k'), 3], [A('k'), 2]));
  assert.equal(w(ets('lookup', b, A('k'))), '[{k,2},{k,3},{k,1}]'); // erl
  const d = ets('new', A('d'), L(A('duplicate_bag')));
  ets('insert', d, L([A('k'), 1], [A('k'), 2], [A('k'), 3]));
  assert.equal(w(ets('lookup', d, A('k'))), '[{k,1},{k,2},{k,3}]'); // erl
});

test('growing past 256 buckets keeps erl order; deletes do not shrink a 700-object table', () => {
  const t = ets('new', A('t'), NIL);
  for (let k = 1; k <= 700; k++) ets('insert', t, [k]);
  for (let k = 1; k <= 650; k++) ets('delete', t, k);
  // erl: the first ten of tab2list, and slot 700 is the end
  assert.equal(w(ets('match', t, [A('$1')])).slice(0, 42), '[[685],[655],[696],[694],[672],[676],[686]');
  assert.equal(w(ets('slot', t, 700)), "'$end_of_table'");
});
