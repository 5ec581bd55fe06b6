-module(proc_info).
-export([main/0]).
main() ->
    Self = self(),
    P = spawn(fun() -> register(info_target, self()), Self ! ready, receive after infinity -> ok end end),
    receive ready -> ok end,
    P ! m1, P ! m2,
    timer:sleep(10),
    io:format("~p~n", [process_info(P, message_queue_len)]),
    io:format("~p~n", [process_info(P, registered_name)]),
    io:format("~p~n", [process_info(P, trap_exit)]),
    io:format("~p~n", [process_info(P, status)]),
    io:format("~p~n", [process_info(P, messages)]),
    {dictionary, D} = process_info(self(), dictionary),
    io:format("~p~n", [is_list(D)]),
    [{links, L}, {trap_exit, T}] = process_info(self(), [links, trap_exit]),
    io:format("~p ~p~n", [L, T]),
    exit(P, kill),
    timer:sleep(10),
    process_info(P, status).
