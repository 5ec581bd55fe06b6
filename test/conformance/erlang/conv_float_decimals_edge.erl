-module(conv_float_decimals_edge).
-export([main/0]).
main() ->
    Vs = [0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 1.0e15 + 0.3, 9.995, -0.05],
    [io:format("~p ~s ~s ~s~n", [V, float_to_list(V, [{decimals, 0}]), float_to_list(V, [{decimals, 2}]),
                                  float_to_list(V, [{decimals, 1}, compact])]) || V <- Vs],
    float_to_binary(0.1, [{scientific, 20}]).
