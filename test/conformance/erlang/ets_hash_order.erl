-module(ets_hash_order).
-export([main/0]).

%% Traversal order of set/bag tables must be the BEAM's hash order (no sorting here).
walk(T) -> walk(T, ets:first(T), []).
walk(_, '$end_of_table', Acc) -> lists:reverse(Acc);
walk(T, K, Acc) -> walk(T, ets:next(T, K), [K | Acc]).

fill(Opts, Keys) ->
    T = ets:new(t, Opts),
    [ets:insert(T, {K, v}) || K <- Keys],
    T.

main() ->
    Ints = lists:seq(1, 40),
    T1 = fill([set], Ints),
    io:format("~w~n", [ets:tab2list(T1)]),
    io:format("~w~n", [walk(T1)]),
    io:format("~w~n", [ets:last(T1)]),
    T2 = fill([set], [a, b, c, foo, bar, hello, world, ok, error, undefined]),
    io:format("~w~n", [ets:tab2list(T2)]),
    T3 = fill([set], [<<"x">>, <<"hello">>, <<>>, <<1,2,3>>, "abc", [], [1,2], {1,2}, {}, 3.5, -7, 1 bsl 70]),
    io:format("~w~n", [ets:tab2list(T3)]),
    io:format("~w~n", [walk(T3)]),
    %% growing past 256 buckets, then shrinking back
    T4 = fill([set], lists:seq(1, 700)),
    io:format("~w~n", [[K || {K, _} <- ets:tab2list(T4)]]),
    [ets:delete(T4, K) || K <- lists:seq(1, 650)],
    io:format("~w~n", [ets:tab2list(T4)]),
    io:format("~w~n", [walk(T4)]),
    %% bags: objects of one key come out in insertion order
    B = ets:new(b, [bag]),
    ets:insert(B, [{k, 1}, {j, 1}, {k, 2}, {k, 1}, {k, 3}, {j, 0}, {i, 9}]),
    io:format("~w~n", [ets:tab2list(B)]),
    io:format("~w~n", [ets:lookup(B, k)]),
    io:format("~w~n", [walk(B)]),
    ets:delete_object(B, {k, 2}),
    ets:insert(B, {k, 2}),
    io:format("~w~n", [ets:lookup(B, k)]),
    D = ets:new(d, [duplicate_bag]),
    ets:insert(D, [{k, 1}, {k, 1}, {k, 2}, {1, a}, {2, b}, {1, a}]),
    io:format("~w~n", [ets:tab2list(D)]),
    ets:delete_object(D, {k, 1}),
    io:format("~w ~w~n", [ets:lookup(D, k), ets:take(D, 1)]),
    io:format("~w~n", [ets:tab2list(D)]),
    %% select, match and friends on a set
    io:format("~w~n", [ets:select(T1, [{{'$1', v}, [{'<', '$1', 10}], ['$1']}])]),
    io:format("~w~n", [ets:match(T1, {'$1', '_'})]),
    io:format("~w~n", [ets:match_object(T2, {'_', v})]),
    io:format("~w~n", [ets:select_reverse(T1, [{{'$1', '_'}, [{'>', '$1', 30}], ['$1']}])]),
    %% write_concurrency tables visit buckets striped by lock
    T5 = fill([set, {write_concurrency, true}], lists:seq(1, 300)),
    io:format("~w~n", [[K || {K, _} <- ets:tab2list(T5)]]),
    io:format("~w~n", [lists:sublist(walk(T5), 20)]),
    %% update_counter with a default object and update_element keep positions
    ets:update_counter(T2, new_key, {2, 1}, {new_key, 0}),
    ets:update_element(T2, a, {2, w}),
    io:format("~w~n", [ets:tab2list(T2)]),
    io:format("~w~n", [[ets:slot(T2, I) || I <- lists:seq(0, 255), ets:slot(T2, I) =/= []]]),
    io:format("~w~n", [ets:slot(T2, 256)]),
    io:format("~w~n", [try ets:slot(T2, 257) catch C:R -> {C, R} end]),
    ok.
