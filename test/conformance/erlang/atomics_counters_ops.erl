-module(atomics_counters_ops).
-export([main/0]).

err(F) ->
    try F() catch C:R:St ->
        case St of
            [{M, Fn, A, Loc} | _] -> {C, R, M, Fn, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, Loc)};
            _ -> {C, R}
        end
    end.

main() ->
    A = atomics:new(3, []),
    io:format("~p~n", [atomics:info(A)]),
    io:format("~p~n", [[atomics:get(A, I) || I <- [1, 2, 3]]]),
    ok = atomics:put(A, 1, 42),
    ok = atomics:add(A, 2, 5),
    io:format("~p~n", [atomics:add_get(A, 2, -7)]),
    io:format("~p~n", [atomics:sub_get(A, 1, 2)]),
    ok = atomics:sub(A, 3, 1),
    io:format("~p~n", [atomics:exchange(A, 1, 100)]),
    io:format("~p~n", [atomics:compare_exchange(A, 1, 100, 7)]),
    io:format("~p~n", [atomics:compare_exchange(A, 1, 100, 8)]),
    io:format("~p~n", [[atomics:get(A, I) || I <- [1, 2, 3]]]),
    ok = atomics:put(A, 1, 9223372036854775807),
    io:format("~p~n", [atomics:add_get(A, 1, 1)]),
    io:format("~p~n", [err(fun() -> atomics:put(A, 1, 9223372036854775808) end)]),
    io:format("~p~n", [err(fun() -> atomics:get(A, 4) end)]),
    io:format("~p~n", [err(fun() -> atomics:get(A, 0) end)]),
    io:format("~p~n", [err(fun() -> atomics:add(A, 1, a) end)]),
    io:format("~p~n", [err(fun() -> atomics:new(0, []) end)]),
    io:format("~p~n", [err(fun() -> atomics:new(2, [bad]) end)]),
    U = atomics:new(2, [{signed, false}]),
    io:format("~p~n", [atomics:info(U)]),
    io:format("~p~n", [atomics:sub_get(U, 1, 1)]),
    io:format("~p~n", [err(fun() -> atomics:put(U, 1, -1) end)]),
    ok = atomics:put(U, 2, 18446744073709551615),
    io:format("~p~n", [atomics:add_get(U, 2, 2)]),
    io:format("~p~n", [is_reference(A)]),
    %% counters
    C = counters:new(2, []),
    io:format("~p~n", [counters:info(C)]),
    ok = counters:add(C, 1, 10),
    ok = counters:sub(C, 2, 3),
    io:format("~p ~p~n", [counters:get(C, 1), counters:get(C, 2)]),
    ok = counters:put(C, 1, -5),
    io:format("~p~n", [counters:get(C, 1)]),
    W = counters:new(1, [write_concurrency]),
    [counters:add(W, 1, 1) || _ <- lists:seq(1, 100)],
    io:format("~p ~p~n", [counters:get(W, 1), maps:get(size, counters:info(W))]),
    counters:put(W, 1, 0),
    io:format("~p~n", [counters:get(W, 1)]),
    A2 = counters:new(1, [atomics]),
    counters:add(A2, 1, 9223372036854775807),
    counters:add(A2, 1, 1),
    io:format("~p~n", [counters:get(A2, 1)]),
    io:format("~p~n", [err(fun() -> counters:get(C, 3) end)]),
    io:format("~p~n", [err(fun() -> counters:add(C, 1, 1.0) end)]),
    io:format("~p~n", [err(fun() -> counters:new(1, [bogus]) end)]),
    io:format("~p~n", [err(fun() -> counters:add(C, 1, 9223372036854775808) end)]),
    ok.
