-module(op_fnegate).
-export([main/0]).
%% fnegate: unary minus on a value the compiler knows is a float, so it
%% runs in float registers.

neg(X) when is_float(X) -> -X.
neg2(X, Y) when is_float(X), is_float(Y) -> -(X * Y) + -Y.
%% not known to be a float: erlang:'-'/1, which negates zeros exactly
neg_any(X) -> -X.
poly(X) when is_float(X) -> -(X * X) - -X / 2.0.

main() ->
    Xs = [0.0, -0.0, 1.5, -1.5, 1.0e308, -1.0e-308, 5.0e-324, 123456789.125],
    io:format("~w~n", [[neg(X) || X <- Xs]]),
    io:format("~w~n", [[neg(neg(X)) =:= X || X <- Xs]]),
    io:format("~w~n", [[try neg2(X, 2.0) catch error:E -> E end || X <- Xs]]),
    io:format("~w~n", [[neg2(X, -0.5) || X <- Xs]]),
    io:format("~w~n", [[poly(X) || X <- [0.5, -3.25, 10.0]]]),
    io:format("~p~n", [[neg(X) || X <- [0.1, 2.5e-5, 1.0e22]]]),
    %% the sign of a negated zero shows in division results and formatting
    io:format("~w ~w~n", [neg(0.0), neg(-0.0)]),
    io:format("~s~n", [float_to_list(neg(0.0), [{decimals, 2}])]),
    Z = list_to_float("0.0"),
    N = list_to_float("-0.0"),
    io:format("~w~n", [[<<(F(V)):64/float>> || F <- [fun neg/1, fun neg_any/1], V <- [Z, N, 2.0]]]),
    io:format("~w~n", [try neg(1) catch C:R -> {C, R} end]),
    ok.
