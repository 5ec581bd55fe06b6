// put_map_exact paths: ErlMap.update (one pass over a hashmap) and
// updateAll (several keys, one copy of a flatmap's values). Expected maps
// are what erl gives for M#{K := V}: the same keys, new values, and
// badkey for an absent key (here: update answers undefined, updateAll the
// index of the first absent key).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ErlMap } from '../../../src/term/map.js';
import { atom, type Term } from '../../../src/term/types.js';

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

test('update on a hashmap replaces values in place of the key, keeps order and size', () => {
  const big = ErlMap.fromEntries(range(1, 200).map((i) => [i, i] as [Term, Term]));
  let m = big;
  for (const k of [5, 77, 200, 1]) m = m.update(k, -k)!;
  assert.equal(m.size, 200);
  assert.deepEqual(m.keys(), big.keys());
  assert.equal(m.get(77), -77);
  assert.equal(m.get(78), 78);
  assert.equal(big.get(77), 77); // persistent
  assert.equal(m.update(201, 0), undefined);
  assert.equal(m.update(77, -77), m); // same value: same map
});

test('updateAll on a flatmap: one new map, original untouched, absent key reported', () => {
  const [x, y, z, hits] = ['x', 'y', 'z', 'hits'].map(atom);
  const p = ErlMap.fromEntries([[x, 0], [y, 0], [z, 0], [hits, 0]]);
  const r = p.updateAll([x, y], [1, 2], 2) as ErlMap;
  assert.deepEqual(r.entries(), [[hits, 0], [x, 1], [y, 2], [z, 0]]);
  assert.deepEqual(p.entries(), [[hits, 0], [x, 0], [y, 0], [z, 0]]);
  assert.equal(p.updateAll([x, atom('w')], [1, 2], 2), 1);
  assert.equal(p.updateAll([x, y], [0, 0], 2), p);
  // a repeated key: the later value wins, as sequential updates
  assert.deepEqual((p.updateAll([x, x], [5, 0], 2) as ErlMap).get(x), 0);
});

test('updateAll on a hashmap', () => {
  const big = ErlMap.fromEntries(range(1, 50).map((i) => [i, i] as [Term, Term]));
  const r = big.updateAll([3, 40], [30, 400], 2) as ErlMap;
  assert.equal(r.get(3), 30);
  assert.equal(r.get(40), 400);
  assert.equal(r.size, 50);
  assert.equal(big.updateAll([3, 99], [0, 0], 2), 1);
});
