// Real Erlang programs using ets.erl from OTP's ets.beam (tab2list, foldl,
// select with fun2ms, select_delete, match_delete, test_ms) on our VM,
// compared with the real erl.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../../../src/bifs/ets.js';
import '../../../src/bifs/atomics.js';
import '../../../src/bifs/counters.js';
import '../../../src/bifs/persistent_term.js';
import { compile, erlRun, run } from '../vm/harness.js';

const SRC = `
-module(etsprog).
-export([main/0, owner_exit/0, test_ms/0]).
-include_lib("stdlib/include/ms_transform.hrl").
main() ->
  T = ets:new(people, [ordered_set, named_table]),
  ets:insert(T, [{N, N * 3, [$p | integer_to_list(N)]} || N <- lists:seq(1, 20)]),
  L1 = ets:tab2list(T),
  Sum = ets:foldl(fun({K, _, _}, Acc) -> K + Acc end, 0, T),
  MS = ets:fun2ms(fun({K, V, Name}) when V > 30, K rem 2 =:= 0 -> {Name, V} end),
  Sel = ets:select(T, MS),
  Del = ets:select_delete(T, ets:fun2ms(fun({K, _, _}) when K > 15 -> true end)),
  Size = ets:info(T, size),
  TM = erlang:match_spec_test({a, 1}, [{{'$1', '$2'}, [], [{{'$2', '$1'}}]}], table),
  S = ets:new(s, [bag]),
  ets:insert(S, [{a, 1}, {a, 2}, {b, 3}]),
  L2 = lists:sort(ets:tab2list(S)),
  FR = ets:foldr(fun(X, A) -> [X | A] end, [], T),
  ets:delete_all_objects(S),
  L3 = ets:tab2list(S),
  ets:match_delete(T, {'_', '_', "p3"}),
  L4 = ets:lookup(T, 3),
  All = lists:member(people, ets:all()),
  C = counters:new(2, []), counters:add(C, 1, 10), CV = counters:get(C, 1),
  persistent_term:put(demo, 42), PT = persistent_term:get(demo),
  {Chunk, Cont} = ets:select(T, [{'_', [], ['$_']}], 3),
  Next = element(1, ets:select(Cont)),
  {L1, Sum, Sel, Del, Size, TM, L2, length(FR), L3, L4, All, CV, PT, Chunk, Next}.
owner_exit() ->
  Owner = spawn(fun() -> ets:new(owned, [named_table, public]), receive stop -> ok end end),
  timer:sleep(5),
  Before = ets:whereis(owned) =/= undefined,
  Owner ! stop, timer:sleep(5),
  {Before, ets:whereis(owned)}.
test_ms() ->
  ets:test_ms({a, 1}, [{{'$1', '$2'}, [], [{{'$2', '$1'}}]}]).
`;

const dir = compile({ etsprog: SRC });

test('ets.erl functions and fun2ms programs match erl', async () => {
  assert.equal((await run(dir, 'etsprog', 'main')).value, erlRun(dir, 'etsprog', 'main'));
});

// needs the VM to call ets.onProcessExit(pid) on every process exit
test('owner exit deletes its tables', async () => {
  assert.equal((await run(dir, 'etsprog', 'owner_exit')).value, erlRun(dir, 'etsprog', 'owner_exit'));
});

// ets:test_ms/2 matches a 4-tuple with select_tuple_arity, whose arity list holds untagged integers
test('ets:test_ms/2', async () => {
  assert.equal((await run(dir, 'etsprog', 'test_ms')).value, erlRun(dir, 'etsprog', 'test_ms'));
});
