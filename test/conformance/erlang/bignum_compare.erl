-module(bignum_compare).
-export([main/0]).
main() ->
    L = [1 bsl 100, -(1 bsl 100), 0, 1 bsl 64, 1.0e30, -1.0e30, 1 bsl 63, 42, (1 bsl 64) - 1],
    io:format("~p~n", [lists:sort(L)]),
    io:format("~p~n", [(1 bsl 100) == (1 bsl 100)]),
    io:format("~p~n", [(1 bsl 100) =:= 1267650600228229401496703205376]),
    io:format("~p~n", [1 bsl 1023 < 1.0e308]),
    {max(1 bsl 80, 2.0e24), min(-(1 bsl 80), -1.0e24)}.
