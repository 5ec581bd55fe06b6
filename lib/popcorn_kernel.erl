%% The kernel application's callback module on our VM. It does what
%% kernel:start/2 does and supervises the children kernel:init/1 specifies
%% (the real OTP code decides what runs), replacing only the start
%% functions of the children that need ports, drivers or a boot loader we
%% do not have:
%%   code_server    -> popcorn_code_server (modules load lazily from the
%%                     code path; it answers code_server's requests)
%%   inet_db        -> the inet_db server without inet_config (sockets)
%%   user           -> ignore (our group leaders, registered as `user` and
%%   standard_error    `standard_error`, are started before the boot)
-module(popcorn_kernel).
-behaviour(supervisor).
-export([start/2, stop/1, config_change/3, init/1, ignore/0]).

start(_Type, []) ->
    ok = logger:internal_init_logger(),
    case supervisor:start_link({local, kernel_sup}, ?MODULE, []) of
        {ok, Pid} ->
            ok = erl_signal_handler:start(),
            ok = logger:add_handlers(kernel),
            {ok, Pid, []};
        Error ->
            Error
    end.

stop(State) ->
    kernel:stop(State).

config_change(Changed, New, Removed) ->
    kernel:config_change(Changed, New, Removed).

init([]) ->
    {ok, {Flags, Children}} = kernel:init([]),
    {ok, {Flags, [substitute(C) || C <- Children]}}.

substitute(#{id := code_server} = C) ->
    C#{start := {popcorn_code_server, start_link, []}};
substitute(#{id := inet_db} = C) ->
    %% inet_db's server without inet_config:init/0, which opens a socket
    C#{start := {gen_server, start_link, [{local, inet_db}, inet_db, [], []]}};
substitute(#{id := Id} = C) when Id =:= user; Id =:= standard_error ->
    C#{start := {?MODULE, ignore, []}};
substitute(C) ->
    C.

%% A child start function for children we do not run.
ignore() ->
    ignore.
