-module(timer_module).
-export([main/0]).
main() ->
    io:format("~p~n", [timer:sleep(10)]),
    {ok, TRef} = timer:send_after(20, self(), via_timer),
    receive via_timer -> io:format("got via_timer~n") end,
    {ok, I} = timer:send_interval(10, self(), tick),
    [receive tick -> ok end || _ <- [1, 2, 3]],
    io:format("~p~n", [timer:cancel(I)]),
    io:format("~p ~p~n", [timer:seconds(2), timer:minutes(1)]),
    io:format("~p~n", [timer:hms(1, 1, 1)]),
    {Us, V} = timer:tc(fun() -> lists:sum(lists:seq(1, 100)) end),
    io:format("~p ~p~n", [is_integer(Us), V]),
    is_tuple(TRef).
