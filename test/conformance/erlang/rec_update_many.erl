-module(rec_update_many).
-export([main/0]).
-record(counter, {n = 0, hist = [], max = 0}).
step(X, #counter{n = N, hist = H, max = M} = C) ->
    C#counter{n = N + 1, hist = [X | H], max = max(M, X)}.
main() ->
    C = lists:foldl(fun step/2, #counter{}, [3, 9, 2, 7]),
    io:format("~p~n", [C]),
    io:format("~p~n", [C#counter.max]),
    Cs = [#counter{n = I} || I <- lists:seq(1, 3)],
    io:format("~p~n", [[X#counter.n || X <- Cs]]),
    io:format("~p~n", [lists:keyfind(2, #counter.n, Cs)]),
    lists:keysort(#counter.n, lists:reverse(Cs)).
