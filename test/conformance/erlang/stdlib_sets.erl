-module(stdlib_sets).
-export([main/0]).
main() ->
    A = sets:from_list([3, 1, 2, 3]),
    B = sets:from_list([2, 3, 4]),
    io:format("~p~n", [lists:sort(sets:to_list(A))]),
    io:format("~p~n", [sets:size(A)]),
    io:format("~p~n", [lists:sort(sets:to_list(sets:union(A, B)))]),
    io:format("~p~n", [lists:sort(sets:to_list(sets:intersection(A, B)))]),
    io:format("~p~n", [lists:sort(sets:to_list(sets:subtract(A, B)))]),
    io:format("~p~n", [sets:is_element(1, A)]),
    io:format("~p~n", [sets:is_subset(sets:from_list([1]), A)]),
    V2 = sets:from_list([a, b], [{version, 2}]),
    io:format("~p~n", [V2]),
    io:format("~p~n", [sets:to_list(sets:add_element(c, V2))]),
    O = ordsets:from_list([c, a, b, a]),
    io:format("~p~n", [O]),
    io:format("~p~n", [ordsets:union(O, [d])]),
    io:format("~p~n", [ordsets:intersection(O, [b, z])]),
    sets:fold(fun(X, Acc) -> X + Acc end, 0, A).
