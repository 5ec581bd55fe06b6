// The compiling tier (jit.ts) against erl: the same programs with every
// function compiled on first entry, covering what compiled code must keep
// exact: guards whose BIFs fail, exceptions and their stack traces inside
// compiled loops, receive timeouts, funs, floats, bit syntax, preemption.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { compile, run, erlRun } from './harness.js';
import { setJitHeat } from '../../../src/vm/executor.js';

const SRC = {
  j1: `
-module(j1).
-export([arith/0, guards/0, traces/0, recv/0, funs/0, floats/0, bits/0, spin/0, sel/0, deep/0]).
arith() ->
    Big = 16#7FFFFFFFFFFFFF,
    [Big + Big, Big * 3, -Big - Big, 9007199254740991 + 1, (1 bsl 40) band 16#FFFFFFFF,
     (-5) band 16#FFFF, 2463534242 bxor (2463534242 bsl 13), 123456789012 bsr 7,
     -7 div 2, -7 rem 2, 7 div -2, bnot 5, -(3), (1 bsl 52) bor 1, 0 * -5].
guards() ->
    F = fun(X) when X + 1 > 2 -> big; (X) when element(1, X) =:= a -> tagged; (_) -> other end,
    [F(5), F({a, b}), F(foo), F([]), F(1.5)].
traces() ->
    L = [try loop(N) catch C:R:S -> {C, R, hd(S)} end || N <- [3, 0, 7]],
    {L, catch 1 div zero(), catch erlang:element(9, {a})}.
loop(0) -> erlang:error(boom);
loop(7) -> throw(seven);
loop(N) -> loop(N - 1) + 1.
zero() -> 0.
recv() ->
    Self = self(),
    spawn(fun() -> Self ! {msg, 1} end),
    A = receive {msg, X} -> X after 1000 -> timeout end,
    B = receive nothing -> got after 10 -> timeout end,
    C = receive nothing -> got after 0 -> zero end,
    {A, B, C}.
funs() ->
    Add = fun(X) -> fun(Y) -> X + Y end end,
    F = Add(10),
    G = fun lists:reverse/1,
    {F(5), G([1, 2]), apply(lists, seq, [1, 3]), erlang:apply(F, [1]), [H(2) || H <- [F, fun(Z) -> Z * Z end]]}.
floats() ->
    X = 1.5, Y = X * 2.0 + 0.5, Z = -Y,
    {Y, Z, X / 3, catch (X / 0), float(7), 0.0 - 0.0}.
bits() ->
    B = <<1:3, 5:5, 300:13, -2:7/signed, "abc", 1.5/float>>,
    <<A:3, C:5, D:13, E:7/signed, S:3/binary, F/float>> = B,
    {A, C, D, E, S, F, byte_size(B), [X || <<X:4>> <= <<16#ABCD:16>>]}.
spin() ->
    Self = self(),
    P = spawn(fun() -> Self ! {done, count(2000000, 0)} end),
    receive {done, N} -> {N, is_pid(P)} end.
count(0, A) -> A;
count(N, A) -> count(N - 1, A + 1).
sel() ->
    [case X of a -> 1; b -> 2; 3 -> three; 2.0 -> float; {_, _} -> pair; _ -> other end
     || X <- [a, b, 3, 2.0, {1, 2}, 3.0, c]].
deep() -> length(build(300000)).
build(0) -> [];
build(N) -> [N | build(N - 1)].
`,
};

const dir = compile(SRC);
setJitHeat(1);
after(() => setJitHeat(20));

for (const f of ['arith', 'guards', 'traces', 'recv', 'funs', 'floats', 'bits', 'spin', 'sel', 'deep']) {
  test(`compiled code matches erl: ${f}`, async () => {
    assert.equal((await run(dir, 'j1', f)).value, erlRun(dir, 'j1', f), f);
  });
}
