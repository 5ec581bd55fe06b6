-module(proc_spawn_opts).
-export([main/0]).
main() ->
    %% a deliberate crash below: its logger report races the end of the run
    logger:set_primary_config(level, none),
    {P, Ref} = spawn_monitor(fun() -> exit(done) end),
    receive {'DOWN', Ref, process, P, R} -> io:format("~p~n", [R]) end,
    {Q, Ref2} = spawn_opt(fun() -> 1 / list_to_atom("x") end, [monitor]),
    receive {'DOWN', Ref2, process, Q, {badarith, _}} -> io:format("badarith down~n") end,
    process_flag(trap_exit, true),
    L = spawn_opt(fun() -> exit(linked) end, [link]),
    receive {'EXIT', L, R3} -> io:format("~p~n", [R3]) end,
    Self = self(),
    spawn_opt(fun() -> Self ! {prio, process_flag(priority, low)} end, [{priority, high}]),
    receive {prio, Pr} -> io:format("~p~n", [Pr]) end,
    ok.
