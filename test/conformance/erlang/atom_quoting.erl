-module(atom_quoting).
-export([main/0]).
main() ->
    L = ['after', 'begin', 'case', 'catch', 'fun', 'receive', 'when', 'andalso', 'maybe', 'else',
         'a b', 'A', '_', '1a', 'a1', 'aB_@9', '[]', '{}', '+', '\\', '\t', [] ],
    [io:format("~p|~w|~tp~n", [A, A, A]) || A <- L],
    io:format("~p~n", [{'Hello', "World", 'it\'s'}]),
    ok.
