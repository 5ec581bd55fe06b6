%% Runs an entry function the way `elixir` runs a program: as elixir's
%% start_cli does, it starts the elixir application (and logger when it is
%% on the code path), sets System.argv/0, then hands the entry to
%% Kernel.CLI.run/1. That gives Elixir's own error printing (`** (Error)
%% message` and the stack trace), at_exit hooks, the Logger flush and the
%% exit status, all from Elixir's unmodified code.
-module(popcorn_elixir).
-export([run/3]).

run(M, F, Argv) ->
    {ok, _} = application:ensure_all_started(elixir),
    _ = case code:ensure_loaded('Elixir.Logger') of
            {module, _} -> application:start(logger);
            {error, _} -> ok
        end,
    'Elixir.System':argv([unicode:characters_to_binary(A) || A <- Argv]),
    %% M:F() is a tail call, so no frame of this fun shows in stack traces
    'Elixir.Kernel.CLI':run(fun(_) -> M:F() end).
