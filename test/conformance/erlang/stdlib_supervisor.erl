-module(stdlib_supervisor).
-behaviour(supervisor).
-export([main/0, init/1, start_worker/1, worker_loop/1]).
init(_) ->
    Child = #{id => w1, start => {?MODULE, start_worker, [w1]}, restart => permanent},
    Child2 = #{id => w2, start => {?MODULE, start_worker, [w2]}, restart => temporary},
    {ok, {#{strategy => one_for_one, intensity => 5, period => 10}, [Child, Child2]}}.
start_worker(Name) ->
    Pid = spawn_link(?MODULE, worker_loop, [Name]),
    register(Name, Pid),
    {ok, Pid}.
worker_loop(Name) ->
    receive
        {ping, From} -> From ! {pong, Name}, worker_loop(Name);
        die -> exit(died)
    end.
ping(Name) ->
    Name ! {ping, self()},
    receive {pong, N} -> N after 1000 -> timeout end.
main() ->
    %% crash reports carry timestamps and pids: keep them off stdout
    logger:set_primary_config(level, none),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(?MODULE, []),
    io:format("~p~n", [ping(w1)]),
    io:format("~p~n", [[Id || {Id, _, worker, _} <- supervisor:which_children(Sup)]]),
    Old = whereis(w1),
    Ref = monitor(process, Old),
    w1 ! die,
    receive {'DOWN', Ref, process, Old, R} -> io:format("w1 down: ~p~n", [R]) end,
    timer:sleep(50),
    io:format("~p~n", [ping(w1)]),
    io:format("~p~n", [whereis(w1) =/= Old]),
    w2 ! die,
    timer:sleep(50),
    io:format("~p~n", [whereis(w2)]),
    io:format("~p~n", [supervisor:count_children(Sup)]),
    exit(Sup, shutdown),
    receive {'EXIT', Sup, shutdown} -> io:format("sup gone~n") end,
    ok.
