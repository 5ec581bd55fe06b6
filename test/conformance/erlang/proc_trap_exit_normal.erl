-module(proc_trap_exit_normal).
-export([main/0]).
main() ->
    Self = self(),
    P = spawn(fun() ->
        process_flag(trap_exit, true),
        C = spawn_link(fun() -> receive go -> ok end end),
        Self ! {child, C},
        receive {'EXIT', C, R} -> Self ! {child_exit, R} end,
        receive {'EXIT', _, R2} -> Self ! {second, R2} end
    end),
    C = receive {child, Cp} -> Cp end,
    C ! go,
    receive {child_exit, R} -> io:format("~p~n", [R]) end,
    exit(P, from_main),
    receive {second, R2} -> io:format("~p~n", [R2]) end,
    ok.
