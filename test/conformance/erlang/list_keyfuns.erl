-module(list_keyfuns).
-export([main/0]).
main() ->
    L = [{a, 1, x}, {b, 2, y}, {c, 3, z}],
    io:format("~p~n", [lists:keyfind(b, 1, L)]),
    io:format("~p~n", [lists:keyfind(q, 1, L)]),
    io:format("~p~n", [lists:keymember(3, 2, L)]),
    io:format("~p~n", [lists:keydelete(a, 1, L)]),
    io:format("~p~n", [lists:keyreplace(b, 1, L, {b, 20, yy})]),
    io:format("~p~n", [lists:keystore(d, 1, L, {d, 4, w})]),
    io:format("~p~n", [lists:keytake(c, 1, L)]),
    io:format("~p~n", [lists:keysearch(2, 2, L)]),
    lists:keymap(fun(X) -> X * 10 end, 2, L).
