-module(fmt_columns).
-export([main/0]).
main() ->
    Rows = [{"apple", 3, 1.25}, {"banana", 12, 0.5}, {"cherry", 120, 10.0}],
    io:format("~-10s~6s~10s~n", ["name", "qty", "price"]),
    [io:format("~-10s~6w~10.2f~n", [N, Q, P]) || {N, Q, P} <- Rows],
    io:format("~s~n", [lists:duplicate(26, $-)]),
    io:format("~-10s~6w~10.2f~n", ["total", lists:sum([Q || {_, Q, _} <- Rows]),
                                    lists:sum([Q * P || {_, Q, P} <- Rows])]),
    ok.
