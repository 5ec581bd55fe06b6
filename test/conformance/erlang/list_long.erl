-module(list_long).
-export([main/0]).
main() ->
    L = lists:seq(1, 200000),
    io:format("~p~n", [length(L)]),
    io:format("~p~n", [lists:sum(L)]),
    R = lists:reverse(L),
    io:format("~p~n", [hd(R)]),
    M = lists:map(fun(X) -> X * 2 end, L),
    io:format("~p~n", [lists:last(M)]),
    F = lists:filter(fun(X) -> X rem 7 =:= 0 end, L),
    io:format("~p~n", [length(F)]),
    S = lists:sort(fun(A, B) -> A > B end, lists:sublist(L, 1000)),
    io:format("~p~n", [lists:sublist(S, 5)]),
    lists:nth(12345, L).
