-module(boot_supervisor_strategies).
-behaviour(supervisor).
-export([main/0, init/1, start_worker/1, worker/1]).
init(Strategy) ->
    Kids = [#{id => Id, start => {?MODULE, start_worker, [Id]}} || Id <- [a, b, c]],
    {ok, {#{strategy => Strategy, intensity => 10, period => 10}, Kids}}.
start_worker(Id) ->
    Pid = spawn_link(?MODULE, worker, [Id]),
    register(Id, Pid),
    {ok, Pid}.
worker(Id) ->
    receive
        die -> exit(died);
        {ping, From} -> From ! {pong, Id}, worker(Id)
    end.
pids() -> [whereis(Id) || Id <- [a, b, c]].
restarted(Before) ->
    wait_all(),
    [P =/= Q || {P, Q} <- lists:zip(Before, pids())].
wait_all() ->
    case lists:member(undefined, pids()) of
        true -> timer:sleep(5), wait_all();
        false -> ok
    end.
try_strategy(S) ->
    {ok, Sup} = supervisor:start_link(?MODULE, S),
    Before = pids(),
    Ref = monitor(process, whereis(b)),
    b ! die,
    receive {'DOWN', Ref, _, _, _} -> ok end,
    timer:sleep(20),
    io:format("~p: ~p~n", [S, restarted(Before)]),
    io:format("~p~n", [supervisor:count_children(Sup)]),
    unlink(Sup),
    MRef = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', MRef, _, _, R} -> io:format("sup down: ~p~n", [R]) end.
main() ->
    logger:set_primary_config(level, none),
    [try_strategy(S) || S <- [one_for_one, one_for_all, rest_for_one]],
    {ok, Sup} = supervisor:start_link(?MODULE, one_for_one),
    io:format("~p~n", [supervisor:terminate_child(Sup, c)]),
    io:format("~p~n", [whereis(c)]),
    io:format("~p~n", [element(1, supervisor:restart_child(Sup, c))]),
    io:format("~p~n", [supervisor:delete_child(Sup, a)]),
    io:format("~p~n", [lists:sort([Id || {Id, _, _, _} <- supervisor:which_children(Sup)])]),
    ok.
