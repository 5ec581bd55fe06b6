-module(conv_atoms_lists).
-export([main/0]).
main() ->
    io:format("~p~n", [atom_to_list('hello world')]),
    io:format("~p~n", [list_to_atom("with space")]),
    io:format("~p~n", [tuple_to_list({a, {b}})]),
    io:format("~p~n", [list_to_tuple("abc")]),
    io:format("~p~n", [binary_to_list(<<"xyz">>)]),
    io:format("~p~n", [iolist_to_binary(["a", [$b, <<"c">>]])]),
    io:format("~p~n", [erlang:list_to_existing_atom("true")]),
    io:format("~p~n", [integer_to_list($a)]),
    io:format("~p~n", [[$a + 1]]),
    io:format("~p~n", [list_to_binary(atom_to_list(done))]),
    io:format("~p~n", [erlang:term_to_iovec(x) =/= []]),
    binary_to_atom(atom_to_binary('round trip')).
