-module(stdlib_gen_server).
-behaviour(gen_server).
-export([main/0, init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).
init(Start) -> {ok, #{count => Start, log => []}}.
handle_call(get, _From, S) -> {reply, maps:get(count, S), S};
handle_call({add, N}, _From, S = #{count := C}) -> {reply, ok, S#{count := C + N}};
handle_call(crash, _From, _S) -> error(deliberate);
handle_call(stop, _From, S) -> {stop, normal, stopped, S}.
handle_cast({log, X}, S = #{log := L}) -> {noreply, S#{log := [X | L]}}.
handle_info({get_log, From}, S = #{log := L}) -> From ! {log, lists:reverse(L)}, {noreply, S};
handle_info(_, S) -> {noreply, S}.
terminate(_Reason, _S) -> ok.
main() ->
    %% crash reports carry timestamps and pids: keep them off stdout
    logger:set_primary_config(level, none),
    {ok, Pid} = gen_server:start(?MODULE, 10, []),
    io:format("~p~n", [gen_server:call(Pid, get)]),
    ok = gen_server:call(Pid, {add, 5}),
    io:format("~p~n", [gen_server:call(Pid, get)]),
    gen_server:cast(Pid, {log, one}),
    gen_server:cast(Pid, {log, two}),
    Pid ! {get_log, self()},
    receive {log, L} -> io:format("~p~n", [L]) end,
    io:format("~p~n", [gen_server:call(Pid, stop)]),
    timer:sleep(10),
    io:format("~p~n", [is_process_alive(Pid)]),
    {ok, P2} = gen_server:start({local, named_srv}, ?MODULE, 0, []),
    io:format("~p~n", [gen_server:call(named_srv, get)]),
    R = try gen_server:call(named_srv, crash) catch exit:{{deliberate, _}, {gen_server, call, _}} -> caught_exit end,
    io:format("~p~n", [R]),
    io:format("~p~n", [is_process_alive(P2)]),
    io:format("~p~n", [catch gen_server:call(nobody_here, get, 100)]),
    ok.
