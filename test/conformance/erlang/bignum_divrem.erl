-module(bignum_divrem).
-export([main/0]).
main() ->
    N = 1 bsl 200 + 12345,
    D = 1 bsl 67 - 1,
    io:format("~p ~p~n", [N div D, N rem D]),
    io:format("~p ~p~n", [-N div D, -N rem D]),
    io:format("~p ~p~n", [N div -7, N rem -7]),
    io:format("~p~n", [N div (1 bsl 300)]),
    {N div 1, N rem 1}.
