-module(proc_kill_untrappable).
-export([main/0]).
main() ->
    Self = self(),
    P = spawn(fun() ->
        process_flag(trap_exit, true),
        Self ! trapping,
        loop()
    end),
    receive trapping -> ok end,
    Ref = monitor(process, P),
    exit(P, please_stop),
    P ! {report, self()},
    receive {trapped, X} -> io:format("trapped ~p~n", [X]) end,
    exit(P, kill),
    receive {'DOWN', Ref, process, P, Why} -> io:format("down ~p~n", [Why]) end,
    ok.
loop() ->
    receive
        {report, To} ->
            receive {'EXIT', _, R} -> To ! {trapped, R} end, loop()
    end.
