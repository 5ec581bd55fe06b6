-module(fun_higher_order).
-export([main/0]).
repeat(0, _F, X) -> X;
repeat(N, F, X) -> repeat(N - 1, F, F(X)).
main() ->
    io:format("~p~n", [repeat(10, fun(X) -> X * 2 end, 1)]),
    Memo = lists:foldl(fun(I, M) -> M#{I => I * I} end, #{}, lists:seq(1, 5)),
    io:format("~p~n", [Memo]),
    Y = fun(F) -> (fun(X) -> F(fun(V) -> (X(X))(V) end) end)(fun(X) -> F(fun(V) -> (X(X))(V) end) end) end,
    Fact = Y(fun(Self) -> fun(0) -> 1; (N) -> N * Self(N - 1) end end),
    io:format("~p~n", [Fact(15)]),
    Sorted = lists:sort(fun(A, B) -> length(A) =< length(B) end, ["ccc", "a", "bb", "dddd", ""]),
    io:format("~p~n", [Sorted]),
    lists:foldr(fun(F, Acc) -> F(Acc) end, 0, [fun(X) -> X + 1 end, fun(X) -> X * 10 end]).
