// The number paths of band/bor/bxor/bsl/bsr must agree with exact bigint
// arithmetic across the whole safe-integer range (JS bit operators are 32-bit).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as A from '../../../src/bifs/erlang_arith.js';
import { normInt } from '../../../src/term/types.js';

const MAX = 2 ** 53 - 1;
const EDGES = [0, 1, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 32 - 1, 2 ** 32, -(2 ** 32), 2 ** 47 + 5, MAX, -MAX, -(2 ** 52), 2 ** 52];

function rnd(): number {
  const bits = Math.floor(Math.random() * 54);
  const v = Math.floor(Math.random() * 2 ** bits);
  return Math.random() < 0.5 && v !== 0 ? -v : v;
}

test('band/bor/bxor on safe integers equal the bigint results', () => {
  const vals = [...EDGES];
  for (let i = 0; i < 300; i++) vals.push(rnd());
  for (const a of vals) {
    for (const b of vals.slice(0, 40)) {
      assert.equal(A.band(a, b), normInt(BigInt(a) & BigInt(b)), `${a} band ${b}`);
      assert.equal(A.bor(a, b), normInt(BigInt(a) | BigInt(b)), `${a} bor ${b}`);
      assert.equal(A.bxor(a, b), normInt(BigInt(a) ^ BigInt(b)), `${a} bxor ${b}`);
    }
  }
  // the one result just outside the safe range is a bigint
  assert.equal(A.band(-MAX, -2), -(2n ** 53n));
});

test('bsr and bsl on safe integers equal the bigint results', () => {
  const vals = [...EDGES];
  for (let i = 0; i < 200; i++) vals.push(rnd());
  for (const a of vals) {
    for (const s of [0, 1, 5, 13, 17, 31, 32, 33, 52, 53, 60]) {
      assert.equal(A.bsr(a, s), normInt(BigInt(a) >> BigInt(s)), `${a} bsr ${s}`);
      assert.equal(A.bsl(a, s), normInt(BigInt(a) << BigInt(s)), `${a} bsl ${s}`);
    }
  }
});
