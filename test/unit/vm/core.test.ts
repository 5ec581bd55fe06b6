import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile, run, erlRun } from './harness.js';
import { hasNative } from '../../../src/bifs/registry.js';

const SRC = {
  t1: `
-module(t1).
-export([fact/1, seq/0, rev/0, map/0, deep/1, zero/0, div0/0, fc/0, f/1, catch_elem/0, undef/0,
         thrown/0, exited/0, badmatch/0, tuple_ops/0, maps/0, funs/0, fmt/0, bin/0, floats/0, sel/1]).
fact(0) -> 1;
fact(N) -> N * fact(N - 1).
seq() -> lists:seq(1, 10).
rev() -> lists:reverse([1,2,3]).
map() -> lists:map(fun(X) -> X * 2 end, [1,2,3]).
deep(0) -> 0;
deep(N) -> 1 + deep(N - 1).
zero() -> 0.
div0() -> try 1 div zero() catch error:R:S -> {R, S} end.
fc() -> try f(x) catch error:R:S -> {R, S} end.
f(1) -> ok.
catch_elem() -> catch element(5, {a}).
undef() -> try lists:nonexist(1) catch error:R:S -> {R, S} end.
thrown() -> catch throw(foo).
exited() -> catch exit(bar).
badmatch() -> try {a} = {zero()} catch error:R -> R end.
tuple_ops() -> T = {a, b, c}, {element(2, T), setelement(1, T, z), tuple_size(T)}.
maps() -> M = #{a => 1, b => 2}, M2 = M#{c => 3}, #{a := A} = M2, {A, maps:get(b, M2), M2#{a := 9}}.
funs() -> Add = fun(X) -> fun(Y) -> X + Y end end, F = Add(10), {F(5), (fun erlang:atom_to_list/1)(abc)}.
fmt() -> lists:flatten(io_lib:format("~w and ~s ~w~n", [{a, [1,2]}, "str", 42])).
bin() -> B = <<1, 2, 3, "abc">>, <<X:8, Rest/binary>> = B, {X, Rest, byte_size(B), <<X:16/little>>}.
floats() -> X = 1.5, Y = X * 2.0 + 0.5, {Y, -X}.
sel(X) -> case X of a -> 1; b -> 2; 3 -> three; {_, _} -> pair; _ -> other end.
`,
};

const dir = compile(SRC);

async function value(f: string, args: import('../../../src/term/types.js').Term[] = []): Promise<string> {
  return (await run(dir, 't1', f, args)).value;
}

test('calls, recursion and stdlib', async () => {
  assert.equal(await value('fact', [20]), '{ok,2432902008176640000}');
  assert.equal(await value('seq'), '{ok,[1,2,3,4,5,6,7,8,9,10]}');
  assert.equal(await value('rev'), '{ok,[3,2,1]}');
  assert.equal(await value('map'), '{ok,[2,4,6]}');
});

test('1e6-deep non-tail recursion', async () => {
  assert.equal(await value('deep', [1000000]), '{ok,1000000}');
});

test('exceptions and stack traces match erl', async () => {
  for (const f of ['div0', 'fc', 'catch_elem', 'undef', 'thrown', 'exited', 'badmatch']) {
    assert.equal(await value(f), erlRun(dir, 't1', f), f);
  }
});

test('data: tuples, maps, funs, binaries, floats, select', async () => {
  assert.equal(await value('tuple_ops'), '{ok,{b,{z,b,c},3}}');
  assert.equal(await value('maps'), '{ok,{1,2,#{a => 9,b => 2,c => 3}}}');
  assert.equal(await value('funs'), erlRun(dir, 't1', 'funs'));
  assert.equal(await value('bin'), erlRun(dir, 't1', 'bin'));
  assert.equal(await value('floats'), '{ok,{3.5,-1.5}}');
  assert.equal(await value('sel', [3]), '{ok,three}');
});

test('io_lib:format from stdlib', { skip: !hasNative('persistent_term', 'get', 2) && 'needs the persistent_term natives' }, async () => {
  assert.equal(await value('fmt'), erlRun(dir, 't1', 'fmt'));
});
