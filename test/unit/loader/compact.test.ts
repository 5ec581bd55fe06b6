import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompactReader } from '../../../src/loader/compact.js';
import { LoadError } from '../../../src/loader/cursor.js';
import { erlEval } from './erl_helpers.js';

// Encodings produced by the compiler's own encoder (beam_asm:encode/2).
const CASES: [number, bigint][] = [
  [0, 0n], [0, 15n], [0, 16n], [0, 2047n], [0, 2048n], [0, 65535n], [0, 1n << 40n],
  [1, 0n], [1, -1n], [1, 15n], [1, -16n], [1, 300n], [1, -300n], [1, -70000n], [1, 2147483647n],
  [1, -2147483648n], [1, (1n << 53n) - 1n], [1, 1n << 53n], [1, -(1n << 63n)], [1, (1n << 64n) + 5n],
  [1, 123456789012345678901234567890n], [1, -(10n ** 40n)], [1, 10n ** 80n],
  [2, 1n], [2, 200n], [3, 0n], [3, 1023n], [4, 7n], [5, 3000n], [6, 955n], [6, 0x10ffffn],
];

test('compact values decode as beam_asm encodes them', () => {
  const expr = `[io:format("~w~n", [binary_to_list(iolist_to_binary([beam_asm:encode(T, N)]))]) || {T, N} <- [${CASES.map(([t, n]) => `{${t},${n}}`).join(',')}]]`;
  const lines = erlEval(expr).trim().split('\n');
  assert.equal(lines.length, CASES.length);
  lines.forEach((line, i) => {
    const bytes = new Uint8Array(JSON.parse(line) as number[]);
    const r = new CompactReader(bytes, 0, bytes.length, 'test');
    const tag = r.readTagged();
    const [etag, eval_] = CASES[i];
    assert.equal(tag, etag, `tag of case ${i}`);
    const got = r.big !== null ? r.big : BigInt(r.val);
    assert.equal(got, eval_, `value of case ${i}`);
    // numbers stay numbers in the safe range, as normInt demands
    if (eval_ >= -(2n ** 53n) + 1n && eval_ <= 2n ** 53n - 1n) assert.equal(r.big, null);
    assert.equal(r.pos, bytes.length);
  });
});

test('truncated compact values raise LoadError', () => {
  for (const bytes of [[0x08], [0x18], [0xf8], [0xf8, 0x00], [0x19, 0xff]]) {
    const b = new Uint8Array(bytes);
    assert.throws(() => new CompactReader(b, 0, b.length, 'test').readTagged(), LoadError);
  }
});
