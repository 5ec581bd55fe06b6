-module(fmt_basic_directives).
-export([main/0]).
main() ->
    io:format("~~ ~c ~c~n", [$a, 955]),
    io:format("~5c|~-3c|~n", [$x, $y]),
    io:format("~s|~10s|~-10s|~.3s|~n", ["abc", "abc", "abc", "abcdef"]),
    io:format("~w ~p~n", ["str", "str"]),
    io:format("~i~w~n", [ignored, shown]),
    io:format("~n"),
    io:format("no args~n", []),
    io:format("~s~n", [[$a, "bc", <<"de">>]]),
    io:format("~s~n", [atom_as_string]),
    io:format("~p~n", [io_lib:format("~w", [x])]),
    lists:flatten(io_lib:format("~w-~w", [1, 2])).
