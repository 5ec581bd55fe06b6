-module(recv_timeout_order).
-export([main/0]).
main() ->
    Self = self(),
    spawn(fun() -> timer:sleep(30), Self ! late end),
    R1 = receive late -> got_late after 2000 -> too_slow end,
    io:format("~p~n", [R1]),
    spawn(fun() -> timer:sleep(300), Self ! very_late end),
    R2 = receive very_late -> early after 20 -> timeout_first end,
    io:format("~p~n", [R2]),
    R3 = receive very_late -> eventually after 3000 -> never end,
    io:format("~p~n", [R3]),
    R4 = receive x -> x after infinity_is_not_used() -> t end,
    R4.
infinity_is_not_used() -> 10.
