-module(recv_many_processes).
-export([main/0]).
main() ->
    Self = self(),
    N = 1000,
    Pids = [spawn(fun() -> receive {go, X} -> Self ! {done, I, X * I} end end) || I <- lists:seq(1, N)],
    [P ! {go, 2} || P <- Pids],
    Results = [receive {done, I, V} -> V end || I <- lists:seq(1, N)],
    io:format("~p~n", [lists:sum(Results)]),
    io:format("~p~n", [lists:sublist(Results, 5)]),
    length(Results).
