-module(fmt_e_g_precision).
-export([main/0]).
main() ->
    X = 12345.6789,
    [io:format("~.*e ~.*f ~.*g~n", [P, X, P, X, P, X]) || P <- [2, 3, 5, 8]],
    io:format("~g ~g ~g ~g~n", [0.0001, 0.1, 100000.0, 1.0e6]),
    io:format("~e~n", [0.0]),
    ok.
