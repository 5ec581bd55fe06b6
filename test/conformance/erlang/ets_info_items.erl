-module(ets_info_items).
-export([main/0]).

show(T) ->
    Info = ets:info(T),
    io:format("~p~n", [[{K, V} || {K, V} <- Info, K =/= id, K =/= owner, K =/= heir]]),
    io:format("~p~n", [[K || {K, _} <- Info]]),
    io:format("~p ~p ~p~n", [ets:info(T, owner) =:= self(), is_reference(ets:info(T, id)), ets:info(T, heir)]).

main() ->
    show(ets:new(a, [])),
    show(ets:new(b, [bag, public, {keypos, 2}, named_table])),
    show(ets:new(c, [ordered_set, private, {read_concurrency, true}, {write_concurrency, true}])),
    show(ets:new(d, [duplicate_bag, compressed, {write_concurrency, auto}])),
    show(ets:new(e, [set, {decentralized_counters, true}, {write_concurrency, true}])),
    T = ets:new(f, [set]),
    [ets:insert(T, {K, K * 2, <<"abcdefgh">>}) || K <- lists:seq(1, 100)],
    io:format("~p~n", [[ets:info(T, I) || I <- [size, memory, fixed, safe_fixed]]]),
    ets:safe_fixtable(T, true),
    {{_, _, _}, [{Pid, 1}]} = ets:info(T, safe_fixed),
    {Mono, [{Pid, 1}]} = ets:info(T, safe_fixed_monotonic_time),
    io:format("~p ~p ~p~n", [Pid =:= self(), is_integer(Mono), ets:info(T, fixed)]),
    ets:safe_fixtable(T, true),
    io:format("~p~n", [[N || {_, N} <- element(2, ets:info(T, safe_fixed))]]),
    ets:safe_fixtable(T, false),
    ets:safe_fixtable(T, false),
    io:format("~p ~p~n", [ets:info(T, safe_fixed), ets:info(T, fixed)]),
    io:format("~p~n", [try ets:info(T, bogus) catch C1:R1 -> {C1, R1} end]),
    io:format("~p~n", [try ets:info(42) catch C2:R2 -> {C2, R2} end]),
    io:format("~p~n", [try ets:info(T, 42) catch C3:R3 -> {C3, R3} end]),
    io:format("~p~n", [ets:info(no_such_table)]),
    io:format("~p~n", [ets:info(no_such_table, size)]),
    %% memory grows with objects (words)
    M = ets:new(m, []),
    M0 = ets:info(M, memory),
    ets:insert(M, {k}),
    M1 = ets:info(M, memory),
    [ets:insert(M, {K}) || K <- lists:seq(1, 300)],
    io:format("~p~n", [{M0, M1, ets:info(M, memory)}]),
    O = ets:new(o, [ordered_set]),
    O0 = ets:info(O, memory),
    ets:insert(O, {k, 1}),
    io:format("~p~n", [{O0, ets:info(O, memory)}]),
    %% ets:all/0 contains our tables
    All = ets:all(),
    io:format("~p ~p~n", [lists:member(T, All), lists:member(b, All)]),
    ok.
