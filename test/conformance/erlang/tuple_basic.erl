-module(tuple_basic).
-export([main/0]).
main() ->
    T = {a, 1, "two", {3}},
    io:format("~p ~p~n", [tuple_size(T), element(3, T)]),
    io:format("~p~n", [setelement(2, T, one)]),
    io:format("~p~n", [erlang:append_element(T, last)]),
    io:format("~p~n", [tuple_to_list(T)]),
    io:format("~p~n", [list_to_tuple([x, y])]),
    io:format("~p~n", [erlang:make_tuple(4, z)]),
    io:format("~p~n", [erlang:make_tuple(5, 0, [{2, a}, {4, b}])]),
    io:format("~p~n", [erlang:delete_element(1, T)]),
    io:format("~p~n", [erlang:insert_element(2, T, ins)]),
    {} =:= list_to_tuple([]).
