%% The first call into a module with -on_load: as code_server does, run the
%% module's on_load function in a process of its own and wait for it; the
%% module stays loaded only if it returned ok. Then make the call.
-module(popcorn_on_load).
-export([run/3]).

run(Mod, F, Args) ->
    {Pid, Ref} = spawn_monitor(fun() -> exit({'$on_load', erlang:call_on_load_function(Mod)}) end),
    receive
        {'DOWN', Ref, process, Pid, {'$on_load', ok}} ->
            erlang:finish_after_on_load(Mod, true);
        {'DOWN', Ref, process, Pid, Other} ->
            erlang:finish_after_on_load(Mod, false),
            report(Mod, case Other of {'$on_load', R} -> R; Crash -> Crash end)
    end,
    apply(Mod, F, Args).

%% As code_server reports it; a VM booted without a logger just goes on.
report(Mod, Result) ->
    try
        logger:error("The on_load function for module ~s returned:~n~tp~n", [Mod, Result])
    catch
        _:_ -> ok
    end.
