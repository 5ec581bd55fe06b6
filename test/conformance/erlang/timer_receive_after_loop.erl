-module(timer_receive_after_loop).
-export([main/0]).
loop(0, Acc) -> Acc;
loop(N, Acc) -> receive never -> loop(N, Acc) after 1 -> loop(N - 1, Acc + 1) end.
main() ->
    R = loop(20, 0),
    io:format("~p~n", [R]),
    Self = self(),
    spawn(fun() -> timer:sleep(10), Self ! one, timer:sleep(10), Self ! two end),
    A = receive one -> one after 1000 -> none end,
    B = receive two -> two after 1000 -> none end,
    {A, B}.
