-module(recv_selective).
-export([main/0]).
drain(Acc) -> receive M -> drain([M | Acc]) after 0 -> lists:reverse(Acc) end.
main() ->
    [self() ! {msg, I} || I <- lists:seq(1, 5)],
    self() ! {priority, urgent},
    receive {priority, P} -> io:format("first ~p~n", [P]) end,
    receive {msg, 3} -> io:format("picked 3~n") end,
    receive {msg, N} when N > 3 -> io:format("picked ~p~n", [N]) end,
    Rest = drain([]),
    io:format("~p~n", [Rest]),
    length(Rest).
