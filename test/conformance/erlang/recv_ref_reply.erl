-module(recv_ref_reply).
-export([main/0]).
server() ->
    receive
        {call, From, Ref, Req} -> From ! {Ref, {reply, Req * 2}}, server()
    end.
call(S, Req) ->
    Ref = make_ref(),
    S ! {call, self(), Ref, Req},
    receive {Ref, R} -> R after 1000 -> timeout end.
main() ->
    S = spawn(fun server/0),
    self() ! {make_ref(), stale},
    io:format("~p~n", [[call(S, I) || I <- [1, 2, 3]]]),
    R = receive {_, stale} -> stale_still_there after 0 -> gone end,
    io:format("~p~n", [R]),
    exit(S, kill),
    is_reference(make_ref()).
