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

%% As Mix's loadconfig: config.exs and runtime.exs (both evaluated by
%% `popcorn build` on the host) become persistent application env; runtime
%% values are merged into what each application has. Logger was started
%% with its defaults: it restarts to take a :logger config.
load_config([], []) ->
    ok;
load_config(Config, Runtime) ->
    ok = application:set_env(Config, [{persistent, true}]),
    Merged = [{App, deep_merge(application:get_all_env(App), Pairs)} || {App, Pairs} <- Runtime],
    ok = application:set_env(Merged, [{persistent, true}]),
    Restart = lists:keymember(logger, 1, Config ++ Runtime)
        andalso is_pid(whereis('Elixir.Logger')),
    case Restart of
        true ->
            ok = 'Elixir.Logger.App':stop(),
            ok = application:start(logger);
        false ->
            ok
    end.

%% Config's merge: a key in New replaces the one in Old, except that two
%% keyword lists under the same key are merged the same way.
deep_merge(Old, New) ->
    lists:foldl(fun({K, V}, Acc) ->
                        case lists:keyfind(K, 1, Acc) of
                            {K, OldV} -> lists:keystore(K, 1, Acc, {K, merge_value(OldV, V)});
                            false -> Acc ++ [{K, V}]
                        end
                end, Old, New).

merge_value(Old, New) ->
    case is_keyword(Old) andalso is_keyword(New) of
        true -> deep_merge(Old, New);
        false -> New
    end.

is_keyword(L) when is_list(L) -> lists:all(fun({K, _}) -> is_atom(K); (_) -> false end, L);
is_keyword(_) -> false.
