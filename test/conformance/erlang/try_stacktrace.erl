-module(try_stacktrace).
-export([main/0]).
a(X) -> b(X) + 1.
b(X) -> c(X) * 2.
c(X) -> 10 div X.
main() ->
    try a(zero()) catch error:R:S ->
        io:format("~p~n", [R]),
        io:format("~p~n", [upto_main(S)])
    end,
    try lists:map(fun(X) -> 1 / X end, [1, zero()]) catch error:R2:S2 ->
        io:format("~p~n~p~n", [R2, lists:sublist(S2, 3)])
    end,
    ok.
zero() -> 0.
%% Frames above main/0 belong to whoever called us (the test runner).
upto_main([{?MODULE, main, 0, _} = F | _]) -> [F];
upto_main([F | T]) -> [F | upto_main(T)];
upto_main([]) -> [].
