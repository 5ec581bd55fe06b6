-module(fmt_floats).
-export([main/0]).
main() ->
    Xs = [0.0, 1.0, -1.0, 0.5, 123.456, 1.0e-10, 6.02e23, 9.999, 0.125, 1.0e100],
    [io:format("~f ~e ~g ~.2f ~.3e ~.4g~n", [X, X, X, X, X, X]) || X <- Xs],
    io:format("~12.4f|~-12.4f|~n", [3.14159, 3.14159]),
    io:format("~.10f~n", [1 / 3]),
    io:format("~.15e~n", [1 / 3]),
    ok.
