-module(stdlib_lists_strings_ops).
-export([main/0]).
main() ->
    Words = string:lexemes("the rain in spain falls mainly on the plain", " "),
    Freq = lists:foldl(fun(W, D) -> orddict:update_counter(W, 1, D) end, orddict:new(), Words),
    io:format("~p~n", [Freq]),
    Sorted = lists:sort(fun({_, A}, {_, B}) -> A >= B end, Freq),
    io:format("~p~n", [hd(Sorted)]),
    io:format("~p~n", [lists:map(fun string:uppercase/1, lists:sublist(Words, 3))]),
    io:format("~s~n", [lists:join("-", Words)]),
    Acr = [hd(W) || W <- Words],
    io:format("~s~n", [Acr]),
    length([W || W <- Words, lists:suffix("ain", W)]).
