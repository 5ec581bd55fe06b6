-module(fmt_io_lib).
-export([main/0]).
main() ->
    io:format("~p~n", [lists:flatten(io_lib:format("~p", [{a, [1, 2]}]))]),
    io:format("~p~n", [io_lib:write({a, "b"})]),
    io:format("~p~n", [lists:flatten(io_lib:write_string("q\"s"))]),
    io:format("~p~n", [io_lib:write_atom('Q')]),
    io:format("~p~n", [lists:flatten(io_lib:print([1, 2]))]),
    io:format("~p~n", [io_lib:char_list("abc")]),
    io:format("~p~n", [io_lib:printable_list([7, 8, 9])]),
    io:format("~p~n", [io_lib:printable_list([1, 2])]),
    io:format("~p~n", [io_lib:printable_unicode_list([955])]),
    io:format("~p~n", [io_lib:fread("~d ~s", "42 word rest")]),
    io:format("~p~n", [io_lib:indentation("ab\tc", 0)]),
    iolist_to_binary(io_lib:format("~5.2f|~w", [2.5, x])).
