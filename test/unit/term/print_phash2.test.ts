// ~w printing and phash2/1,2 against values produced by the real erl (OTP 25):
// fixtures/terms_corpus.json holds term_to_binary(T), io_lib:format("~w",[T]),
// phash2(T), phash2(T,1000), phash2(T,256), phash2(T,1 bsl 32) for each T.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { binaryToTerm } from '../../../src/term/etf.js';
import { formatTerm } from '../../../src/term/print.js';
import { phash2 } from '../../../src/term/phash2.js';
import { Bitstring, type Term } from '../../../src/term/types.js';

interface Case { etf: string; w: string; h: number; h1000: number; h256: number; h32: number }
const fixture = fileURLToPath(new URL('../../../../test/unit/term/fixtures/terms_corpus.json', import.meta.url));
const corpus: Case[] = JSON.parse(readFileSync(fixture, 'utf8'));
const decode = (s: string) => binaryToTerm(new Uint8Array(Buffer.from(s, 'base64'))) as Term;

test('formatTerm matches ~w', () => {
  for (const c of corpus) assert.equal(formatTerm(decode(c.etf)), c.w);
});

test('phash2/1,2 match erl', () => {
  for (const c of corpus) {
    const t = decode(c.etf);
    if (c.w.startsWith('#Fun<')) continue; // the fun's module hash needs the real fun entry
    assert.equal(phash2(t), c.h, 'phash2 ' + c.w);
    assert.equal(phash2(t, 1000), c.h1000, 'phash2/1000 ' + c.w);
    assert.equal(phash2(t, 256), c.h256, 'phash2/256 ' + c.w);
    assert.equal(phash2(t, 2 ** 32), c.h32, 'phash2/2^32 ' + c.w);
  }
});

test('phash2 of an unaligned sub-bitstring equals that of an aligned copy', () => {
  // <<1:3, "abc", 5:3>> sliced from bit 3: the bits of <<"abc", 5:3>>
  const data = new Uint8Array([0x2c, 0x2c, 0x4c, 0x74]);
  const sub = new Bitstring(data, 3, 27);
  const aligned = new Bitstring(new Uint8Array([0x61, 0x62, 0x63, 0xa0]), 0, 27);
  assert.equal(formatTerm(sub), '<<97,98,99,5:3>>');
  assert.equal(phash2(sub), phash2(aligned));
});
