// Behaviour the Elixir conformance programs showed differing from erl, in
// both tiers: a fun called in tail position (call_fun + deallocate + return,
// which the BEAM's loader fuses into i_call_fun_last) leaves no frame; a
// failing bs_create_bin segment names itself in error_info; and
// process_info(self(), current_stacktrace) sees the caller's own frames.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { compile, run, erlRun } from './harness.js';
import { setJitHeat } from '../../../src/vm/executor.js';

const SRC = {
  parity: `
-module(parity).
-export([tailfun/0, bsfail/0, curst/0]).
id(X) -> X.
apply_tail(F, A) -> F(A).
outer(F) -> apply_tail(F, 1), ok.
tailfun() ->
    F = fun(X) -> erlang:error({boom, X}) end,
    try outer(F) catch error:R:S -> {R, S} end.
c(F) -> try F() of V -> {ok, V} catch error:R:S -> [{_, _, _, L} | _] = S, {R, lists:keyfind(error_info, 1, L)} end.
bsfail() ->
    [c(F) || F <- [
        fun() -> <<(id(a)):8>> end,
        fun() -> <<(id(1)):(id(-1))>> end,
        fun() -> <<(id(<<1>>)):2/binary>> end,
        fun() -> <<(id(<<1:3>>))/binary>> end,
        fun() -> <<(id(1.0)):(id(13))/float>> end,
        fun() -> <<(id(16#D800))/utf8>> end,
        fun() -> <<1, (id(x)):16/little>> end,
        fun() -> <<(id(1)):(id(1 bsl 62))>> end,
        fun() -> <<(id(1 bsl 2000)):64/float>> end]].
curst() -> S = a(3), id(S).
a(0) -> [{current_stacktrace, S}] = process_info(self(), [current_stacktrace]), S;
a(N) -> S = a(N - 1), id(S).
`,
};

const dir = compile(SRC);
after(() => setJitHeat(20));

for (const heat of [20, 1]) {
  const tier = heat === 1 ? 'compiled' : 'interpreted';
  for (const f of ['tailfun', 'bsfail']) {
    test(`${tier}: ${f} matches erl`, async () => {
      setJitHeat(heat);
      assert.equal((await run(dir, 'parity', f)).value, erlRun(dir, 'parity', f));
    });
  }
  test(`${tier}: current_stacktrace of self matches erl`, async () => {
    setJitHeat(heat);
    assert.equal((await run(dir, 'parity', 'curst')).value, erlRun(dir, 'parity', 'curst'));
  });
}
