-module(op_set_tuple_element).
-export([main/0]).
%% set_tuple_element: the compiler updates a big record with one
%% setelement/3 call (which copies) and then stores the other fields into
%% that fresh copy in place. The source tuple must never change.

-record(big, {a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8,
              i = 9, j = 10, k = 11, l = 12, m = 13, n = 14, o = 15, p = 16}).

upd3(R, V) -> R#big{a = V, h = {V}, p = [V]}.
upd_all_ends(R) -> R#big{a = first, p = last, b = second}.
upd_same(R) -> R#big{c = R#big.c, d = R#big.c}.

chain(R, 0) -> R;
chain(R, N) -> chain(R#big{a = N, b = R#big.a, k = N * 2, p = R#big.k}, N - 1).

main() ->
    R0 = #big{},
    R1 = upd3(R0, x),
    io:format("~w~n~w~n", [R0, R1]),
    R2 = upd3(R1, y),
    io:format("~w~n~w~n", [R1, R2]),
    io:format("~w~n", [upd_all_ends(R2)]),
    io:format("~w~n", [upd_same(R2)]),
    io:format("~w~n", [chain(R0, 5)]),
    %% the originals are still intact after all the updates
    io:format("~w ~w~n", [R0 =:= #big{}, R1 =:= upd3(#big{}, x)]),
    %% a list of records updated from the same base stays distinct
    L = [upd3(R0, I) || I <- lists:seq(1, 3)],
    io:format("~w~n", [[{R#big.a, R#big.h, R#big.p} || R <- L]]),
    %% the record test fails first: badrecord for a wrong tuple
    io:format("~w~n", [try upd3({big, 1}, z) catch Cls1:Why1 -> {Cls1, Why1} end]),
    io:format("~w~n", [try upd3(not_a_record, z) catch Cls2:Why2 -> {Cls2, Why2} end]),
    ok.
