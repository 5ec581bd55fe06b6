-module(fun_errors).
-export([main/0]).
t(F) -> try F() catch C:R -> {C, R} end.
id(X) -> X.
main() ->
    F = fun(X) -> X end,
    io:format("~p~n", [t(fun() -> (id(F))(1, 2) end)]),
    io:format("~p~n", [t(fun() -> (id(not_a_fun))(1) end)]),
    io:format("~p~n", [t(fun() -> apply(id(F), [1, 2, 3]) end)]),
    io:format("~p~n", [t(fun() -> (id(fun lists:nosuchfun/1))(1) end)]),
    io:format("~p~n", [t(fun() -> apply(nosuchmod_xyz, f, []) end)]),
    io:format("~p~n", [t(fun() -> (id({a, b}))() end)]),
    t(fun() -> apply(lists, reverse, id(notalist)) end).
