-module(arith_bitwise).
-export([main/0]).
main() ->
    io:format("~p ~p ~p~n", [12 band 10, 12 bor 10, 12 bxor 10]),
    io:format("~p ~p~n", [bnot 0, bnot 12345]),
    io:format("~p ~p ~p~n", [1 bsl 10, 1024 bsr 3, -1024 bsr 3]),
    io:format("~p ~p~n", [-1 bsr 100, 5 bsl -1]),
    io:format("~p~n", [-7 band 255]),
    [X bxor 16#55 || X <- [0, 1, 255, -1]].
