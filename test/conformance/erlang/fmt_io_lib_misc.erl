-module(fmt_io_lib_misc).
-export([main/0]).
main() ->
    io:format("~p~n", [lists:flatten(io_lib:format("~8.3.0f", [3.14159]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~-8.3.xf|", [3.14159]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~5.5.0w", [42]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~.3p", [[a, b, c]]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~p~p", [a, "b"]))]),
    io:format("~p~n", [io_lib:format("~s", [<<"bin">>])]),
    io:format("~p~n", [lists:flatten(io_lib:format("~ts", [<<"λ"/utf8>>]))]),
    io:format("~p~n", [io_lib:deep_char_list(["a", ["b"]])]),
    ok.
