-module(cmp_binaries_lists).
-export([main/0]).
main() ->
    io:format("~p~n", [lists:sort(["b", "ab", "a", "", "ba", [0]])]),
    io:format("~p~n", [lists:sort([<<2>>, <<1, 2>>, <<1>>, <<>>, <<1:1>>, <<1, 0:1>>])]),
    io:format("~p~n", [[1, 2] < [1, 2, 0]]),
    io:format("~p~n", [[1 | 2] < [1, 2]]),
    io:format("~p~n", [{1, 2} < [1]]),
    io:format("~p~n", [{9, 9} < {1, 1, 1}]),
    "abc" < "abd".
