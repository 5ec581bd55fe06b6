-module(try_stack_depth).
-export([main/0]).
rec(0) -> erlang:error(deep);
rec(N) -> 1 + rec(N - 1).
main() ->
    try rec(100) catch error:deep:S ->
        io:format("~p~n", [length(S) > 0]),
        [{M, F, A, _} | _] = S,
        io:format("~p~n", [{M, F, A}]),
        io:format("~p~n", [lists:sublist([{Mx, Fx, Ax} || {Mx, Fx, Ax, _} <- S], 2)])
    end,
    ok.
