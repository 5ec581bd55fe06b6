-module(list_errors).
-export([main/0]).
t(F) -> try F() catch C:R -> {C, R} end.
main() ->
    io:format("~p~n", [t(fun() -> hd([]) end)]),
    io:format("~p~n", [t(fun() -> tl(x()) end)]),
    io:format("~p~n", [t(fun() -> length(x()) end)]),
    io:format("~p~n", [t(fun() -> lists:nth(5, [1]) end)]),
    io:format("~p~n", [t(fun() -> lists:reverse(x()) end)]),
    io:format("~p~n", [t(fun() -> x() ++ [1] end)]),
    io:format("~p~n", [t(fun() -> [1] -- x() end)]),
    t(fun() -> lists:last([]) end).
x() -> list_to_atom("notalist").
