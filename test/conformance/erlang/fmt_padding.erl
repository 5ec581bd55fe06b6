-module(fmt_padding).
-export([main/0]).
main() ->
    io:format("[~10w]~n", [abc]),
    io:format("[~-10w]~n", [abc]),
    io:format("[~10.5w]~n", [abcdefgh]),
    io:format("[~3w]~n", [abcdef]),
    io:format("[~10.2.*s]~n", [$., "hi"]),
    io:format("[~*w]~n", [6, x]),
    io:format("[~-*w]~n", [6, x]),
    io:format("[~10.2.*w]~n", [$-, x]),
    io:format("[~10p]~n", [{a, b}]),
    ok.
