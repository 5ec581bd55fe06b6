-module(stdlib_lists_more).
-export([main/0]).
main() ->
    L = [4, 2, 7, 1, 9],
    io:format("~p~n", [lists:sublist(L, 2, 3)]),
    io:format("~p~n", [lists:nth(3, L)]),
    io:format("~p~n", [lists:last(L)]),
    io:format("~p~n", [lists:keyfind(2, 1, lists:enumerate(L))]),
    io:format("~p~n", [lists:search(fun(X) -> X > 5 end, L)]),
    io:format("~p~n", [lists:foldl(fun max/2, 0, L)]),
    io:format("~p~n", [lists:concat([a, "b", 1, 2.5])]),
    io:format("~p~n", [lists:flatlength([1, [2, [3]]])]),
    io:format("~p~n", [lists:unzip3([{1, a, x}, {2, b, y}])]),
    io:format("~p~n", [lists:splitwith(fun(X) -> X > 3 end, L)]),
    io:format("~p~n", [lists:sort(fun erlang:'>='/2, L)]),
    io:format("~p~n", [lists:min([b, a, c])]),
    io:format("~p~n", [lists:reverse([1, 2], [3, 4])]),
    io:format("~p~n", [lists:append("ab", "cd")]),
    io:format("~p~n", [lists:keymerge(1, [{1, a}, {3, c}], [{2, b}])]),
    lists:zipwith3(fun(A, B, C) -> A + B + C end, [1, 2], [3, 4], [5, 6]).
