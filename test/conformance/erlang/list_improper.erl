-module(list_improper).
-export([main/0]).
main() ->
    L = [1, 2 | 3],
    io:format("~p ~w~n", [L, L]),
    io:format("~p~n", [[a | b]]),
    io:format("~p~n", [[[] | []]]),
    io:format("~p~n", [try length(L) catch error:R -> R end]),
    io:format("~p~n", [try L ++ [4] catch error:R2 -> R2 end]),
    io:format("~p~n", [[0] ++ L]),
    io:format("~p~n", [is_list([1 | 2])]),
    io:format("~p~n", [[$a, $b | "cd"]]),
    io:format("~p~n", [[$a, $b | c]]),
    tl(tl(L)).
