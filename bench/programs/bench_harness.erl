%% Runs one benchmark module: one warm-up call of Mod:run/0, then N timed
%% calls, and prints `BENCH <name> <median_ms> <checksum>`. The same module
%% runs on erl (-run bench_harness main fib 5) and on our VM, so both sides
%% are timed by the same code with erlang:monotonic_time.
-module(bench_harness).
-export([main/1, run/1]).

%% Entry from the command line: Args are strings, as -run passes them.
main(Args) ->
    Status = try run(Args) of
                 ok -> 0
             catch
                 Class:Reason:Stack ->
                     io:format("BENCH_ERROR ~p ~p:~p ~p~n",
                               [Args, Class, Reason, Stack]),
                     1
             end,
    erlang:halt(Status).

run([Name]) ->
    run([Name, "5"]);
run([Name, Iters]) when is_list(Name) ->
    run([list_to_atom(Name), list_to_integer(Iters)]);
run([Mod, N]) when is_atom(Mod), is_integer(N), N > 0 ->
    Check = Mod:run(),                          % warm-up; also the reference
    Times = [time_one(Mod, Check) || _ <- lists:seq(1, N)],
    MedianUs = median(lists:sort(Times)),
    io:put_chars(["BENCH ", atom_to_list(Mod), " ", format_ms(MedianUs), " ",
                  integer_to_list(Check), "\n"]),
    ok.

%% Every iteration must give the warm-up's checksum, or the run is wrong.
time_one(Mod, Check) ->
    T0 = erlang:monotonic_time(microsecond),
    Got = Mod:run(),
    T1 = erlang:monotonic_time(microsecond),
    case Got of
        Check -> T1 - T0;
        _ -> erlang:error({checksum_changed, Check, Got})
    end.

median(Sorted) ->
    Len = length(Sorted),
    case Len rem 2 of
        1 -> lists:nth(Len div 2 + 1, Sorted);
        0 -> (lists:nth(Len div 2, Sorted) + lists:nth(Len div 2 + 1, Sorted)) div 2
    end.

%% Milliseconds with three decimals, by integer arithmetic alone (no float
%% formatting needed from the VM under test).
format_ms(Us) ->
    Frac = integer_to_list(Us rem 1000),
    Pad = lists:duplicate(3 - length(Frac), $0),
    [integer_to_list(Us div 1000), ".", Pad, Frac].
