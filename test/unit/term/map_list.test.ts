// ErlMap semantics and BEAM iteration order (expected orders come from erl:
// maps:keys(maps:from_list([{I,I} || I <- lists:seq(1,40)])) etc.), plus list helpers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ErlMap } from '../../../src/term/map.js';
import { Float, NIL, atom, Cons, type Term } from '../../../src/term/types.js';
import { arrayToList, isProperList, listLength, listToArray, listToString, stringToList } from '../../../src/term/list.js';

const ERL_KEYS_1_40 = [33, 12, 23, 29, 30, 39, 26, 31, 11, 37, 9, 32, 34, 25, 28, 6, 38, 13, 40, 20, 15, 14, 2, 7, 1, 8, 3, 17, 22, 21, 4, 36, 24, 10, 35, 27, 19, 5, 18, 16];
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

test('large map key order equals erl maps:keys/1; maps:next order is its reverse', () => {
  const m = ErlMap.fromEntries(range(1, 40).map((i) => [i, i] as [Term, Term]));
  assert.deepEqual(m.keys(), ERL_KEYS_1_40);
  assert.deepEqual(m.iterEntries().map(([k]) => k), [...ERL_KEYS_1_40].reverse());
  // insertion order does not matter
  let m2: ErlMap = ErlMap.EMPTY;
  for (const i of range(1, 40).reverse()) m2 = m2.put(i, i);
  assert.deepEqual(m2.keys(), ERL_KEYS_1_40);
});

test('merge-like build and removal back to a flatmap (as erl)', () => {
  let m: ErlMap = ErlMap.EMPTY;
  for (let i = 1; i <= 33; i++) m = m.put(i, i);
  assert.equal(m.isFlat, false);
  // erl: maps:keys(maps:remove(33, M)) is sorted: a flatmap again
  const r = m.remove(33);
  assert.equal(r.isFlat, true);
  assert.deepEqual(r.keys(), range(1, 32));
  // erl: from_list with 40 pairs but 10 distinct keys is a flatmap
  const d = ErlMap.fromEntries(range(1, 40).map((i) => [i % 10, i] as [Term, Term]));
  assert.deepEqual(d.keys(), range(0, 9));
  assert.equal(d.get(0), 40); // later duplicates win
});

test('flatmap keys sort in exact order: integers before floats', () => {
  // erl: maps:to_list(#{1.0 => a, 2 => b, 3.0 => c, 0 => d}) = [{0,d},{2,b},{1.0,a},{3.0,c}]
  const m = ErlMap.fromEntries([[new Float(1), atom('a')], [2, atom('b')], [new Float(3), atom('c')], [0, atom('d')]]);
  assert.deepEqual(m.keys().map((k) => (k instanceof Float ? `${k.value}f` : k)), [0, 2, '1f', '3f']);
  assert.equal(m.get(1), undefined);
  assert.equal(m.get(new Float(1)), atom('a'));
});

test('get/put/update/remove on small and large maps', () => {
  for (const n of [5, 32, 33, 200]) {
    let m: ErlMap = ErlMap.EMPTY;
    for (let i = 0; i < n; i++) m = m.put([i, 'k'.length], i);
    assert.equal(m.size, n);
    for (let i = 0; i < n; i++) assert.equal(m.get([i, 1]), i);
    assert.equal(m.get([n, 1]), undefined);
    assert.equal(m.update([n, 1], 0), undefined);
    const u = m.update([0, 1], atom('x'))!;
    assert.equal(u.get([0, 1]), atom('x'));
    assert.equal(m.get([0, 1]), 0); // persistent
    assert.equal(m.put([1, 1], 1), m); // same value: unchanged
    let r = m;
    for (let i = 0; i < n; i += 2) r = r.remove([i, 1]);
    assert.equal(r.size, n - Math.ceil(n / 2));
    for (let i = 0; i < n; i++) assert.equal(r.has([i, 1]), i % 2 === 1);
    assert.equal(r.remove([9999]), r);
  }
});

test('list helpers', () => {
  const l = arrayToList([1, 2, 3]);
  assert.deepEqual(listToArray(l), [1, 2, 3]);
  assert.equal(listLength(l), 3);
  assert.equal(listLength(new Cons(1, 2)), -1);
  assert.equal(listToArray(new Cons(1, 2)), null);
  assert.equal(isProperList(NIL), true);
  assert.equal(isProperList(atom('a')), false);
  assert.equal(listToString(stringToList('héllo 😀')), 'héllo 😀');
  assert.deepEqual(listToArray(stringToList('😀')), [0x1f600]);
  assert.equal(listToString(arrayToList([0xd800])), null);
  assert.equal(listToString(arrayToList([104, new Float(1)])), null);
  assert.equal(listToString(arrayToList([104], 1)), null);
  const big = arrayToList(new Array(100_000).fill(97));
  assert.equal(listToString(big)!.length, 100_000);
});
