-module(arith_compare).
-export([main/0]).
main() ->
    P = [{1, 2}, {2, 1}, {1, 1.0}, {1.0, 1}, {-1, 0}, {1 bsl 70, 1.0e21}, {1.0e22, 1 bsl 70}],
    [io:format("~p ~p ~p ~p ~p~n", [A < B, A =< B, A > B, A >= B, A == B]) || {A, B} <- P],
    {1 =:= 1.0, 1 =/= 1.0, 1 /= 1.0}.
