-module(fun_basic).
-export([main/0]).
main() ->
    Add = fun(A, B) -> A + B end,
    io:format("~p~n", [Add(2, 3)]),
    N = 10,
    AddN = fun(X) -> X + N end,
    io:format("~p~n", [lists:map(AddN, [1, 2, 3])]),
    Fact = fun F(0) -> 1; F(K) -> K * F(K - 1) end,
    io:format("~p~n", [Fact(10)]),
    io:format("~p~n", [erlang:fun_info(Add, arity)]),
    io:format("~p ~p~n", [is_function(Add, 2), is_function(Add, 3)]),
    (fun() -> done end)().
