-module(cmp_numbers).
-export([main/0]).
main() ->
    L = [3, 2.5, -1, 1 bsl 65, -(1 bsl 65), 0.0, 0, 1.0e20, 100000000000000000000, 2.0],
    io:format("~p~n", [lists:sort(L)]),
    io:format("~p~n", [lists:usort([1, 1.0, 2, 2.0, 3])]),
    io:format("~p~n", [lists:max([1, 1.0])]),
    io:format("~p~n", [lists:min([1.0, 1])]),
    io:format("~p~n", [1.0e20 == 100000000000000000000]),
    io:format("~p~n", [18014398509481985 == 18014398509481984.0]),
    io:format("~p~n", [18014398509481985 > 18014398509481984.0]),
    lists:sort(fun(A, B) -> A >= B end, [1, 3.0, 2]).
