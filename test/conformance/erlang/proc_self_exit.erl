-module(proc_self_exit).
-export([main/0]).
main() ->
    {P, Ref} = spawn_monitor(fun() -> exit(self(), kill) end),
    receive {'DOWN', Ref, process, P, R} -> io:format("~p~n", [R]) end,
    {P2, Ref2} = spawn_monitor(fun() -> process_flag(trap_exit, true), exit(self(), die),
                                         receive M -> exit({got, element(1, M), element(3, M)}) end end),
    receive {'DOWN', Ref2, process, P2, R2} -> io:format("~p~n", [R2]) end,
    {P3, Ref3} = spawn_monitor(fun() -> exit(self(), normal), exit(after_normal) end),
    receive {'DOWN', Ref3, process, P3, R3} -> io:format("~p~n", [R3]) end,
    ok.
