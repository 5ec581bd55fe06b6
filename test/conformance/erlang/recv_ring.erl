-module(recv_ring).
-export([main/0]).
node_loop(Next) ->
    receive
        {token, 0, Main} -> Main ! finished;
        {token, K, Main} -> Next ! {token, K - 1, Main}, node_loop(Next)
    end.
make_ring(0, Next) -> Next;
make_ring(N, Next) -> make_ring(N - 1, spawn(fun() -> node_loop(Next) end)).
main() ->
    Self = self(),
    Last = spawn(fun() -> receive {set, N} -> node_loop(N) end end),
    First = make_ring(99, Last),
    Last ! {set, First},
    First ! {token, 5000, Self},
    R = receive finished -> finished after 10000 -> timeout end,
    io:format("~p~n", [R]),
    R.
