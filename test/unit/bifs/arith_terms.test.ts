// erlang arithmetic, term and conversion BIFs; expected values from OTP 25 erl.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atom, Cons, Float, NIL, type Term } from '../../../src/term/types.js';
import { ErlangException } from '../../../src/vm/exception.js';
import { formatTerm } from '../../../src/term/print.js';
import { lookupNative } from '../../../src/bifs/registry.js';
import * as A from '../../../src/bifs/erlang_arith.js';
import '../../../src/bifs/erlang_terms.js';
import '../../../src/bifs/erlang_convert.js';
import '../../../src/bifs/lists.js';
import '../../../src/bifs/maps.js';
import '../../../src/bifs/math.js';

const L = (...a: Term[]): Term => {
  let l: Term = NIL;
  for (let i = a.length - 1; i >= 0; i--) l = new Cons(a[i], l);
  return l;
};
const S = (s: string): Term => L(...[...s].map((c) => c.codePointAt(0)!));

function r(f: () => Term): string {
  try {
    return formatTerm(f());
  } catch (e) {
    if (e instanceof ErlangException) return `{${e.cls.name},${formatTerm(e.reason)}}`;
    throw e;
  }
}
const call = (m: string, f: string, ...args: Term[]) => r(() => lookupNative(m, f, args.length)!(...args));

test('arithmetic matches erl', () => {
  assert.equal(r(() => A.bsl(1, 100000000)), '{error,system_limit}');
  assert.equal(r(() => A.bsl(1, 33554368)), '{error,system_limit}');
  assert.equal(r(() => A.bsl(0, 10000000000)), '0');
  assert.equal(r(() => A.bsr(-1, 10000000000)), '-1');
  assert.equal(r(() => A.add(new Float(1), 2n ** 2000n)), '{error,badarith}');
  assert.equal(r(() => A.float(2n ** 2000n)), '{error,badarg}');
  assert.equal(r(() => A.max(1, new Float(1))), '1');
  assert.equal(r(() => A.max(new Float(1), 1)), '1.0');
  assert.equal(r(() => A.plus(atom('a'))), '{error,badarith}');
  assert.equal(r(() => A.bnot(new Float(1))), '{error,badarith}');
  assert.equal(r(() => A.abs(atom('a'))), '{error,badarg}');
  assert.equal(r(() => A.and(1, atom('true'))), '{error,badarg}');
  assert.equal(r(() => A.intDiv(1, 0)), '{error,badarith}');
  assert.equal(r(() => A.fdiv(new Float(1), 0)), '{error,badarith}');
  assert.equal(r(() => A.mul(new Float(1e308), 10)), '{error,badarith}');
  assert.equal(r(() => A.round(new Float(-2.5))), '-3');
  assert.equal(r(() => A.round(new Float(2.5))), '3');
  assert.equal(r(() => A.trunc(new Float(1e20))), '100000000000000000000');
  assert.equal(r(() => A.rem(7, -2)), '1');
  assert.equal(r(() => A.intDiv(-7, 2)), '-3');
  assert.equal(r(() => A.bsl(1, -1)), '0');
  assert.equal(r(() => A.bsl(-1, -100000000000)), '-1');
  assert.equal(r(() => A.mul(9007199254740991, 9007199254740991)), '81129638414606663681390495662081');
  assert.equal(r(() => A.add(9007199254740991, 1)), '9007199254740992');
  assert.equal(r(() => A.sub(9007199254740992n, 1)), '9007199254740991');
  assert.equal(typeof A.sub(9007199254740992n, 1), 'number');
  assert.equal(r(() => A.band(-1, 2n ** 70n)), '1180591620717411303424');
  assert.equal(r(() => A.eq(1, new Float(1))), 'true');
  assert.equal(r(() => A.exactEq(1, new Float(1))), 'false');
});

test('term BIFs match erl', () => {
  assert.equal(call('erlang', 'size', new (class {})() as unknown as Term).startsWith('{error'), true);
  assert.equal(call('erlang', 'map_size', atom('a')), '{error,{badmap,a}}');
  assert.equal(call('erlang', '--', L(1, 2, new Float(1), 1, 3), L(1, 1)), '[2,1.0,3]');
  assert.equal(call('erlang', '++', L(1), atom('a')), '[1|a]');
  assert.equal(call('erlang', '++', atom('a'), L(1)), '{error,badarg}');
  assert.equal(call('erlang', 'make_tuple', 3, atom('a'), L([1, atom('b')], [1, atom('c')], [3, atom('d')])), '{c,a,d}');
  assert.equal(call('erlang', 'make_tuple', 3, atom('a'), L([4, atom('b')])), '{error,badarg}');
  assert.equal(call('erlang', 'is_record', [atom('a'), 1], 1), '{error,badarg}');
  assert.equal(call('erlang', 'insert_element', 3, [atom('a'), atom('b')], atom('c')), '{a,b,c}');
  assert.equal(call('erlang', 'phash2', atom('a'), 2 ** 33), '{error,badarg}');
  const many = L(...Array.from({ length: 50 }, (_, i) => i % 7));
  assert.equal(call('erlang', '--', many, L(...Array.from({ length: 20 }, (_, i) => i % 5))).length > 0, true);
});

test('conversions match erl', () => {
  assert.equal(call('erlang', 'list_to_float', S('1,0')), '1.0');
  assert.equal(call('erlang', 'list_to_float', S('1e10')), '{error,badarg}');
  assert.equal(call('erlang', 'list_to_float', S('1.0e400')), '{error,badarg}');
  assert.equal(call('erlang', 'list_to_float', S('1.5e0001')), '15.0');
  assert.equal(call('erlang', 'list_to_integer', S('+1')), '1');
  assert.equal(call('erlang', 'list_to_integer', S('12345678901234567890123')), '12345678901234567890123');
  assert.equal(call('erlang', 'list_to_integer', S('1', ), 37), '{error,badarg}');
  assert.equal(call('erlang', 'integer_to_list', -255, 36), '[45,55,51]');
  assert.equal(call('erlang', 'list_to_integer', S('-'), 10), '{error,badarg}');
});

test('lists and maps BIFs match erl', () => {
  assert.equal(call('lists', 'keyfind', 1, 1, L([new Float(1), atom('a')])), '{1.0,a}');
  assert.equal(call('lists', 'member', 1, L(new Float(1))), 'false');
  assert.equal(call('lists', 'keyfind', 1, 0, NIL), '{error,badarg}');
  assert.equal(call('lists', 'keyfind', 1, 1, new Cons([1], atom('x'))), '{1}');
  assert.equal(call('lists', 'reverse', L(1, 2), atom('x')), '[2,1|x]');
  assert.equal(call('maps', 'from_list', L(atom('a'))), '{error,badarg}');
  assert.equal(call('maps', 'get', atom('a'), atom('b')), '{error,{badmap,b}}');
  assert.equal(call('math', 'sqrt', -1), '{error,badarith}');
  assert.equal(call('math', 'sqrt', atom('a')), '{error,badarg}');
  assert.equal(call('math', 'fmod', -7, 2), '-1.0');
  assert.equal(call('math', 'erf', new Float(0.5)), '0.5204998778130465');
});
