-module(try_deep_unwind).
-export([main/0]).
down(0) -> throw(bottom);
down(N) -> [N | down(N - 1)].
safe(N) -> try down(N) catch throw:bottom -> {unwound, N} end.
main() ->
    io:format("~p~n", [safe(10000)]),
    io:format("~p~n", [[safe(I) || I <- [0, 1, 2]]]),
    Acc = lists:foldl(fun(I, A) -> try 0 = I rem 3, A + 1 catch error:{badmatch, _} -> A end end, 0, lists:seq(1, 100)),
    io:format("~p~n", [Acc]),
    Acc.
