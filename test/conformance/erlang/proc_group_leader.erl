-module(proc_group_leader).
-export([main/0]).
capture(Acc) ->
    receive
        {io_request, From, Ref, {put_chars, _Enc, Chars}} ->
            From ! {io_reply, Ref, ok}, capture([Chars | Acc]);
        {io_request, From, Ref, {put_chars, _Enc, M, F, A}} ->
            From ! {io_reply, Ref, ok}, capture([apply(M, F, A) | Acc]);
        {get, To} -> To ! {captured, iolist_to_binary(lists:reverse(Acc))}
    end.
main() ->
    GL = group_leader(),
    io:format("~p~n", [is_pid(GL)]),
    Cap = spawn(fun() -> capture([]) end),
    Self = self(),
    W = spawn(fun() ->
        group_leader(Cap, self()),
        io:format("captured line ~p~n", [1]),
        io:put_chars("second\n"),
        Self ! written
    end),
    receive written -> ok end,
    Cap ! {get, self()},
    receive {captured, B} -> io:format("~p~n", [B]) end,
    io:format("~p~n", [is_pid(W)]),
    group_leader() =:= GL.
