-module(atom_basic).
-export([main/0]).
main() ->
    L = [ok, 'hello world', 'Caps', '', 'a-b', 'quote\'s', '\n', 'über', true, 'end', '_x', a@b, 'A@b'],
    [io:format("~p ~w ~s~n", [A, A, A]) || A <- L],
    io:format("~p~n", [[atom_to_list(A) || A <- L]]),
    length(L).
