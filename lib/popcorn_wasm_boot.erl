%% What the browser Worker runs once kernel and stdlib are up (see
%% src/host/browser_worker.ts): start elixir and logger as `elixir` does,
%% then the bundle's own applications (with what they depend on), then the
%% start/0 of any module the pack flagged as its entry point. The process
%% then stays, so that a crash here is a crash of the boot.
-module(popcorn_wasm_boot).
-export([start/2]).

start(Apps, StartModules) ->
    _ = case code:ensure_loaded('Elixir.Kernel') of
            {module, _} -> {ok, _} = application:ensure_all_started(elixir);
            {error, _} -> ok
        end,
    _ = case code:ensure_loaded('Elixir.Logger') of
            {module, _} -> application:start(logger);
            {error, _} -> ok
        end,
    [start_app(App) || App <- Apps],
    [M:start() || M <- StartModules],
    receive after infinity -> ok end.

start_app(App) ->
    case application:ensure_all_started(App) of
        {ok, _} -> ok;
        {error, Reason} -> exit({start_failed, App, Reason})
    end.
