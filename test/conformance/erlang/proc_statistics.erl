-module(proc_statistics).
-export([main/0]).

%% erlang:statistics/1: the shape of every item, and what the values must
%% satisfy (their size depends on the machine, so only relations are printed).
main() ->
    Pair = fun({A, B}) -> is_integer(A) andalso is_integer(B) andalso A >= 0;
              (_) -> false end,
    show(shapes, [{I, Pair(erlang:statistics(I))} ||
                     I <- [runtime, wall_clock, reductions, exact_reductions, context_switches]]),
    show(ints, [{I, is_integer(erlang:statistics(I))} ||
                   I <- [run_queue, total_run_queue_lengths, total_run_queue_lengths_all,
                         total_active_tasks, total_active_tasks_all]]),
    show(lists, [{I, lists:all(fun is_integer/1, erlang:statistics(I))} ||
                    I <- [run_queue_lengths, run_queue_lengths_all, active_tasks, active_tasks_all]]),
    %% the _all lists add the dirty IO run queue to the normal and dirty CPU ones
    show(all_longer, [length(erlang:statistics(list_to_atom(atom_to_list(I) ++ "_all"))) -
                          length(erlang:statistics(I)) || I <- [run_queue_lengths, active_tasks]]),
    show(caller_active, erlang:statistics(total_active_tasks) >= 1),
    {GCs, Words, Zero} = erlang:statistics(garbage_collection),
    show(gc, {is_integer(GCs), is_integer(Words), Zero}),
    {{input, In}, {output, Out}} = erlang:statistics(io),
    show(io, {is_integer(In), is_integer(Out)}),
    show(scheduler_wall_time, erlang:statistics(scheduler_wall_time)),
    show(bad_item, try erlang:statistics(no_such_item) catch error:E1 -> E1 end),
    show(bad_type, try erlang:statistics("runtime") catch error:E2 -> E2 end),
    %% runtime is CPU time: sleeping costs (almost) none of it, unlike wall_clock
    _ = erlang:statistics(runtime),
    _ = erlang:statistics(wall_clock),
    timer:sleep(400),
    {_, CpuSlept} = erlang:statistics(runtime),
    {_, WallSlept} = erlang:statistics(wall_clock),
    show(sleep_wall, WallSlept >= 400),
    show(sleep_cpu, CpuSlept < 150),
    %% since-last-call: each item keeps its own previous value
    {R1, _} = erlang:statistics(reductions),
    burn(20000),
    {R2, D2} = erlang:statistics(reductions),
    show(reds_since_last, {R2 > R1, D2 =:= R2 - R1}),
    {X1, _} = erlang:statistics(exact_reductions),
    {X2, DX} = erlang:statistics(exact_reductions),
    show(exact_since_last, {X2 >= X1, DX =:= X2 - X1, X2 >= R2}),
    %% the total counts the reductions of processes that have exited too
    {Before, _} = erlang:statistics(reductions),
    Parent = self(),
    Pids = [spawn(fun() -> burn(5000), Parent ! {done, self()} end) || _ <- lists:seq(1, 4)],
    [receive {done, P} -> ok end || P <- Pids],
    timer:sleep(10),
    {After, _} = erlang:statistics(reductions),
    show(dead_counted, After - Before >= 4 * 5000),
    {C1, 0} = erlang:statistics(context_switches),
    receive after 1 -> ok end,
    {C2, 0} = erlang:statistics(context_switches),
    show(switches_grow, C2 > C1),
    ok.

burn(0) -> ok;
burn(N) -> burn(N - 1).

show(Tag, Value) ->
    io:format("~p: ~p~n", [Tag, Value]).
