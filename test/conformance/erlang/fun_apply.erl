-module(fun_apply).
-export([main/0, f/0, f/1, f/2]).
f() -> zero.
f(A) -> {one, A}.
f(A, B) -> {two, A, B}.
main() ->
    io:format("~p~n", [apply(?MODULE, f, [])]),
    io:format("~p~n", [apply(?MODULE, f, [1])]),
    io:format("~p~n", [apply(?MODULE, f, [1, 2])]),
    io:format("~p~n", [apply(fun(X, Y) -> X - Y end, [10, 4])]),
    M = ?MODULE,
    io:format("~p~n", [M:f(x)]),
    Args = [[3, 1, 2]],
    io:format("~p~n", [apply(lists, sort, Args)]),
    io:format("~p~n", [erlang:apply(erlang, atom_to_list, [abc])]),
    lists:map(fun ?MODULE:f/1, [a, b]).
