-module(recv_ping_pong).
-export([main/0]).
pong() ->
    receive
        {ping, From, N} -> From ! {pong, N}, pong();
        stop -> ok
    end.
ping(_, 0, Acc) -> Acc;
ping(P, N, Acc) ->
    P ! {ping, self(), N},
    receive {pong, N} -> ping(P, N - 1, Acc + N) end.
main() ->
    P = spawn(fun pong/0),
    S = ping(P, 10000, 0),
    io:format("~p~n", [S]),
    P ! stop,
    S.
