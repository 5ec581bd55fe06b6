// erlang:match_spec_test/3 (table dialect) against OTP 25's erl outputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../../src/bifs/ets.js';
import '../../../src/bifs/erlang_arith.js';
import '../../../src/bifs/binary.js';
import { ErlMap } from '../../../src/term/map.js';
import { NIL, type Term } from '../../../src/term/types.js';
import { binaryFromString } from '../../../src/term/bits.js';
import { A, F, L, call, runAs, vm, w } from './helpers.js';

runAs(vm.spawn(9));
// error texts are char lists: show them as "..." like ~p does
const mst = (t: Term, ms: Term): string =>
  w(call('erlang', 'match_spec_test', t, ms, A('table'))).replace(/\{error,\[([0-9,]+)\]\}/g,
    (_m, cs: string) => '{error,"' + String.fromCharCode(...cs.split(',').map(Number)) + '"}');
const C = (h: Term, g: Term, b: Term): Term => L([h, g, b]);
const a1: Term = [A('a'), 1];
const H = [A('$1'), A('$3')];

test('compile errors are reported with OTP 25 texts', () => {
  const cases: [Term, string][] = [
    [C(H, NIL, L(A('$4'))), '{error,[{error,"Variable $4 is unbound."}]}'],
    [C(H, NIL, L([A('foo'), A('$3')])), '{error,[{error,"Function foo/1 does_not_exist."}]}'],
    [C(H, NIL, L([A('max'), A('$1'), A('$3')])), '{error,[{error,"Function max/2 does_not_exist."}]}'],
    [C(H, NIL, L([A('message'), A('$1')])), '{error,[{error,"Special form \'message\' used in wrong dialect."}]}'],
    [C(H, NIL, L([])), '{error,[{error,"{} is neither a function call, nor a tuple (tuples are written {{ ... }})."}]}'],
    [C(H, NIL, L([1, 2])), '{error,[{error,"{1,2} is neither a function call, nor a tuple (tuples are written {{ ... }})."}]}'],
    [C(H, NIL, NIL), '{error,[{error,"Body clause does not return anything."}]}'],
    [L([H]), '{error,[{error,"Match program part is not a tuple of arity 3."}]}'],
    [A('foo'), '{error,[{error,"Match programs are not in a list."}]}'],
    [C(H, NIL, L([A('$1')])), '{error,[{error,"{\'$1\'} is neither a function call, nor a tuple (tuples are written {{ ... }})."}]}'],
    [C(H, NIL, L([A('$_')])), '{error,[{error,"Function \'$_\'/0 does_not_exist."}]}'],
    [C(H, NIL, L([A('+'), 1, 2, 3])), '{error,[{error,"Function \'+\'/3 does_not_exist."}]}'],
    [C(H, NIL, L([A('get_tcw')])), '{error,[{error,"Function get_tcw/0 cannot be called in this context."}]}'],
    [C(H, NIL, L([A('andalso')])), '{error,[{error,"Special form \'andalso\' called without arguments in {andalso}."}]}'],
    [C(H, NIL, L([A('const'), 1, 2])), '{error,[{error,"Special form \'const\' called with more than one argument in {const,1,2}."}]}'],
    [C(H, A('foo'), L(A('$_'))), '{error,[{error,"Match expression is not a list."}]}'],
    [C(ErlMap.fromEntries([[A('$1'), 1]]), NIL, L(A('$1'))), '{error,[{error,"Variable found in map key."}]}'],
  ];
  for (const [ms, want] of cases) assert.equal(mst(a1, ms), want, w(ms));
});

test('results of heads, guards and bodies', () => {
  const cases: [Term, Term, string][] = [
    [a1, C(H, NIL, L(A('$$'))), '{ok,[a,1],[],[]}'],
    [a1, C([A('b'), A('$3')], NIL, L(A('$$'))), '{ok,false,[],[]}'],
    [a1, C(H, NIL, L([A('+'), A('$3'), A('a')])), "{ok,'EXIT',[],[]}"],
    [a1, C(H, NIL, L([A('is_integer'), A('$1')], [A('+'), A('$3'), F(2.5)])), '{ok,3.5,[],[]}'],
    [a1, C(H, NIL, L(ErlMap.fromEntries([[A('$1'), A('$3')]]))), '{ok,#{a => 1},[],[]}'],
    [a1, C(H, L([A('andalso'), A('$1'), A('true')]), L(A('$1'))), '{ok,false,[],[]}'],
    [a1, C(H, L([A('and'), A('true'), A('$1')]), L(A('$1'))), '{ok,false,[],[]}'],
    [a1, C([A('_'), A('$1')], NIL, L([A('orelse'), A('false'), A('$1')])), '{ok,1,[],[]}'],
    [a1, C([A('_'), A('$1')], L([A('orelse'), A('false'), A('$1')]), L(A('ok'))), '{ok,false,[],[]}'],
    [a1, C([A('_'), A('$1')], NIL, L([A('not'), A('$1')])), "{ok,'EXIT',[],[]}"],
    [a1, C([A('_'), A('$1')], NIL, L([A('xor'), A('true'), A('false')])), '{ok,true,[],[]}'],
    [a1, C([A('_'), A('$1')], NIL, L([A('is_record'), A('$_'), A('a'), 2])), '{ok,true,[],[]}'],
    [a1, C([A('_'), A('$1')], NIL, L([A('size'), A('$_')], [A('map_size'), ErlMap.EMPTY])), '{ok,0,[],[]}'],
    [a1, C([A('_'), A('$1')], NIL, L([A('node')])), '{ok,nonode@nohost,[],[]}'],
    [a1, C([A('_'), A('$0')], NIL, L(A('$$'))), '{ok,[1],[],[]}'],
    [a1, C([A('$1'), A('_')], NIL, L([[A('$1'), L(A('$1'), A('$1')), [A('const'), A('$1')]]])), "{ok,{a,[a,a],'$1'},[],[]}"],
    [a1, C([A('$1'), A('_')], NIL, L([A('div'), 7, 0], 5)), '{ok,5,[],[]}'],
    [a1, L([[A('$1'), A('_')], L([A('div'), 7, 0]), L(5)], [A('_'), NIL, L(A('six'))]), '{ok,six,[],[]}'],
    [a1, C([A('$1'), A('_')], NIL, L([A('binary_part'), binaryFromString('abc'), 1, 1])), '{ok,<<98>>,[],[]}'],
    [ErlMap.fromEntries([[A('a'), 1]]), C(ErlMap.fromEntries([[A('a'), A('$1')]]), NIL, L(A('$1'))), '{ok,1,[],[]}'],
    [L(1, 2), C(L(A('$1')), NIL, L(A('$1'))), '{ok,false,[],[]}'],
    [[A('a'), A('b')], C([A('$1'), A('$2')], NIL, L([A('element'), 1, [[A('$2'), A('$1')]]])), '{ok,b,[],[]}'],
    [[A('a'), A('b')], C([A('$1'), A('$2')], NIL, L([A('=='), 1, F(1)], [A('=:='), 1, F(1)])), '{ok,false,[],[]}'],
    [[1, A('b')], C([F(1), A('$2')], NIL, L(A('$2'))), '{ok,false,[],[]}'],
    [[A('a'), A('b')], C([A('$1'), A('$01')], NIL, L(A('$$'))), '{ok,false,[],[]}'],
    [[A('a'), A('b')], C([A('$1'), A('$2')], L(1), L([A('const'), 1])), '{ok,false,[],[]}'],
    [[A('a'), A('b')], C([A('$1'), A('$2')], L([A('/'), 2, 4]), L(1)), '{ok,false,[],[]}'],
    [[F(1.5), A('x')], C(A('$1'), NIL, L([A('float'), 1])), '{ok,1.0,[],[]}'],
    [[F(1.5), A('x')], C(A('$1'), NIL, L([A('/'), 1, 1])), '{ok,1.0,[],[]}'],
    [[F(1.5), A('x')], C(A('$1'), NIL, L([A('bnot'), 1])), '{ok,-2,[],[]}'],
    [[F(1.5), A('x')], C(A('$1'), NIL, L([A('andalso'), A('true'), 3])), '{ok,3,[],[]}'],
    [[F(1.5), A('x')], C(A('$1'), NIL, L([A('and'), A('true'), 3])), "{ok,'EXIT',[],[]}"],
    [[F(1.5), A('x')], C(A('$1'), NIL, L([A('orelse'), 3, A('false')])), "{ok,'EXIT',[],[]}"],
  ];
  for (const [t, ms, want] of cases) assert.equal(mst(t, ms), want, w(ms));
});
