-module(fmt_p_strings_lists).
-export([main/0]).
main() ->
    io:format("~p~n", [[lists:duplicate(30, $a), lists:duplicate(30, $b), lists:duplicate(30, $c)]]),
    io:format("~p~n", [lists:seq(1, 60)]),
    io:format("~p~n", [[<<"bin">>, "str", 'atom', 1.0, {t}]]),
    io:format("~p~n", [string:copies("long line with words ", 6)]),
    io:format("~p~n", [{"key", "a very long value string that will certainly not fit on one line at all"}]),
    io:format("~p~n", [[[1, 2], [3, 4] | tail]]),
    ok.
