%% 1000 processes in a ring pass a counter token round and round: measures
%% spawn, send, receive and context switching.
-module(ring).
-export([run/0]).

-define(PROCS, 1000).
-define(ROUNDS, 100).

run() ->
    Self = self(),
    %% Build the ring back to front: each process knows its successor.
    First = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Next) end) end,
                        Self, lists:seq(1, ?PROCS)),
    First ! {token, 0},
    Hops = ?PROCS * ?ROUNDS,
    Result = collect(First, Hops, 0),
    First ! stop,
    receive stop -> ok end,
    Result.

%% The main process closes the ring: it forwards until enough hops are done.
collect(First, Hops, Seen) ->
    receive
        {token, N} when Seen + ?PROCS >= Hops -> N;
        {token, N} -> First ! {token, N}, collect(First, Hops, Seen + ?PROCS)
    end.

relay(Next) ->
    receive
        {token, N} -> Next ! {token, N + 1}, relay(Next);
        stop -> Next ! stop
    end.
