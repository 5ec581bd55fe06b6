// math:pow/2 must round as glibc's pow does (values from erl's math:pow).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pow } from '../../../src/bifs/math_pow.js';

test('integer exponents are rounded once, as erl rounds them', () => {
  assert.equal(pow(10, -17), 1.0e-17); // V8's Math.pow gives 9.999999999999999e-18
  assert.equal(pow(10, -18), 1.0e-18);
  assert.equal(pow(1.1, 100), 13780.61233982238);
  assert.equal(pow(-3, 5), -243);
  assert.equal(pow(2, -1074), 5e-324);
  assert.equal(pow(0.3, -30), 4856935749618867.0);
  assert.equal(pow(7, -200), 9.558549579477074e-170);
});

test('other exponents and edge cases fall back to Math.pow', () => {
  assert.equal(pow(2, 0.5), 1.4142135623730951);
  assert.equal(pow(0, -1), Infinity);
  assert.equal(pow(10, 400), Infinity);
  assert.equal(pow(5, 0), 1);
});
