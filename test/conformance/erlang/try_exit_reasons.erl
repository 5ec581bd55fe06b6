-module(try_exit_reasons).
-export([main/0]).
main() ->
    %% deliberate crashes below: their logger reports race the end of the run
    logger:set_primary_config(level, none),
    process_flag(trap_exit, true),
    Reasons = [normal, shutdown, {shutdown, x}, kill_me, {error, [1, 2]}],
    [begin
         P = spawn_link(fun() -> exit(R) end),
         receive {'EXIT', P, Why} -> io:format("~p~n", [Why]) end
     end || R <- Reasons],
    P2 = spawn_link(fun() -> error(crashed) end),
    receive {'EXIT', P2, {crashed, St}} -> io:format("crashed ~p~n", [is_list(St)]) end,
    P3 = spawn_link(fun() -> throw(tossed) end),
    receive {'EXIT', P3, {{nocatch, tossed}, _}} -> io:format("nocatch~n") end,
    ok.
