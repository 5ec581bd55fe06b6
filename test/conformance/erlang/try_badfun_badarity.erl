-module(try_badfun_badarity).
-export([main/0]).
id(X) -> X.
main() ->
    io:format("~p~n", [try (id(42))() catch error:R -> R end]),
    io:format("~p~n", [try (id("str"))(1) catch error:R2 -> R2 end]),
    F = fun(A, B) -> A + B end,
    {badarity, {F2, Args}} = try (id(F))(1) catch error:R3 -> R3 end,
    io:format("~p ~p~n", [F2 =:= F, Args]),
    io:format("~p~n", [try (id(fun lists:sum/1))(1, 2) catch error:R4 -> R4 end]),
    ok.
