-module(list_basic).
-export([main/0]).
main() ->
    L = [3, 1, 4, 1, 5, 9, 2, 6],
    io:format("~p ~p ~p~n", [hd(L), tl(L), length(L)]),
    io:format("~p~n", [L ++ [7, 8]]),
    io:format("~p~n", [L -- [1, 9, 42]]),
    io:format("~p~n", [[H || H <- L, H > 2]]),
    io:format("~p~n", [[{X, Y} || X <- [1, 2], Y <- [a, b]]]),
    io:format("~p~n", [lists:reverse(L)]),
    [_, Second | Rest] = L,
    {Second, Rest}.
