-module(atom_table_growth).
-export([main/0]).
main() ->
    As = [list_to_atom("gen_atom_" ++ integer_to_list(I)) || I <- lists:seq(1, 2000)],
    io:format("~p~n", [length(As)]),
    io:format("~p~n", [lists:nth(1234, As)]),
    io:format("~p~n", [length(lists:usort(As))]),
    io:format("~p~n", [list_to_atom("gen_atom_77") =:= lists:nth(77, As)]),
    lists:last(lists:sort(As)).
