-module(fun_closures).
-export([main/0]).
counter(N) -> {fun() -> N end, fun() -> counter(N + 1) end}.
compose(F, G) -> fun(X) -> F(G(X)) end.
curry(F) -> fun(A) -> fun(B) -> F(A, B) end end.
main() ->
    {Get, Next} = counter(5),
    {Get2, _} = Next(),
    io:format("~p ~p~n", [Get(), Get2()]),
    Inc = fun(X) -> X + 1 end,
    Dbl = fun(X) -> X * 2 end,
    io:format("~p ~p~n", [(compose(Inc, Dbl))(5), (compose(Dbl, Inc))(5)]),
    io:format("~p~n", [((curry(fun erlang:'-'/2))(10))(3)]),
    Fs = [fun() -> I * I end || I <- lists:seq(1, 5)],
    io:format("~p~n", [[F() || F <- Fs]]),
    Pipeline = lists:foldl(fun compose/2, fun(X) -> X end, [Inc, Dbl, Inc]),
    Pipeline(1).
