// iolist_to_iovec/1 and term_to_iovec element structure; sizes from OTP 25 erl.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atom, Bitstring, Cons, NIL, type Term } from '../../../src/term/types.js';
import { binaryFromBytes } from '../../../src/term/bits.js';
import { ErlangException } from '../../../src/vm/exception.js';
import { iolistToIovec } from '../../../src/bifs/binary_iovec.js';
import { termToIovec } from '../../../src/bifs/erlang_terms.js';

const L = (...a: Term[]): Term => {
  let l: Term = NIL;
  for (let i = a.length - 1; i >= 0; i--) l = new Cons(a[i], l);
  return l;
};
const X = (n: number): Term => binaryFromBytes(new Uint8Array(n).fill(120));
const sizes = (t: Term): number[] | string => {
  if (t instanceof Bitstring) return `bin ${t.bitSize >>> 3}`;
  const r: number[] = [];
  for (let l = t; l instanceof Cons; l = l.tail) r.push((l.head as Bitstring).bitSize >>> 3);
  return r;
};

test('iolist_to_iovec merges small data and keeps 256+ byte binaries', () => {
  assert.deepEqual(sizes(iolistToIovec(L(X(255), X(255)))), [510]);
  assert.deepEqual(sizes(iolistToIovec(L(X(256), X(256)))), [256, 256]);
  assert.deepEqual(sizes(iolistToIovec(L(X(257), L(97), X(257)))), [257, 258]);
  assert.deepEqual(sizes(iolistToIovec(L(X(5000), L(97, 98), X(5000)))), [5000, 256, 4746]);
  assert.deepEqual(sizes(iolistToIovec(L(...new Array<Term>(100).fill(X(100))))), [8100, 1900]);
  assert.deepEqual(sizes(iolistToIovec(L(L(...new Array<Term>(9000).fill(98)), X(10)))), [9000, 10]);
  assert.equal(iolistToIovec(X(0)), NIL);
  assert.throws(() => iolistToIovec(L(256)), ErlangException);
  assert.throws(() => iolistToIovec(atom('a')), ErlangException);
});

test('term_to_iovec references binaries over 64 bytes; compressed gives one binary', () => {
  assert.deepEqual(sizes(termToIovec([X(100)])), [8, 100]);
  assert.deepEqual(sizes(termToIovec(L(X(100), X(100)))), [11, 100, 5, 100, 1]);
  assert.deepEqual(sizes(termToIovec([atom('a'), X(64)])), [76]);
  assert.deepEqual(sizes(termToIovec([atom('a'), X(65)])), [12, 65]);
  assert.equal(sizes(termToIovec([X(100)], L(atom('compressed')))), 'bin 24');
  assert.throws(() => termToIovec(atom('a'), L(atom('local'))), ErlangException);
});
