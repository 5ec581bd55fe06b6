-module(ets_select_chunks).
-export([main/0]).
-include_lib("stdlib/include/ms_transform.hrl").

%% select/3 and its continuations, in table order (no sorting).
drain('$end_of_table', Acc) -> lists:reverse(Acc);
drain({Res, Cont}, Acc) -> drain(ets:select(Cont), [Res | Acc]).

drain_m('$end_of_table', Acc) -> lists:reverse(Acc);
drain_m({Res, Cont}, Acc) -> drain_m(ets:match(Cont), [Res | Acc]).

main() ->
    S = ets:new(s, [set]),
    [ets:insert(S, {K, K rem 7, integer_to_list(K)}) || K <- lists:seq(1, 1500)],
    MS = ets:fun2ms(fun({K, R, _}) when R =:= 3 -> K end),
    io:format("~w~n", [drain(ets:select(S, MS, 10), [])]),
    io:format("~w~n", [drain(ets:select(S, [{{'$1', '_', '_'}, [], ['$1']}], 400), [])]),
    io:format("~w~n", [drain(ets:select(S, [{{'$1', 0, '_'}, [{'<', '$1', 100}], ['$1']}], 3), [])]),
    io:format("~w~n", [ets:select(S, [{{'$1', '_', '_'}, [{'>', '$1', 5000}], ['$1']}], 3)]),
    io:format("~w~n", [drain_m(ets:match(S, {'$1', 6, '_'}, 50), [])]),
    {KR, KC} = ets:select(S, [{{5, '$1', '$2'}, [], [{{'$1', '$2'}}]}, {{77, '_', '$1'}, [], ['$1']}], 1),
    io:format("~w ~w~n", [KR, setelement(1, setelement(4, KC, ms), tab)]),
    io:format("~w~n", [ets:select(KC)]),
    io:format("~w~n", [ets:select_count(S, [{{'_', 1, '_'}, [], [true]}])]),
    io:format("~w~n", [ets:select_delete(S, [{{'$1', 2, '_'}, [{'>', '$1', 700}], [true]}])]),
    io:format("~w~n", [ets:info(S, size)]),
    io:format("~w~n", [[K || {K, _, _} <- ets:match_object(S, {'_', 2, '_'})]]),
    io:format("~w~n", [ets:select_replace(S, [{{'$1', 5, '$2'}, [{'<', '$1', 40}], [{{'$1', five, '$2'}}]}])]),
    io:format("~w~n", [ets:match_object(S, {'_', five, '_'})]),
    io:format("~w~n", [ets:select_reverse(S, [{{'$1', five, '_'}, [], ['$1']}])]),
    %% bags and select/3
    B = ets:new(b, [bag]),
    [ets:insert(B, {K rem 10, K}) || K <- lists:seq(1, 60)],
    io:format("~w~n", [drain(ets:select(B, [{{'$1', '$2'}, [{'<', '$2', 35}], ['$_']}], 7), [])]),
    io:format("~w~n", [ets:select(B, [{{3, '$1'}, [], ['$1']}])]),
    %% ordered_set chunks, forward and reverse
    O = ets:new(o, [ordered_set]),
    [ets:insert(O, {K, K * K}) || K <- lists:seq(1, 50)],
    io:format("~w~n", [drain(ets:select(O, [{{'$1', '$2'}, [{'>', '$2', 100}], ['$1']}], 9), [])]),
    Rev = fun R('$end_of_table', Acc) -> lists:reverse(Acc);
              R({Res, C}, Acc) -> R(ets:select_reverse(C), [Res | Acc]) end,
    io:format("~w~n", [Rev(ets:select_reverse(O, [{{'$1', '_'}, [{'<', '$1', 30}], ['$1']}], 8), [])]),
    io:format("~w~n", [ets:select_reverse(O, [{{'$1', '_'}, [{'<', '$1', 5}], ['$1']}])]),
    {_, C1} = ets:select(O, [{{'$1', '_'}, [], ['$1']}], 5),
    io:format("~w~n", [element(1, ets:select(C1))]),
    io:format("~w~n", [element(1, ets:match_object(O, {'$1', '_'}, 4))]),
    io:format("~w~n", [ets:select(O, [{{'$1', '_'}, [], ['$1']}], 100) =/= '$end_of_table']),
    io:format("~w~n", [try ets:select(O, [{{'$1', '_'}, [], ['$1']}], 0) catch C:R -> {C, R} end]),
    io:format("~w~n", [try ets:select(O, bad_ms) catch C2:R2 -> {C2, R2} end]),
    io:format("~w~n", [try ets:select(foo) catch C3:R3 -> {C3, R3} end]),
    io:format("~w~n", [ets:select('$end_of_table')]),
    %% safe_fixtable traversal with deletes
    F = ets:new(f, [set]),
    [ets:insert(F, {K}) || K <- lists:seq(1, 300)],
    ets:safe_fixtable(F, true),
    Walk = fun W('$end_of_table', N) -> N;
               W(K, N) -> ets:delete(F, K), W(ets:next(F, K), N + 1) end,
    io:format("~w~n", [Walk(ets:first(F), 0)]),
    ets:insert(F, {7}),
    ets:safe_fixtable(F, false),
    io:format("~w ~w~n", [ets:info(F, size), ets:tab2list(F)]),
    [ets:insert(F, {K}) || K <- lists:seq(1, 40)],
    io:format("~w~n", [ets:tab2list(F)]),
    io:format("~w~n", [try ets:next(F, nokey) catch C4:R4 -> {C4, R4} end]),
    ok.
