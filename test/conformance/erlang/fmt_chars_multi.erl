-module(fmt_chars_multi).
-export([main/0]).
main() ->
    io:format("~3c~n", [$z]),
    io:format("~.5c|~n", [$y]),
    io:format("~10.3c|~n", [$q]),
    io:format("~tc~n", [955]),
    io:format("~c~c~c~n", [$a, $b, $c]),
    ok.
