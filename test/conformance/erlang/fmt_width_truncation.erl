-module(fmt_width_truncation).
-export([main/0]).
main() ->
    io:format("[~5s]~n", ["toolongstring"]),
    io:format("[~5w]~n", [123456789]),
    io:format("[~5p]~n", [{a, b, c}]),
    io:format("[~2f]~n", [3.14159]),
    io:format("[~5.1f]~n", [99999.0]),
    io:format("[~-5b]~n", [7]),
    io:format("[~5.3s]~n", ["abcdef"]),
    ok.
