-module(proc_reductions_fair).
-export([main/0]).
spin(0) -> ok;
spin(N) -> spin(N - 1).
main() ->
    Self = self(),
    Busy = spawn(fun() -> spin(100000000), Self ! busy_done end),
    Quick = spawn(fun() -> Self ! quick_done end),
    R = receive quick_done -> quick_first; busy_done -> busy_first end,
    io:format("~p~n", [R]),
    exit(Busy, kill),
    {is_pid(Quick), R}.
