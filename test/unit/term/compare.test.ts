// Term order and equality against the real erl: fixtures/cmp_corpus.json holds
// a set of terms and, for every pair, erl's verdict: "<", ">", "=" (=:=) or "~" (== only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { binaryToTerm } from '../../../src/term/etf.js';
import { compare, compareExact, eqArith, eqExact } from '../../../src/term/compare.js';
import { formatTerm } from '../../../src/term/print.js';
import { Cons, Float, NIL, atom, type Term } from '../../../src/term/types.js';
import { arrayToList } from '../../../src/term/list.js';

const fixture = fileURLToPath(new URL('../../../../test/unit/term/fixtures/cmp_corpus.json', import.meta.url));
const data: { terms: string[]; matrix: string[] } = JSON.parse(readFileSync(fixture, 'utf8'));
const terms = data.terms.map((s) => binaryToTerm(new Uint8Array(Buffer.from(s, 'base64'))) as Term);

test('compare / == / =:= agree with erl on every pair', () => {
  for (let i = 0; i < terms.length; i++) {
    for (let j = 0; j < terms.length; j++) {
      const want = data.matrix[i][j];
      const a = terms[i], b = terms[j];
      const what = `${formatTerm(a)} vs ${formatTerm(b)}`;
      const c = compare(a, b);
      assert.equal(c, want === '<' ? -1 : want === '>' ? 1 : 0, what);
      assert.equal(eqArith(a, b), want === '=' || want === '~', '== ' + what);
      assert.equal(eqExact(a, b), want === '=', '=:= ' + what);
    }
  }
});

test('exact order puts integers before floats (map key order)', () => {
  assert.equal(compareExact(1, new Float(1)), -1);
  assert.equal(compareExact(2, new Float(1)), -1);
  assert.equal(compareExact(new Float(0.5), 1), 1);
  assert.equal(compare(2, new Float(1)), 1);
  assert.equal(compareExact([1], [new Float(1)]), -1);
});

test('big integers against floats compare exactly', () => {
  const big = (1n << 53n) + 1n;
  assert.equal(compare(big, new Float(2 ** 53)), 1);
  assert.equal(compare(new Float(2 ** 53), big), -1);
  assert.equal(compare(1n << 64n, new Float(2 ** 64)), 0);
  assert.equal(compare(-(1n << 64n), new Float(-(2 ** 64) + 0.0)), 0);
  assert.equal(compare(-(1n << 64n) - 1n, new Float(-(2 ** 64))), -1);
});

test('long lists do not overflow the stack', () => {
  const n = 1_000_000;
  const xs: Term[] = new Array(n).fill(0).map((_, i) => i);
  const a = arrayToList(xs), b = arrayToList(xs);
  assert.equal(eqExact(a, b), true);
  assert.equal(compare(a, b), 0);
  const c = arrayToList(xs, atom('x'));
  assert.equal(compare(a, c), 1); // the tails decide: atom x < []
  let deep: Term = NIL;
  for (let i = 0; i < 100_000; i++) deep = [i, deep];
  assert.equal(eqExact(deep, deep), true);
  assert.equal(formatTerm(new Cons(1, NIL)), '[1]');
});
