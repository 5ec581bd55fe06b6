-module(fun_external).
-export([main/0, double/1]).
double(X) -> 2 * X.
main() ->
    F = fun ?MODULE:double/1,
    io:format("~p~n", [F(21)]),
    io:format("~p~n", [F]),
    G = fun lists:reverse/1,
    io:format("~p ~p~n", [G, G([1, 2])]),
    io:format("~p~n", [erlang:fun_info(G, module)]),
    io:format("~p~n", [erlang:fun_info(G, name)]),
    io:format("~p~n", [erlang:fun_info(G, type)]),
    M = lists, Fn = sum,
    H = fun M:Fn/1,
    io:format("~p~n", [H([1, 2, 3])]),
    io:format("~p~n", [apply(fun erlang:max/2, [3, 9])]),
    F == fun ?MODULE:double/1.
