-module(recv_after_zero).
-export([main/0]).
count() -> count(0).
count(N) -> receive _ -> count(N + 1) after 0 -> N end.
main() ->
    io:format("~p~n", [count()]),
    [self() ! x || _ <- lists:seq(1, 100)],
    io:format("~p~n", [count()]),
    io:format("~p~n", [count()]),
    self() ! a, self() ! b,
    R = receive b -> got_b after 0 -> none end,
    io:format("~p~n", [R]),
    receive Left -> Left after 0 -> nothing end.
