-module(list_deep).
-export([main/0]).
build(0) -> [];
build(N) -> [N, build(N - 1)].
main() ->
    D = build(10),
    io:format("~p~n", [D]),
    io:format("~p~n", [lists:flatten(D)]),
    io:format("~p~n", [lists:flatten([a, [b, [c, [d]]], [], [[[e]]]])]),
    io:format("~p~n", [iolist_size([<<"ab">>, $c, ["de", [<<"f">>]]])]),
    io:format("~p~n", [iolist_to_binary([<<"ab">>, $c, ["de", [<<"f">>]]])]),
    io:format("~p~n", [lists:append([[1], [2, 3], [], [4]])]),
    length(lists:flatten(build(1000))).
