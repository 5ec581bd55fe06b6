-module(stdlib_lists_sort_big).
-export([main/0]).
main() ->
    rand:seed(exsss, {1, 2, 3}),
    L = [rand:uniform(1000000) || _ <- lists:seq(1, 20000)],
    S = lists:sort(L),
    io:format("~p~n", [lists:sublist(S, 5)]),
    io:format("~p~n", [lists:sublist(lists:reverse(S), 5)]),
    io:format("~p~n", [length(lists:usort(L))]),
    T = lists:sort([{X rem 10, X} || X <- lists:sublist(L, 30)]),
    io:format("~p~n", [T]),
    erlang:phash2(S).
