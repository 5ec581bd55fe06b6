-module(arith_basic).
-export([main/0]).
main() ->
    io:format("~p ~p ~p~n", [1 + 2, 10 - 33, 6 * 7]),
    io:format("~p ~p~n", [17 div 5, 17 rem 5]),
    io:format("~p ~p~n", [-17 div 5, -17 rem 5]),
    io:format("~p ~p~n", [17 div -5, 17 rem -5]),
    io:format("~p~n", [7 / 2]),
    {abs(-5), -(-3), +4}.
