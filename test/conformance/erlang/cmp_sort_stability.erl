-module(cmp_sort_stability).
-export([main/0]).
main() ->
    L = [{1, a}, {1.0, b}, {1, c}, {0, d}, {1.0, e}],
    io:format("~p~n", [lists:keysort(1, L)]),
    io:format("~p~n", [lists:sort(fun({A, _}, {B, _}) -> A =< B end, L)]),
    io:format("~p~n", [lists:ukeysort(1, L)]),
    io:format("~p~n", [lists:usort(fun({A, _}, {B, _}) -> A =< B end, L)]),
    lists:sort([c, b, a, b]).
