-module(list_sort).
-export([main/0]).
main() ->
    L = [{b, 2}, {a, 3}, {c, 1}, {a, 1}, {b, 2}],
    io:format("~p~n", [lists:sort(L)]),
    io:format("~p~n", [lists:usort(L)]),
    io:format("~p~n", [lists:keysort(2, L)]),
    io:format("~p~n", [lists:ukeysort(1, L)]),
    io:format("~p~n", [lists:sort(fun({_, X}, {_, Y}) -> X >= Y end, L)]),
    io:format("~p~n", [lists:merge([1, 4, 7], [2, 3, 8])]),
    io:format("~p~n", [lists:umerge([1, 2, 4], [2, 3, 4])]),
    Big = [(I * 7919) rem 10007 || I <- lists:seq(1, 5000)],
    S = lists:sort(Big),
    io:format("~p~n", [lists:sublist(S, 10)]),
    S =:= lists:usort(Big).
