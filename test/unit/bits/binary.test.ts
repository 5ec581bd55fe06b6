// binary module natives and erlang bitstring BIFs against OTP 25 erl output
// (each case mirrors an expression evaluated with erl; printed with ~w).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atom, Atom, Float, Bitstring, Cons, NIL, type Term } from '../../../src/term/types.js';
import { ErlangException } from '../../../src/vm/exception.js';
import { lookupNative } from '../../../src/bifs/registry.js';
import '../../../src/bifs/binary.js';

function w(t: Term): string {
  if (typeof t === 'number' || typeof t === 'bigint') return String(t);
  if (t instanceof Atom) return t.name;
  if (Array.isArray(t)) return '{' + t.map(w).join(',') + '}';
  if (t === NIL) return '[]';
  if (t instanceof Cons) {
    const parts: string[] = [];
    let l: Term = t;
    while (l instanceof Cons) { parts.push(w(l.head)); l = l.tail; }
    return '[' + parts.join(',') + (l === NIL ? '' : '|' + w(l)) + ']';
  }
  if (t instanceof Bitstring) {
    const out: string[] = [];
    const n = t.bitSize >>> 3;
    const byte = (i: number) => {
      const p = t.bitOffset + i * 8;
      const b0 = t.data[p >>> 3], b1 = t.data[(p >>> 3) + 1] ?? 0;
      return ((b0 << (p & 7)) | (b1 >>> (8 - (p & 7)))) & 0xff;
    };
    for (let i = 0; i < n; i++) out.push(String(byte(i)));
    const rem = t.bitSize & 7;
    if (rem) out.push(`${byte(n) >>> (8 - rem)}:${rem}`);
    return '<<' + out.join(',') + '>>';
  }
  return '?';
}

const bin = (s: string | number[], bits?: number) => {
  const u = typeof s === 'string' ? new TextEncoder().encode(s) : Uint8Array.from(s);
  return new Bitstring(u, 0, bits ?? u.length * 8);
};
const list = (...xs: Term[]): Term => xs.reduceRight<Term>((acc, x) => new Cons(x, acc), NIL);
const improper = (xs: Term[], tail: Term): Term => xs.reduceRight<Term>((acc, x) => new Cons(x, acc), tail);
const str = (s: string) => list(...[...s].map((c) => c.codePointAt(0)!));
const A = atom;
function call(m: string, f: string, ...args: Term[]): string {
  const fn = lookupNative(m, f, args.length);
  assert.ok(fn, `${m}:${f}/${args.length} not registered`);
  try { return w(fn(...args)); } catch (e) {
    if (e instanceof ErlangException) return `{${e.cls.name},${w(e.reason)}}`;
    throw e;
  }
}
const b = (f: string, ...a: Term[]) => () => call('binary', f, ...a);
const e = (f: string, ...a: Term[]) => () => call('erlang', f, ...a);

const B = bin('hello world, hello');
const x70 = bin(new Array(70).fill(120));
const cases: Array<() => string> = [
  b('part', bin([0x20], 3), 0, 0), b('part', B, 5, -3), b('part', B, 18, 0), b('part', B, 19, 0), b('part', B, [0, -1]),
  e('binary_part', B, [3, 2]), e('binary_part', bin([1, 2, 0x60], 19), [1, 1]), b('at', B, 18), b('first', bin([])),
  b('match', B, bin('lo')), b('match', B, list(bin('l'), bin('lo'), bin('wor'))), b('match', B, bin([])), b('match', B, NIL),
  b('match', B, bin('lo'), list([A('scope'), [5, 13]])), b('match', B, bin('lo'), list([A('scope'), [18, -5]])),
  b('match', B, bin('lo'), list([A('scope'), [18, 1]])), b('match', bin([0x20], 3), bin('lo')),
  b('matches', B, list(bin('l'), bin('ll'), bin('o'))), b('matches', bin('aaaa'), bin('aa')),
  b('split', B, bin('l')), b('split', B, bin('l'), list(A('global'))), b('split', B, bin('l'), list(A('global'), A('trim'))),
  b('split', bin(',a,,b,,'), bin(','), list(A('global'), A('trim'))), b('split', bin(',a,,b,,'), bin(','), list(A('global'), A('trim_all'))),
  b('split', bin(',a,,b,,'), bin(','), list(A('trim_all'))), b('split', bin('a,b,c,d'), bin(','), list(A('global'), [A('scope'), [2, 3]])),
  b('split', bin([]), bin(','), list(A('global'))), b('split', bin([]), bin(','), list(A('global'), A('trim'))),
  b('split', bin('a'), bin(','), list(A('bogus'))),
  b('copy', bin('ab'), 3), b('copy', bin('ab'), -1), b('copy', bin([0x20], 3), 2),
  b('decode_unsigned', bin([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2])), b('decode_unsigned', bin([1, 2]), A('little')), b('decode_unsigned', bin([])),
  b('encode_unsigned', 0), b('encode_unsigned', 258, A('little')), b('encode_unsigned', 1n << 70n), b('encode_unsigned', -1),
  b('list_to_bin', list(1, bin([2]), improper([3], bin([4])))), b('list_to_bin', bin([1])),
  b('longest_common_prefix', list(bin('abcd'), bin('abxx'))), b('longest_common_prefix', list(bin('abcd'))), b('longest_common_prefix', NIL),
  b('longest_common_suffix', list(bin('abcd'), bin('xxcd'), bin('d'))), b('longest_common_suffix', list(bin('abcd'), A('a'))),
  e('split_binary', bin([1, 2, 3]), 3), e('split_binary', bin([1, 2, 3]), 4), e('split_binary', bin([1, 2, 0x60], 19), 1),
  e('list_to_binary', bin([])), e('list_to_binary', list(256)), e('list_to_binary', list(bin([0x20], 3))),
  e('iolist_to_binary', bin([1, 2])), e('iolist_to_binary', improper([improper([1], bin([2])), str('ab')], bin('c'))),
  e('iolist_to_binary', improper([1], 2)), e('iolist_size', improper([improper([1], bin([2])), str('ab')], bin('c'))),
  e('iolist_size', bin([0x20], 3)),
  e('binary_to_list', bin([1, 2, 3]), 2, 3), e('binary_to_list', bin([1, 2, 3]), 2, 1), e('binary_to_list', bin([1, 2, 3]), 3, 2),
  e('binary_to_list', bin([1, 2, 3]), 0, 2), e('binary_to_list', bin([1, 2, 0x60], 19)), e('bitstring_to_list', bin([1, 2, 0x60], 19)),
  e('list_to_bitstring', improper([bin([0x20], 3), 7, list(bin([0x80], 1))], bin([0x30], 4))),
  e('byte_size', bin([0x20], 3)), e('bit_size', bin([1, 0x20], 11)), e('byte_size', A('a')),
  e('iolist_to_iovec', list(bin('a'), str('bc'), bin('d'))), e('iolist_to_iovec', NIL), e('iolist_to_iovec', bin([])),
  e('iolist_to_iovec', list(bin([]), NIL)), e('iolist_to_iovec', list(1, x70, 2)),
  () => call('binary', 'referenced_byte_size', call2('binary', 'part', bin('hello world'), 1, 2)),
  () => call('binary', 'matches', bin('abcabc'), call2('binary', 'compile_pattern', list(bin('bc'), bin('a')))),
  b('compile_pattern', NIL), b('compile_pattern', bin([])),
  b('match', bin('abc'), bin('b'), list([A('scope'), [4, 0]])),
  b('match', bin('abc'), bin('b'), list([A('scope'), [0, 3]], [A('scope'), [0, 1]])), b('match', bin('abc'), bin('b'), A('foo')),
  b('split', bin('abc'), bin('b'), list([A('scope'), [0, 1]])),
  b('part', bin('abc'), new Float(1), 1), b('at', bin('abc'), -1),
];
function call2(m: string, f: string, ...args: Term[]): Term {
  return lookupNative(m, f, args.length)!(...args);
}

const expected: string[] = [ "<<>>", "<<108,108,111>>", "<<>>", "{error,badarg}", "{error,badarg}", "<<108,111>>", "<<2>>", "{error,badarg}", "{error,badarg}", "{3,2}", "{2,1}", "{error,badarg}", "{error,badarg}", "{16,2}", "{16,2}", "{error,badarg}", "{error,badarg}", "[{2,2},{4,1},{7,1},{9,1},{15,2},{17,1}]", "[{0,2},{2,2}]", "[<<104,101>>,<<108,111,32,119,111,114,108,100,44,32,104,101,108,108,111>>]", "[<<104,101>>,<<>>,<<111,32,119,111,114>>,<<100,44,32,104,101>>,<<>>,<<111>>]", "[<<104,101>>,<<>>,<<111,32,119,111,114>>,<<100,44,32,104,101>>,<<>>,<<111>>]", "[<<>>,<<97>>,<<>>,<<98>>]", "[<<97>>,<<98>>]", "[<<97,44,44,98,44,44>>]", "[<<97,44,98>>,<<99,44,100>>]", "[<<>>]", "[]", "{error,badarg}", "<<97,98,97,98,97,98>>", "{error,badarg}", "{error,badarg}", "1208925819614629174706178", "513", "0", "<<0>>", "<<2,1>>", "<<64,0,0,0,0,0,0,0,0>>", "{error,badarg}", "<<1,2,3,4>>", "{error,badarg}", "2", "4", "{error,badarg}", "1", "{error,badarg}", "{<<1,2,3>>,<<>>}", "{error,badarg}", "{<<1>>,<<2,3:3>>}", "{error,badarg}", "{error,badarg}", "{error,badarg}", "<<1,2>>", "<<1,2,97,98,99>>", "{error,badarg}", "5", "{error,badarg}", "[2,3]", "{error,badarg}", "{error,badarg}", "{error,badarg}", "{error,badarg}", "[1,2,<<3:3>>]", "<<32,243>>", "1", "11", "{error,badarg}", "[<<97,98,99,100>>]", "[]", "[]", "[]", "[<<1,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,120,2>>]", "2", "[{0,1},{1,2},{3,1},{4,2}]", "{error,badarg}", "{error,badarg}", "{error,badarg}", "nomatch", "{error,badarg}", "[<<97,98,99>>]", "{error,badarg}", "{error,badarg}" ];

test('binary/erlang bitstring BIFs match erl', () => {
  assert.equal(cases.length, expected.length);
  for (let i = 0; i < cases.length; i++) {
    assert.equal(cases[i](), expected[i], `case ${i + 1}`);
  }
});

test('deep and long iolists are walked iteratively', () => {
  let deep: Term = NIL;
  for (let i = 0; i < 200_000; i++) deep = list(deep, 97);
  assert.equal(call('erlang', 'iolist_size', deep), '200000');
  let long: Term = NIL;
  for (let i = 0; i < 200_000; i++) long = new Cons(bin('ab'), long);
  const r = lookupNative('erlang', 'iolist_to_binary', 1)!(long) as Bitstring;
  assert.equal(r.bitSize, 400_000 * 8);
});
