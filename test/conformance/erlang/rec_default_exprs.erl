-module(rec_default_exprs).
-export([main/0]).
-record(cfg, {size = 2 * 8, name = atom_to_list(default), items = lists:seq(1, 3), opt}).
main() ->
    C = #cfg{},
    io:format("~p~n", [C]),
    io:format("~p~n", [#cfg{opt = yes, _ = undefined}]),
    io:format("~p~n", [record_info(fields, cfg)]),
    io:format("~p~n", [C#cfg.items]),
    element(1, C).
