-module(fun_print).
-export([main/0]).
main() ->
    F = fun(X) -> X + 1 end,
    io:format("~p~n", [F]),
    io:format("~w~n", [F]),
    io:format("~p~n", [fun erlang:abs/1]),
    io:format("~p~n", [[fun lists:map/2, {fun lists:sum/1}]]),
    G = fun Named(0) -> 0; Named(N) -> Named(N - 1) end,
    io:format("~p~n", [G]),
    F.
