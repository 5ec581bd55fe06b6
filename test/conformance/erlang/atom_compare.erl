-module(atom_compare).
-export([main/0]).
main() ->
    L = [zebra, apple, 'Apple', aardvark, 'B', b, '', 'z z', 'é', 'ü', 'ä'],
    io:format("~p~n", [lists:sort(L)]),
    io:format("~p~n", [a < b]),
    io:format("~p~n", [abc < abcd]),
    io:format("~p~n", ['Z' < a]),
    io:format("~p~n", [a < 1]),
    io:format("~p~n", [1 < a]),
    lists:max(L).
