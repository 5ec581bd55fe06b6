-module(bignum_float_conv).
-export([main/0]).
main() ->
    io:format("~p~n", [float(1 bsl 80)]),
    io:format("~p~n", [float(-(1 bsl 100) + 1)]),
    io:format("~p~n", [trunc(1.0e25)]),
    io:format("~p~n", [round(-3.0e19)]),
    io:format("~p~n", [(1 bsl 90) / (1 bsl 30)]),
    io:format("~p~n", [try float(1 bsl 1024) catch error:R -> R end]),
    trunc(1.2345e18).
