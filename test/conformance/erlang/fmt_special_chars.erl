-module(fmt_special_chars).
-export([main/0]).
main() ->
    io:format("~p~n", [[0, 1, 2, 127, 128, 159, 160, 255]]),
    io:format("~p~n", ["\e\d\b\s"]),
    io:format("~p~n", [<<"\e\d\b\s">>]),
    io:format("~p~n", ['\e\d']),
    io:format("~p~n", [[$\\, $', $"]]),
    io:format("~p~n", ['it\'s']),
    io:format("~p~n", [<<"quote\"d">>]),
    io:format("~p~n", [[$a, 10, $b]]),
    io:format("~w~n", [[$a, 10, $b]]),
    "\x{7f}".
