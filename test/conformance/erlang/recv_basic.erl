-module(recv_basic).
-export([main/0]).
main() ->
    self() ! hello,
    self() ! {data, 42},
    receive hello -> io:format("got hello~n") end,
    receive {data, X} -> io:format("got ~p~n", [X]) end,
    R = receive _ -> unexpected after 0 -> empty end,
    io:format("~p~n", [R]),
    R2 = receive never -> no after 50 -> timed_out end,
    R2.
