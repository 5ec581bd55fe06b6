-module(list_folds).
-export([main/0]).
main() ->
    L = [1, 2, 3, 4, 5],
    io:format("~p~n", [lists:foldl(fun(X, A) -> [X | A] end, [], L)]),
    io:format("~p~n", [lists:foldr(fun(X, A) -> [X | A] end, [], L)]),
    io:format("~p~n", [lists:mapfoldl(fun(X, A) -> {X * 2, A + X} end, 0, L)]),
    io:format("~p~n", [lists:mapfoldr(fun(X, A) -> {X * 2, [X | A]} end, [], L)]),
    io:format("~p~n", [lists:foreach(fun(X) -> io:format("<~p>", [X]) end, L)]),
    io:format("~p~n", [lists:all(fun(X) -> X > 0 end, L)]),
    io:format("~p~n", [lists:any(fun(X) -> X > 4 end, L)]),
    io:format("~p~n", [lists:partition(fun(X) -> X rem 2 =:= 0 end, L)]),
    io:format("~p~n", [lists:splitwith(fun(X) -> X < 3 end, L)]),
    io:format("~p~n", [lists:filtermap(fun(X) when X > 2 -> {true, X * X}; (_) -> false end, L)]),
    lists:flatmap(fun(X) -> [X, X] end, L).
