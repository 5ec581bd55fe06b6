-module(stdlib_gb_sets).
-export([main/0]).
main() ->
    S = gb_sets:from_list([5, 1, 9, 3, 7]),
    io:format("~p~n", [gb_sets:to_list(S)]),
    io:format("~p~n", [gb_sets:is_member(3, S)]),
    S2 = gb_sets:add(4, S),
    io:format("~p~n", [gb_sets:to_list(S2)]),
    io:format("~p~n", [gb_sets:to_list(gb_sets:union(S, gb_sets:from_list([2, 10])))]),
    {Min, S3} = gb_sets:take_smallest(S2),
    io:format("~p ~p~n", [Min, gb_sets:to_list(S3)]),
    io:format("~p~n", [gb_sets:largest(S2)]),
    io:format("~p~n", [gb_sets:size(S2)]),
    io:format("~p~n", [gb_sets:to_list(gb_sets:filter(fun(X) -> X rem 3 =:= 0 end, S2))]),
    S.
