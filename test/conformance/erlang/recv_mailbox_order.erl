-module(recv_mailbox_order).
-export([main/0]).
collect(0, Acc) -> lists:reverse(Acc);
collect(N, Acc) -> receive {from, Id, I} -> collect(N - 1, [{Id, I} | Acc]) end.
main() ->
    Self = self(),
    P = spawn(fun() -> [Self ! {from, a, I} || I <- lists:seq(1, 50)] end),
    L = collect(50, []),
    io:format("~p~n", [[I || {_, I} <- L] =:= lists:seq(1, 50)]),
    io:format("~p~n", [lists:sublist(L, 3)]),
    Q = spawn(fun() -> [Self ! {from, b, I} || I <- lists:seq(1, 50)] end),
    L2 = collect(50, []),
    io:format("~p~n", [[I || {b, I} <- L2] =:= lists:seq(1, 50)]),
    {is_pid(P), is_pid(Q)}.
