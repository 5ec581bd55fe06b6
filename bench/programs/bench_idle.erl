%% Footprint probes, not timed benchmarks. The runner starts this module,
%% waits for the READY line and then samples the OS process from outside
%% (/proc/<pid>/status VmRSS, /proc/<pid>/stat utime+stime), so the VM under
%% test needs no memory or CPU introspection of its own.
%%   main(["procs", N, WaitMs]): spawn N processes that each block in
%%       receive, report READY, then stay alive WaitMs so the runner can look.
%%   main(["idle", WaitMs]): report READY, then block in a receive with a
%%       long timeout; a well-behaved VM uses no CPU meanwhile.
-module(bench_idle).
-export([main/1]).

main(["procs", N, WaitMs]) ->
    Count = list_to_integer(N),
    Pids = spawn_waiters(Count, []),
    %% Confirm every process exists (and has run far enough to block).
    Alive = length([P || P <- Pids, is_process_alive(P)]),
    io:put_chars(["READY procs ", integer_to_list(Alive), "\n"]),
    wait(list_to_integer(WaitMs)),
    [P ! stop || P <- Pids],
    erlang:halt(0);
main(["idle", WaitMs]) ->
    io:put_chars("READY idle\n"),
    wait(list_to_integer(WaitMs)),
    erlang:halt(0).

spawn_waiters(0, Acc) -> Acc;
spawn_waiters(N, Acc) ->
    P = spawn(fun waiter/0),
    spawn_waiters(N - 1, [P | Acc]).

waiter() ->
    receive stop -> ok end.

wait(Ms) ->
    receive never_sent -> ok after Ms -> ok end.
