-module(arith_guards).
-export([main/0]).
classify(X) when is_integer(X), X > 0 -> pos;
classify(X) when is_integer(X), X < 0 -> neg;
classify(0) -> zero;
classify(X) when is_float(X) -> float;
classify(_) -> other.
main() ->
    L = [classify(X) || X <- [5, -3, 0, 1.5, a, 0.0]],
    io:format("~p~n", [L]),
    io:format("~p~n", [[X || X <- lists:seq(1, 30), X rem 3 =:= 0, X band 1 =:= 1]]),
    io:format("~p ~p~n", [is_number(1), is_number(a)]),
    ok.
