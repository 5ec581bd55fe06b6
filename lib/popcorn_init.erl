%% Stands in for OTP's `init` process, which the real boot starts and which
%% stdlib asks for command-line arguments and status (e.g. erl_features
%% calls init:get_arguments/0 the first time io_lib quotes an atom). It
%% speaks init's request protocol: `init ! {From, Request}`, reply
%% `{init, Reply}`.
-module(popcorn_init).
-export([start/1, init/1]).

start(Args) ->
    Pid = spawn(?MODULE, init, [Args]),
    register(init, Pid),
    Pid.

init(Args) ->
    loop(Args).

loop(Args) ->
    receive
        {From, Request} when is_pid(From) ->
            From ! {init, handle(Request, Args)},
            loop(Args);
        _ ->
            loop(Args)
    end.

handle(get_arguments, Args) ->
    Args;
handle({get_argument, Flag}, Args) ->
    case [Vals || {F, Vals} <- Args, F =:= Flag] of
        [] -> error;
        Found -> {ok, Found}
    end;
handle(get_plain_arguments, _Args) ->
    [];
handle(get_status, _Args) ->
    {started, started};
handle({ensure_loaded, Mod}, _Args) ->
    code:ensure_loaded(Mod);
handle(fetch_loaded, _Args) ->
    [{M, preloaded} || M <- erlang:loaded()];
handle(stop, _Args) ->
    erlang:halt(0);
handle({stop, Status}, _Args) ->
    erlang:halt(Status);
handle(_, _Args) ->
    {error, unknown_request}.
