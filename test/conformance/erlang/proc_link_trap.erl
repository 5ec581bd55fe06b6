-module(proc_link_trap).
-export([main/0]).
main() ->
    process_flag(trap_exit, true),
    P = spawn_link(fun() -> receive go -> exit(custom) end end),
    P ! go,
    receive {'EXIT', P, R} -> io:format("exit ~p~n", [R]) end,
    Q = spawn_link(fun() -> ok end),
    receive {'EXIT', Q, R2} -> io:format("exit ~p~n", [R2]) end,
    S = spawn(fun() -> receive after infinity -> ok end end),
    link(S),
    exit(S, kill),
    receive {'EXIT', S, R3} -> io:format("exit ~p~n", [R3]) end,
    io:format("~p~n", [process_flag(trap_exit, false)]),
    ok.
