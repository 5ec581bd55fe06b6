-module(proc_many_links).
-export([main/0]).
main() ->
    process_flag(trap_exit, true),
    Pids = [spawn_link(fun() -> receive {die, R} -> exit(R) end end) || _ <- lists:seq(1, 20)],
    [P ! {die, {reason, I}} || {I, P} <- lists:zip(lists:seq(1, 20), Pids)],
    Rs = [receive {'EXIT', P, R} -> R end || P <- Pids],
    io:format("~p~n", [Rs]),
    {links, L} = process_info(self(), links),
    length(L).
