-module(recv_nested).
-export([main/0]).
main() ->
    self() ! {outer, 1},
    self() ! {inner, 2},
    R = receive
            {outer, X} ->
                receive {inner, Y} -> {X, Y} after 100 -> no_inner end
        end,
    io:format("~p~n", [R]),
    self() ! c, self() ! b, self() ! a,
    L = [receive a -> a end, receive b -> b end, receive c -> c end],
    io:format("~p~n", [L]),
    L.
