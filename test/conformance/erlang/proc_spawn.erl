-module(proc_spawn).
-export([main/0, worker/2]).
worker(Parent, X) -> Parent ! {self(), X * X}.
main() ->
    P = spawn(?MODULE, worker, [self(), 7]),
    receive {P, R} -> io:format("~p~n", [R]) end,
    Q = spawn(fun() -> exit(normal) end),
    io:format("~p ~p~n", [is_pid(P), is_pid(Q)]),
    io:format("~p~n", [P =/= self()]),
    io:format("~p~n", [node(P) =:= node()]),
    io:format("~p~n", [is_process_alive(self())]),
    Ref = monitor(process, Q),
    receive {'DOWN', Ref, process, Q, Why} -> io:format("down ~p~n", [Why]) end,
    io:format("~p~n", [is_process_alive(Q)]),
    ok.
