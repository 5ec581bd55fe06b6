-module(boot_timer_server).
-export([main/0, hit/2]).
hit(Pid, X) -> Pid ! {hit, X}.
main() ->
    Self = self(),
    {ok, _} = timer:apply_after(20, ?MODULE, hit, [Self, once]),
    receive {hit, X} -> io:format("apply_after: ~p~n", [X]) end,
    {ok, T} = timer:send_interval(5, tick),
    [receive tick -> ok end || _ <- lists:seq(1, 4)],
    io:format("~p~n", [timer:cancel(T)]),
    {ok, A} = timer:apply_interval(5, ?MODULE, hit, [Self, again]),
    [receive {hit, again} -> ok end || _ <- lists:seq(1, 3)],
    {ok, cancel} = timer:cancel(A),
    io:format("interval done~n"),
    {ok, T2} = timer:send_after(1000, never),
    io:format("~p~n", [timer:cancel(T2)]),
    receive never -> io:format("wrong~n") after 30 -> io:format("cancelled~n") end,
    io:format("~p~n", [is_pid(whereis(timer_server))]),
    ok.
