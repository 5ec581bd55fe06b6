-module(etf_strings_lists).
-export([main/0]).
main() ->
    io:format("~w~n", [term_to_binary("hello")]),
    io:format("~w~n", [term_to_binary([1, 256])]),
    io:format("~w~n", [term_to_binary(lists:seq(1, 3) ++ x)]),
    io:format("~w~n", [term_to_binary([955])]),
    io:format("~w~n", [term_to_binary(<<"bin">>)]),
    io:format("~w~n", [term_to_binary(<<5:4>>)]),
    io:format("~w~n", [term_to_binary('λ')]),
    io:format("~w~n", [term_to_binary({a, {b}, []})]),
    byte_size(term_to_binary(lists:duplicate(70000, 1))).
