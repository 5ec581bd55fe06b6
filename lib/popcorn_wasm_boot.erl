%% What the browser Worker runs once kernel and stdlib are up (see
%% src/host/browser_worker.ts): start elixir and logger as `elixir` does,
%% then wait, registered as popcorn_boot, for {popcorn_start, Apps,
%% StartModules, {Config, RuntimeConfig}}: the Mix project's config (applied
%% first, as `mix run` applies it), the bundle's own applications (started
%% with what they depend on) and the modules whose start/0 the pack flagged
%% as entry points. `popcorn build` runs the boot up to that wait once and saves the
%% VM as a boot image (src/snapshot/); a page restores the image and sends
%% only the message. Without an image the worker sends it at once, so both
%% paths run this same code. The process then stays, so that a crash here
%% is a crash of the boot.
-module(popcorn_wasm_boot).
-export([start/0]).

start() ->
    _ = case code:ensure_loaded('Elixir.Kernel') of
            {module, _} -> {ok, _} = application:ensure_all_started(elixir);
            {error, _} -> ok
        end,
    _ = case code:ensure_loaded('Elixir.Logger') of
            {module, _} -> application:start(logger);
            {error, _} -> ok
        end,
    register(popcorn_boot, self()),
    receive
        {popcorn_start, Apps, StartModules, {Config, RuntimeConfig}} ->
            load_config(Config, RuntimeConfig),
            [start_app(App) || App <- Apps],
            [M:start() || M <- StartModules],
            receive after infinity -> ok end
    end.

start_app(App) ->
    case application:ensure_all_started(App) of
        {ok, _} -> ok;
        {error, Reason} -> exit({start_failed, App, Reason})
    end.

%% The project's config (popcorn_config); Logger was started with its
%% defaults: it restarts to take a :logger config.
load_config([], []) ->
    ok;
load_config(Config, Runtime) ->
    ok = popcorn_config:load(Config, Runtime),
    Restart = lists:keymember(logger, 1, Config ++ Runtime)
        andalso is_pid(whereis('Elixir.Logger')),
    case Restart of
        true ->
            ok = 'Elixir.Logger.App':stop(),
            ok = application:start(logger);
        false ->
            ok
    end.
