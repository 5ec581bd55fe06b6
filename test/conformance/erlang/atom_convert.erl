-module(atom_convert).
-export([main/0]).
main() ->
    io:format("~p~n", [list_to_atom("dynamic_atom")]),
    io:format("~p~n", [binary_to_atom(<<"bin_atom">>, utf8)]),
    io:format("~p~n", [binary_to_atom(<<"caf", 233>>, latin1)]),
    io:format("~p~n", [atom_to_binary('café', utf8)]),
    io:format("~p~n", [atom_to_binary(hello)]),
    io:format("~p~n", [list_to_existing_atom("ok")]),
    io:format("~p~n", [try list_to_existing_atom("surely_no_such_atom_xyzzy_42") catch error:R -> R end]),
    io:format("~p~n", [try binary_to_existing_atom(<<"no_such_atom_plugh_7">>, utf8) catch error:R2 -> R2 end]),
    io:format("~p~n", [try list_to_atom(lists:duplicate(256, $a)) catch error:R3 -> R3 end]),
    length(atom_to_list(list_to_atom(lists:duplicate(255, $b)))).
