-module(list_zip_errors).
-export([main/0]).
t(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
main() ->
    io:format("~p~n", [t(fun() -> lists:zip([1, 2], id([a])) end)]),
    io:format("~p~n", [t(fun() -> lists:split(5, id([1])) end)]),
    io:format("~p~n", [t(fun() -> lists:sublist(id(x), 1) end)]),
    io:format("~p~n", [t(fun() -> lists:seq(1, id(a)) end)]),
    io:format("~p~n", [t(fun() -> lists:duplicate(-1, x) end)]),
    io:format("~p~n", [t(fun() -> lists:sum([1, id(a)]) end)]),
    t(fun() -> lists:max([]) end).
