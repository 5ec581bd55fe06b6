-module(list_misc).
-export([main/0]).
main() ->
    L = [5, 3, 8, 1],
    io:format("~p~n", [lists:zip([1, 2, 3], [a, b, c])]),
    io:format("~p~n", [lists:unzip([{1, a}, {2, b}])]),
    io:format("~p~n", [lists:zipwith(fun(X, Y) -> X * Y end, [1, 2], [3, 4])]),
    io:format("~p~n", [lists:zip3([1], [2], [3])]),
    io:format("~p~n", [lists:split(2, L)]),
    io:format("~p~n", [lists:nthtail(3, L)]),
    io:format("~p~n", [lists:duplicate(3, x)]),
    io:format("~p~n", [lists:delete(3, L)]),
    io:format("~p~n", [lists:subtract(L, [8])]),
    io:format("~p~n", [lists:member(8, L)]),
    io:format("~p~n", [lists:prefix([5, 3], L)]),
    io:format("~p~n", [lists:suffix([1], L)]),
    io:format("~p~n", [lists:droplast(L)]),
    io:format("~p~n", [lists:dropwhile(fun(X) -> X > 2 end, L)]),
    io:format("~p~n", [lists:takewhile(fun(X) -> X > 2 end, L)]),
    io:format("~p~n", [lists:enumerate(L)]),
    io:format("~p~n", [lists:join(x, L)]),
    io:format("~p~n", [lists:uniq([1, 2, 1, 3, 2])]),
    {lists:min(L), lists:max(L), lists:sum(L)}.
