-module(bin_errors).
-export([main/0]).
t(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
main() ->
    io:format("~p~n", [t(fun() -> <<(id(a)):8>> end)]),
    io:format("~p~n", [t(fun() -> <<(id(1.5)):8>> end)]),
    io:format("~p~n", [t(fun() -> <<(id(<<1:3>>))/binary>> end)]),
    io:format("~p~n", [t(fun() -> <<1:(id(-1))>> end)]),
    io:format("~p~n", [t(fun() -> <<(id(1)):8/float>> end)]),
    io:format("~p~n", [t(fun() -> <<X:8>> = id(<<1:4>>), X end)]),
    io:format("~p~n", [t(fun() -> <<(id(1.0e300)):32/float>> end)]),
    io:format("~p~n", [t(fun() -> byte_size(id(a)) end)]),
    t(fun() -> binary_to_list(id(<<1:4>>)) end).
