// unicode:characters_to_binary/list error shapes and math:erf/erfc bit
// patterns; every expected value printed by OTP 25 erl (glibc 2.36, x86-64).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atom, Cons, Float, NIL, type Term } from '../../../src/term/types.js';
import { binaryFromBytes } from '../../../src/term/bits.js';
import { formatTerm } from '../../../src/term/print.js';
import { ErlangException } from '../../../src/vm/exception.js';
import { Trap } from '../../../src/vm/trap.js';
import { binIs7bit, charactersToBinary, charactersToList } from '../../../src/bifs/unicode.js';
import { erf, erfc } from '../../../src/bifs/math_erf.js';
import { exp, fma } from '../../../src/bifs/math_exp.js';

const L = (...a: Term[]): Term => {
  let l: Term = NIL;
  for (let i = a.length - 1; i >= 0; i--) l = new Cons(a[i], l);
  return l;
};
const B = (...b: number[]): Term => binaryFromBytes(Uint8Array.from(b));
const U = atom('unicode');
const show = (f: () => Term): string => {
  try {
    return formatTerm(f());
  } catch (e) {
    if (e instanceof ErlangException) return `{error,${formatTerm(e.reason)}}`;
    throw e;
  }
};
const c2b = (d: Term, e: Term = U) => show(() => charactersToBinary(d, e));
const c2l = (d: Term, e: Term = U) => show(() => charactersToList(d, e));

test('a sequence cut before an integer keeps the leftover in front', () => {
  assert.equal(c2b(L(B(97), B(195), 120)), '{error,<<97>>,[<<195>>,[120]]}');
  assert.equal(c2l(L(B(97, 98), L(B(195), 120))), '{error,[97,98],[<<195>>,[[120]]]}');
  assert.equal(c2b(L(L(L(B(120, 195)), 99), 100)), '{error,<<120>>,[<<195>>,[[99],100]]}');
  assert.equal(c2b(L(B(226, 130), L(120), B(172))), '{error,<<>>,[<<226,130>>,[[120],<<172>>]]}');
});

test('invalid bytes and integers: rest wrapped once per enclosing list', () => {
  assert.equal(c2b(L(L(97, 98), L(B(255), L(99, 100)), L(101, 102))), '{error,<<97,98>>,[[<<255>>,[99,100]],[101,102]]}');
  assert.equal(c2b(L(97, L(98, L(99, -1, 100), 101), 102)), '{error,<<97,98,99>>,[[[-1,100],101],102]}');
  assert.equal(c2b(L(97, 0x110000, 98)), '{error,<<97>>,[1114112,98]}');
  assert.equal(c2b(L(B(97), 256, B(98)), atom('latin1')), '{error,<<97>>,[256,<<98>>]}');
});

test('a lone binary in a list is looked through by characters_to_binary only', () => {
  assert.equal(c2b(L(B(192, 128))), '{error,<<>>,<<192,128>>}');
  assert.equal(c2l(L(B(192, 128))), '{error,[],[<<192,128>>]}');
  assert.equal(c2b(L(B(97), B(255))), '{error,<<97>>,[<<255>>]}');
});

test('leftovers at the end: incomplete when a valid prefix, else error', () => {
  assert.equal(c2b(L(B(240), B(159), B(152))), '{incomplete,<<>>,<<240,159,152>>}');
  assert.equal(c2b(new Cons(B(233), B(226))), '{error,<<>>,<<233,226>>}');
  assert.equal(c2l(B(97, 98, 99, 226, 65)), '{error,[97,98,99],<<226,65>>}');
  assert.equal(c2b(L(B(226, 130), B(172), 120)), '<<226,130,172,120>>');
});

test('non-chardata anywhere is badarg; other encodings go to unicode.erl', () => {
  assert.equal(c2b(L(B(255), atom('a'))), '{error,badarg}');
  assert.equal(c2l(new Cons(B(97), atom('foo'))), '{error,badarg}');
  assert.ok((charactersToBinary(B(0, 97), atom('utf16')) as unknown) instanceof Trap);
  assert.equal(formatTerm(binIs7bit(L(97))), 'false');
  assert.equal(formatTerm(binIs7bit(B(97))), 'true');
});

const bits = (x: number): string => {
  const f = new Float64Array([x]);
  return new BigUint64Array(f.buffer)[0].toString(16);
};

test('erf/erfc equal glibc bit for bit on every interval', () => {
  // [x, erf(x), erfc(x)] from erl: io:format("~w", ...)
  const cases: [number, number, number][] = [
    [-1.9915000000000003, -0.9951435794687449, 1.9951435794687449],
    [1.7499434454366565, 0.986668686256922, 0.013331313743078079],
    [4.724724436178803, 0.9999999999763926, 2.3607434373148556e-11],
    [0.5, 0.5204998778130465, 0.4795001221869535],
    [1, 0.8427007929497149, 0.15729920705028513],
    [3.6065343408845365, 0.9999996610810921, 3.389189079135385e-7],
    [1e-300, 1.1283791670955126e-300, 1],
    [-30, -1, 2],
    [27, 1, 5.23705e-319],
  ];
  for (const [x, e, c] of cases) {
    assert.equal(bits(erf(x)), bits(e), `erf(${x})`);
    assert.equal(bits(erfc(x)), bits(c), `erfc(${x})`);
  }
});

test('exp and fma round once', () => {
  assert.equal(exp(-4.52857185495759), 0.010796083441189892);
  assert.equal(fma(0.1, 10, -1), 5.551115123125783e-17);
  assert.equal(fma(2, 3, 4), 10);
  assert.ok(new Float(0) instanceof Float);
});
