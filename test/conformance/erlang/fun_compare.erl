-module(fun_compare).
-export([main/0]).
mk(N) -> fun() -> N end.
main() ->
    A = mk(1), B = mk(1), C = mk(2),
    io:format("~p ~p~n", [A == B, A =:= C]),
    io:format("~p~n", [fun lists:sum/1 =:= fun lists:sum/1]),
    io:format("~p~n", [fun lists:sum/1 < fun lists:max/1]),
    io:format("~p~n", [is_function(A, 0) andalso A() =:= 1]),
    io:format("~p~n", [lists:sort([a, A, 1, {x}]) =:= [1, a, A, {x}]]),
    io:format("~p~n", [A < self()]),
    erlang:phash2(fun lists:sum/1).
