-module(proc_link_propagate).
-export([main/0]).
main() ->
    Self = self(),
    Mid = spawn(fun() ->
        process_flag(trap_exit, false),
        _Child = spawn_link(fun() -> receive boom -> exit(chain) end end),
        Self ! {mid_ready, self()},
        receive after infinity -> ok end
    end),
    Ref = monitor(process, Mid),
    receive {mid_ready, Mid} -> ok end,
    {links, [Child]} = process_info(Mid, links),
    Child ! boom,
    receive {'DOWN', Ref, process, Mid, Why} -> io:format("mid died: ~p~n", [Why]) end,
    process_flag(trap_exit, true),
    P = spawn_link(fun() -> exit(normal) end),
    receive {'EXIT', P, normal} -> io:format("normal exit seen~n") end,
    W = spawn(fun() -> receive after infinity -> ok end end),
    link(W),
    unlink(W),
    exit(W, kill),
    R = receive {'EXIT', W, _} -> linked after 100 -> unlinked end,
    R.
