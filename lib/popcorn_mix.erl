%% The VM half of `mix run` and `mix test` (Elixir 1.14) for a project the
%% host has compiled (lib/popcorn_mix_host.exs wrote Info). It starts the
%% node as `elixir` does (popcorn_elixir), then, inside Kernel.CLI.run/1 as
%% mix runs inside it, does what mix's tasks do after compiling:
%%   loadconfig / app.config: persist config.exs and runtime.exs in the
%%                            application environment
%%   app.start:               stop Logger, start the project's applications
%%   run:                     halt, or stay up with --no-halt
%%   test:                    ExUnit on the precompiled test modules, and
%%                            mix test's exit status
-module(popcorn_mix).
-export([run/1, test/1]).

%% Info: #{apps, type, config, runtime_config, argv, halt} (see mix.ts)
run(#{argv := Argv, halt := Halt} = Info) ->
    start_cli(),
    cli_run(fun() ->
        load_config(Info),
        'Elixir.System':argv(Argv),
        app_start(Info),
        case Halt of
            true -> ok;
            false -> 'Elixir.System':no_halt(true)
        end
    end).

%% Info also: #{ex_unit, async_modules, sync_modules, compiled, ...}
test(#{argv := Argv} = Info) ->
    start_cli(),
    'Elixir.System':argv(Argv),
    cli_run(fun() ->
        load_config(Info),
        app_start(Info),
        run_tests(Info)
    end).

%% What elixir's start_cli does before Kernel.CLI.main/1 (popcorn_elixir).
start_cli() ->
    {ok, _} = application:ensure_all_started(elixir),
    _ = application:start(logger),
    ok.

%% Kernel.CLI.run/1 halts the node unless System.no_halt/0 is true; then
%% the node keeps running, as elixir's CLI process would leave it.
cli_run(Fun) ->
    'Elixir.Kernel.CLI':run(fun(_) -> mix_task(Fun) end),
    receive after infinity -> ok end.

%% Mix.CLI's handling of a Mix error: one "** (Mix) message" line on
%% stderr and exit status 1, no stack trace.
mix_task(Fun) ->
    try
        Fun()
    catch
        throw:{mix_error, Msg} ->
            mix_error(Msg),
            exit({shutdown, 1})
    end.

mix_error(Msg) ->
    'Elixir.IO':puts(standard_error, ["** (Mix) ", Msg]).

%% ------------------------------------------------------------ config

%% As Mix.Tasks.Loadconfig (popcorn_config).
load_config(#{config := Config, runtime_config := Runtime}) ->
    popcorn_config:load(Config, Runtime).

%% ------------------------------------------------------------ app.start

app_start(#{start := false}) ->
    ok;
app_start(#{apps := Apps, type := Type}) ->
    %% Logger restarts with the application that needs it, under the
    %% project's :logger config
    case whereis('Elixir.Logger') of
        undefined -> ok;
        _ -> 'Elixir.Logger.App':stop()
    end,
    lists:foreach(fun(App) -> start_app(App, Type) end, Apps).

start_app(App, Type) ->
    case application:ensure_all_started(App, Type) of
        {ok, _} ->
            ok;
        {error, {Failed, Reason}} when Type =:= permanent ->
            mix_error(could_not_start(Failed, Reason)),
            'Elixir.System':stop(1);
        {error, {Failed, Reason}} ->
            mix_raise(could_not_start(Failed, Reason))
    end.

could_not_start(App, Reason) ->
    [<<"Could not start application ">>, atom_to_binary(App), <<": ">>,
     'Elixir.Application':format_error(Reason)].

%% Mix.raise/1, as far as mix_task/1 (Mix.CLI) is concerned
mix_raise(Msg) ->
    throw({mix_error, Msg}).

%% ------------------------------------------------------------ test

%% ExUnit configured as test_helper.exs left it on the host, the test
%% modules registered as ExUnit.Case's __after_compile__ registers them,
%% then the result handled as Mix.Tasks.Test does.
run_tests(#{ex_unit := Env} = Info) ->
    lists:foreach(fun({K, V}) -> ok = application:set_env(ex_unit, K, V) end, Env),
    {ok, _} = application:ensure_all_started(ex_unit),
    case maps:get(test_files, Info) of
        [] -> no_tests(Info);
        _ -> run_suite(Info)
    end.

%% Mix.Compilers.Test.require_and_run/4: the runner starts first and takes
%% async modules as they are added.
run_suite(#{async_modules := Async, sync_modules := Sync, compiled := Compiled} = Info) ->
    Task = 'Elixir.ExUnit':async_run(),
    lists:foreach(fun 'Elixir.ExUnit.Server':add_async_module/1, Async),
    lists:foreach(fun 'Elixir.ExUnit.Server':add_sync_module/1, Sync),
    case Compiled of
        true -> ok;
        false -> 'Elixir.Task':shutdown(Task), exit({shutdown, 1})
    end,
    #{failures := Failures, excluded := Excluded, total := Total} = 'Elixir.ExUnit':await_run(Task),
    if
        Failures > 0 ->
            case maps:get(raise, Info) of
                true -> mix_raise(<<"\"mix test\" failed">>);
                false ->
                    Status = application:get_env(ex_unit, exit_status, 2),
                    'Elixir.System':at_exit(fun(_) -> exit({shutdown, Status}) end)
            end;
        Excluded =:= Total ->
            case maps:get(only_given, Info) of
                true -> error_at_exit(Info, <<"The --only option was given to \"mix test\" but no test was executed">>);
                false -> ok
            end;
        true ->
            ok
    end.

%% No test files: the suite runs with no formatters (after_suite callbacks
%% still run), then mix says why nothing ran.
no_tests(#{files_given := Files} = Info) ->
    Formatters = application:get_env(ex_unit, formatters, []),
    application:set_env(ex_unit, formatters, []),
    _ = 'Elixir.ExUnit':run(),
    application:set_env(ex_unit, formatters, Formatters),
    case Files of
        [] ->
            'Elixir.IO':puts(<<"There are no tests to run">>);
        _ ->
            error_at_exit(Info, [<<"Paths given to \"mix test\" did not match any directory/file: ">>,
                                 lists:join(<<", ">>, Files)])
    end.

error_at_exit(Info, Msg) ->
    case maps:get(raise, Info) of
        true -> mix_raise(Msg);
        false ->
            'Elixir.IO':puts(standard_error, Msg),
            'Elixir.System':at_exit(fun(_) -> exit({shutdown, 1}) end)
    end.
