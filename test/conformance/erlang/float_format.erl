-module(float_format).
-export([main/0]).
main() ->
    X = 3.14159265358979,
    io:format("~f|~.2f|~.1f|~10.3f|~-10.3f|~n", [X, X, X, X, X]),
    io:format("~e|~.3e|~12.2e|~n", [X, X, X]),
    io:format("~g|~.3g|~g|~g|~n", [X, X, 1.0e-10, 123456789.0]),
    io:format("~f ~e~n", [-0.5, -0.5]),
    io:format("~.1f ~.1f ~.1f~n", [0.05, 0.15, 0.25]),
    io:format("~f~n", [1.0e20]),
    io:format("~p~n", [try io_lib:format("~.3f", [2]) catch error:R:S -> {R, hd(S)} end]),
    ok.
