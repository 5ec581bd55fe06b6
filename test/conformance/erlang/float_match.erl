-module(float_match).
-export([main/0]).
f(0.0) -> pos_zero;
f(-0.0) -> neg_zero;
f(1.0) -> one;
f(X) when is_float(X) -> X * 2.
main() ->
    io:format("~p~n", [[f(X) || X <- [0.0, -0.0, 1.0, 2.5]]]),
    io:format("~p~n", [lists:member(1, [1.0])]),
    io:format("~p~n", [lists:keyfind(1, 1, [{1.0, a}, {1, b}])]),
    io:format("~p~n", [#{1 => a, 1.0 => b}]),
    maps:size(#{0.0 => a, -0.0 => b}).
