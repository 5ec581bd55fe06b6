-module(arith_negative).
-export([main/0]).
main() ->
    io:format("~p ~p~n", [-5 div 2, -5 rem 2]),
    io:format("~p ~p~n", [-(1 bsl 62), -(1 bsl 63)]),
    io:format("~p~n", [-9223372036854775808 - 1]),
    io:format("~p~n", [abs(-9223372036854775809)]),
    io:format("~p~n", [(-1) band (1 bsl 65)]),
    io:format("~p~n", [-123456789012345678901234567890 bsr 7]),
    -1 bxor (1 bsl 70).
