// ETF decode/encode against bytes produced by the real erl (OTP 25):
// fixtures/etf_corpus.json was generated with term_to_binary/1,2 in erl.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { binaryToTerm, decodeTerm, termToBinary } from '../../../src/term/etf.js';
import { ErlangException } from '../../../src/vm/exception.js';
import { Bitstring, Cons, Float, NIL, atom, type Term } from '../../../src/term/types.js';
import { ErlMap } from '../../../src/term/map.js';
import { eqExact } from '../../../src/term/compare.js';

interface Case { src: string; plain: string; c6: string | null; c9: string | null; m0: string | null; m2: string | null; w: string | null }
const fixture = fileURLToPath(new URL('../../../../test/unit/term/fixtures/etf_corpus.json', import.meta.url));
const corpus: Case[] = JSON.parse(readFileSync(fixture, 'utf8'));
const b64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));

test('decode then encode reproduces erl bytes (plain, compressed, minor 0 and 2)', () => {
  for (const c of corpus) {
    const plain = b64(c.plain);
    const t = binaryToTerm(plain) as Term;
    assert.deepEqual(termToBinary(t), plain, c.src);
    assert.deepEqual(termToBinary(t, { compressed: 6 }), c.c6 ? b64(c.c6) : plain, c.src + ' compressed');
    assert.deepEqual(termToBinary(t, { compressed: 9 }), c.c9 ? b64(c.c9) : plain, c.src + ' compressed 9');
    assert.deepEqual(termToBinary(t, { minorVersion: 0 }), c.m0 ? b64(c.m0) : plain, c.src + ' minor 0');
    assert.deepEqual(termToBinary(t, { minorVersion: 2 }), c.m2 ? b64(c.m2) : plain, c.src + ' minor 2');
    for (const k of ['c6', 'c9', 'm0', 'm2'] as const) {
      const enc = c[k];
      if (enc) assert.ok(eqExact(binaryToTerm(b64(enc)) as Term, t), c.src + ' decode ' + k);
    }
  }
});

test('encoder works on terms built directly', () => {
  const cases: [Term, number[]][] = [
    [atom('abc'), [131, 100, 0, 3, 97, 98, 99]],
    [new Float(1.5), [131, 70, 63, 248, 0, 0, 0, 0, 0, 0]],
    [new Cons(1, new Cons(300, NIL)), [131, 108, 0, 0, 0, 2, 97, 1, 98, 0, 0, 1, 44, 106]],
    [new Cons(atom('a'), atom('b')), [131, 108, 0, 0, 0, 1, 100, 0, 1, 97, 100, 0, 1, 98]],
    [new Bitstring(new Uint8Array([1, 0x5f]), 0, 11), [131, 77, 0, 0, 0, 2, 3, 1, 64]],
    [ErlMap.fromEntries([[atom('b'), 1], [atom('a'), 2]]), [131, 116, 0, 0, 0, 2, 100, 0, 1, 97, 97, 2, 100, 0, 1, 98, 97, 1]],
  ];
  for (const [t, bytes] of cases) assert.deepEqual([...termToBinary(t)], bytes);
});

function isBadarg(f: () => unknown): boolean {
  try {
    f();
    return false;
  } catch (e) {
    if (e instanceof ErlangException && e.reason === atom('badarg')) return true;
    throw e;
  }
}

test('every truncation of a valid encoding is badarg', () => {
  for (const c of corpus) {
    const plain = b64(c.plain);
    if (plain.length > 3000) continue;
    for (let n = 0; n < plain.length; n++) {
      assert.ok(isBadarg(() => binaryToTerm(plain.subarray(0, n))), `${c.src} cut at ${n}`);
    }
    if (c.c6) {
      const z = b64(c.c6);
      for (let n = 0; n < z.length; n++) assert.ok(isBadarg(() => binaryToTerm(z.subarray(0, n))), `${c.src} compressed cut at ${n}`);
    }
  }
});

test('malformed inputs (from erl) are badarg', () => {
  const bad = [
    [131, 116, 0, 0, 0, 2, 97, 1, 97, 1, 97, 1, 97, 2], // duplicate map key
    [131, 104, 2, 97, 1], // tuple short
    [130, 97, 1], // bad version
    [131, 82, 0], // atom cache ref
    [131, 200], // unknown tag
    [131, 119, 2, 0xff, 0xfe], // invalid utf8 atom
    [131, 77, 0, 0, 0, 1, 0, 1], // bit binary with 0 bits
    [131, 108, 255, 255, 255, 255, 106], // absurd list length
    [131, 80, 0, 0, 0, 9, 1, 2, 3], // bad zlib
  ];
  for (const b of bad) assert.ok(isBadarg(() => binaryToTerm(new Uint8Array(b))), String(b));
});

test('used, trailing bytes, decodeTerm offset, safe', () => {
  assert.equal(binaryToTerm(new Uint8Array([131, 97, 1, 0])), 1);
  assert.deepEqual(binaryToTerm(new Uint8Array([131, 97, 1, 0]), { used: true }), [1, 3]);
  const r = decodeTerm(new Uint8Array([9, 9, 131, 100, 0, 1, 120, 7]), 2);
  assert.equal(r.term, atom('x'));
  assert.equal(r.next, 7);
  assert.ok(isBadarg(() => binaryToTerm(new Uint8Array([131, 100, 0, 5, 113, 122, 113, 122, 57]), { safe: true })));
  assert.equal(binaryToTerm(new Uint8Array([131, 100, 0, 2, 111, 107]), { safe: true }), atom('ok'));
});
