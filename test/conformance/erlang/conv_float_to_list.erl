-module(conv_float_to_list).
-export([main/0]).
main() ->
    X = 3.14159265,
    io:format("~p~n", [float_to_list(X)]),
    io:format("~p~n", [float_to_list(X, [{decimals, 2}])]),
    io:format("~p~n", [float_to_list(X, [{decimals, 0}])]),
    io:format("~p~n", [float_to_list(2.5, [{decimals, 0}])]),
    io:format("~p~n", [float_to_list(1.0, [{decimals, 4}, compact])]),
    io:format("~p~n", [float_to_list(X, [{scientific, 3}])]),
    io:format("~p~n", [float_to_list(X, [short])]),
    io:format("~p~n", [float_to_list(1.0e-20, [short])]),
    io:format("~p~n", [float_to_list(123456.0, [{decimals, 10}, compact])]),
    io:format("~p~n", [float_to_list(0.1, [{decimals, 20}])]),
    io:format("~p~n", [float_to_list(-0.0)]),
    io:format("~p~n", [try float_to_list(1.0e300, [{decimals, 2}]) catch error:E -> E end]),
    float_to_list(5.0e-324).
