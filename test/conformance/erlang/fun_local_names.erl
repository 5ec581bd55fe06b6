-module(fun_local_names).
-export([main/0]).
main() ->
    F = fun lists:seq/2,
    L = fun length/1,
    io:format("~p~n", [L(F(1, 5))]),
    H = fun helper/2,
    io:format("~p~n", [H(3, 4)]),
    io:format("~p~n", [erlang:fun_info(H, arity)]),
    io:format("~p~n", [lists:zipwith(fun helper/2, [1, 2], [3, 4])]),
    [erlang:fun_info(fun helper/2, type), erlang:fun_info(F, type)].
helper(A, B) -> A * 100 + B.
