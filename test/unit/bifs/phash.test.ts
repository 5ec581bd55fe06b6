// erlang:phash/2 (make_hash); expected values from OTP 25 erl,
// erlang:phash(T, 16#100000000) unless stated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atom, Bitstring, Cons, Float, Fun, NIL, Pid, Port, Ref, type Term } from '../../../src/term/types.js';
import { ErlMap } from '../../../src/term/map.js';
import { binaryFromBytes } from '../../../src/term/bits.js';
import { phash } from '../../../src/term/phash.js';
import { ErlangException } from '../../../src/vm/exception.js';
import { lookupNative } from '../../../src/bifs/registry.js';
import '../../../src/bifs/erlang_terms.js';

const L = (...a: Term[]): Term => {
  let l: Term = NIL;
  for (let i = a.length - 1; i >= 0; i--) l = new Cons(a[i], l);
  return l;
};
const S = (s: string): Term => L(...[...s].map((c) => c.codePointAt(0)!));
const B = (...b: number[]): Term => binaryFromBytes(Uint8Array.from(b));
const TOP = 2 ** 32;

test('integers, small and big, both signs', () => {
  assert.equal(phash(0, TOP), 1);
  assert.equal(phash(-1, TOP), 1680185270);
  assert.equal(phash(0xffffffff, TOP), 3339827845);
  assert.equal(phash(2 ** 59, TOP), 2147483673);
  assert.equal(phash(1n << 64n, TOP), 2788898428);
  assert.equal(phash(-(1n << 200n) + 12345n, TOP), 3075164460);
});

test('floats hash the xor of their words; -0.0 as 0.0', () => {
  assert.equal(phash(new Float(1), TOP), 1072693249);
  assert.equal(phash(new Float(-0), TOP), 1);
  assert.equal(phash(new Float(0), TOP), 1);
});

test('atoms by the atom table hash, including non-Latin-1 names', () => {
  assert.equal(phash(atom('a'), TOP), 98);
  assert.equal(phash(atom('日本'), TOP), 251805805);
});

test('binaries, bitstrings and unaligned sub-binaries', () => {
  assert.equal(phash(B(), TOP), 1);
  assert.equal(phash(B(1, 2, 3), TOP), 687692590);
  assert.equal(phash(new Bitstring(Uint8Array.of(5 << 5), 0, 3), TOP), 3507216109);
  assert.equal(phash(new Bitstring(Uint8Array.of(1, 2, 3 << 1), 0, 23), TOP), 2819760784);
  // <<_:3, S:20/bitstring, _/bitstring>> = <<"The quick">>
  const src = new TextEncoder().encode('The quick');
  assert.equal(phash(new Bitstring(src, 3, 20), TOP), 3804097373);
});

test('lists, strings, improper lists, tuples', () => {
  assert.equal(phash(NIL, TOP), 2);
  assert.equal(phash(S('hello'), TOP), 2340352116);
  assert.equal(phash(new Cons(atom('a'), atom('b')), TOP), 4159696708);
  assert.equal(phash(L(1000, 2000), TOP), 672787664);
  assert.equal(phash([], TOP), 1);
  assert.equal(phash([1, 2, 3], TOP), 4267354534);
});

test('maps mix in phash2; funs, pids, ports, refs', () => {
  assert.equal(phash(ErlMap.fromEntries([[atom("a"), 1]]), TOP), 1670235874);
  assert.equal(phash(L(ErlMap.fromEntries([])), TOP), 1181889864);
  assert.equal(phash(new Fun(1, atom('lists'), atom('map'), 2, [], -1, 0), TOP), 904024396);
  assert.equal(phash(new Pid(50), TOP), 3846440403);
  assert.equal(phash(new Port(5), TOP), 3777324194);
  assert.equal(phash(new Ref([3, 2, 1]), TOP), 3125387976);
});

test('phash/2 ranges and bad ranges', () => {
  const f = lookupNative('erlang', 'phash', 2)!;
  assert.deepEqual([1, 2, 3, 1000].map((r) => f([atom('x'), atom('y')], r)), [1, 2, 3, 142]);
  for (const r of [0, -1, 2 ** 32 + 1, new Float(1), atom('x')] as Term[]) {
    assert.throws(() => f(atom('a'), r), (e) => e instanceof ErlangException && e.reason === atom('badarg'));
  }
});
