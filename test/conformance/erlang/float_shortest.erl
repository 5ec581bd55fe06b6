-module(float_shortest).
-export([main/0]).
main() ->
    L = [1.0e23, 9.007199254740993e15, 4.35, 0.3, 2.675, 1.0e-7, 123.456e-300, 1.5e300,
         299792458.0, 6.02214076e23, 1.602176634e-19, 100000.0, 1000000.0, 12345678901234567.0],
    [io:format("~p ~s ~s~n", [X, float_to_list(X), float_to_list(X, [short])]) || X <- L],
    ok.
