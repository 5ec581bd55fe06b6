-module(fun_info).
-export([main/0]).
main() ->
    A = 1, B = two,
    F = fun(X) -> {X, A, B} end,
    io:format("~p~n", [erlang:fun_info(F, arity)]),
    io:format("~p~n", [erlang:fun_info(F, module)]),
    io:format("~p~n", [erlang:fun_info(F, type)]),
    io:format("~p~n", [erlang:fun_info(F, env)]),
    io:format("~p~n", [erlang:fun_info(F, name)]),
    G = fun() -> ok end,
    io:format("~p~n", [erlang:fun_info(G, env)]),
    io:format("~p~n", [F(0)]),
    {erlang:fun_to_list(G) =:= erlang:fun_to_list(G), is_list(erlang:fun_to_list(G))}.
