-module(proc_monitor).
-export([main/0]).
main() ->
    P = spawn(fun() -> receive stop -> exit(stopped) end end),
    Ref = monitor(process, P),
    P ! stop,
    receive {'DOWN', Ref, process, P, Why} -> io:format("~p~n", [Why]) end,
    Ref2 = monitor(process, P),
    receive {'DOWN', Ref2, process, P, Why2} -> io:format("~p~n", [Why2]) end,
    Q = spawn(fun() -> receive after infinity -> ok end end),
    Ref3 = monitor(process, Q),
    io:format("~p~n", [demonitor(Ref3, [flush, info])]),
    io:format("~p~n", [demonitor(Ref3, [info])]),
    exit(Q, kill),
    R = receive {'DOWN', Ref3, _, _, _} -> got_down after 50 -> no_down end,
    io:format("~p~n", [R]),
    Ref4 = monitor(process, registered_name_that_does_not_exist),
    receive {'DOWN', Ref4, process, Who, W4} -> io:format("~p ~p~n", [Who, W4]) end,
    ok.
