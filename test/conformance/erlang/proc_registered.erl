-module(proc_registered).
-export([main/0]).
main() ->
    P = spawn(fun Loop() -> receive {ping, F} -> F ! pong, Loop() end end),
    true = register(my_server, P),
    io:format("~p~n", [whereis(my_server) =:= P]),
    my_server ! {ping, self()},
    receive pong -> io:format("pong~n") end,
    io:format("~p~n", [lists:member(my_server, registered())]),
    io:format("~p~n", [try register(my_server, self()) catch error:R -> R end]),
    io:format("~p~n", [try unknown_name ! x catch error:R2 -> R2 end]),
    io:format("~p~n", [whereis(not_registered)]),
    register(me, self()),
    me ! hi,
    receive hi -> io:format("self by name~n") end,
    unregister(me),
    io:format("~p~n", [whereis(me)]),
    io:format("~p~n", [try unregister(me) catch error:R3 -> R3 end]),
    exit(P, kill),
    timer:sleep(20),
    whereis(my_server).
