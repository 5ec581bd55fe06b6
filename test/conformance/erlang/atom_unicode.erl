-module(atom_unicode).
-export([main/0]).
main() ->
    A = list_to_atom([955, 945, 956]),
    io:format("~p~n", [A]),
    io:format("~tp~n", [A]),
    io:format("~w~n", [A]),
    io:format("~p~n", [atom_to_list(A)]),
    io:format("~p~n", [atom_to_binary(A, utf8)]),
    io:format("~p~n", [try atom_to_binary(A, latin1) catch error:R -> R end]),
    B = binary_to_atom(<<"日本"/utf8>>, utf8),
    io:format("~tp ~p~n", [B, length(atom_to_list(B))]),
    {A, B}.
