-module(fmt_tp_lists).
-export([main/0]).
main() ->
    L = ["ascii", [955, 956], "mixé", [8364, 32, 49], [128512]],
    [io:format("~tp ~p~n", [S, S]) || S <- L],
    io:format("~tp~n", [L]),
    io:format("~tp~n", [[<<"λ"/utf8>>, <<"plain">>, <<200, 201>>]]),
    ok.
