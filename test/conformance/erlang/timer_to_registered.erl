-module(timer_to_registered).
-export([main/0]).
main() ->
    register(timer_target, self()),
    erlang:send_after(10, timer_target, by_name),
    receive by_name -> io:format("delivered by name~n") end,
    erlang:start_timer(10, timer_target, tname),
    receive {timeout, _, tname} -> io:format("start_timer by name~n") end,
    P = spawn(fun() -> receive after infinity -> ok end end),
    T = erlang:send_after(10000, P, x),
    exit(P, kill),
    timer:sleep(20),
    io:format("~p~n", [erlang:read_timer(T)]),
    ok.
