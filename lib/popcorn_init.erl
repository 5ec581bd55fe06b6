%% Stands in for OTP's `init` process. Like init it serves requests
%% (`init ! {From, Request}`, reply `{init, Reply}`) while a separate boot
%% process evaluates what erl's start_clean boot script does:
%%   {kernelProcess, logger, {logger_server, start_link, []}}
%%   {kernelProcess, application_controller, {application_controller, start, [Kernel]}}
%%   {apply, {application, load, [Stdlib]}}
%%   {apply, {application, start_boot, [kernel, permanent]}}
%%   {apply, {application, start_boot, [stdlib, permanent]}}
%% Kernel processes are linked to init; when one dies the node halts, as
%% erl does ("Kernel pid terminated"). The module loading steps of the
%% script are left out: modules load lazily from the code path.
-module(popcorn_init).
-export([start/1, init/2, boot/2]).

-record(state, {args, status = {starting, starting}, kernel = [],
                bootpid, starter, subscribed = []}).

%% Boot: #{args := InitArgs, apps := [KernelSpec | OtherSpecs], load => Specs, ...}
%% (application specs as in .app files; [] starts no application; the
%% `load` specs are loaded after the started ones, not started). Returns once kernel and the
%% other applications are started; a failed boot halts the node.
start(Boot) ->
    Pid = spawn(?MODULE, init, [self(), Boot]),
    Ref = monitor(process, Pid),
    receive
        {Pid, started} ->
            demonitor(Ref, [flush]),
            ok;
        {'DOWN', Ref, process, Pid, Reason} ->
            crash("init died", [Reason])
    end.

init(Starter, Boot) ->
    register(init, self()),
    process_flag(trap_exit, true),
    persistent_term:put({popcorn, code_path}, maps:get(code_path, Boot, [])),
    Self = self(),
    BootPid = spawn_link(?MODULE, boot, [Self, Boot]),
    boot_loop(#state{args = maps:get(args, Boot), bootpid = BootPid,
                     starter = Starter}).

%% ------------------------------------------------------------ the boot

boot(Init, Boot) ->
    process_flag(trap_exit, true),
    boot_apps(Init, maps:get(apps, Boot), maps:get(load, Boot, []),
              maps:get(code_path, Boot, [])).

%% As init's boot does: erl_prim_loader (file access for code, application
%% and others) becomes a kernel process. A host without a file system has
%% no current directory, and then no loader; nor has a node whose code all
%% comes from a bundle (no code path): bundles are made for the browser and
%% leave erl_prim_loader out (src/pack/roots.ts).
start_prim_loader(_Init, []) ->
    ok;
start_prim_loader(Init, Path) ->
    case prim_file:get_cwd() of
        {ok, _} ->
            start_in_kernel(erl_prim_loader, erl_prim_loader, start, [], Init),
            erl_prim_loader:set_path(Path);
        {error, _} ->
            ok
    end.

%% No applications: only `init` itself (a VM embedded for tests or tools).
boot_apps(Init, [], _, _) ->
    Init ! {self(), progress, started},
    ok;
boot_apps(Init, [Kernel | Apps], LoadOnly, CodePath) ->
    start_prim_loader(Init, CodePath),
    start_in_kernel(logger, logger_server, start_link, [], Init),
    start_in_kernel(application_controller, application_controller, start,
                    [kernel_spec(Kernel)], Init),
    Names = [load_app(Spec) || Spec <- Apps],
    _ = [load_app(Spec) || Spec <- LoadOnly],
    Init ! {self(), progress, applications_loaded},
    [start_app(Name) || Name <- [kernel | Names]],
    Init ! {self(), progress, started},
    ok.

%% kernel's callback module becomes popcorn_kernel, which runs kernel's own
%% supervisor specification with stand-ins for the port-based children.
kernel_spec({application, kernel, Keys}) ->
    {application, kernel, lists:keystore(mod, 1, Keys, {mod, {popcorn_kernel, []}})}.

load_app({application, Name, _} = Spec) ->
    case application:load(Spec) of
        ok -> Name;
        {error, Reason} -> exit({load_failed, Name, Reason})
    end.

start_app(Name) ->
    case application:start_boot(Name, permanent) of
        ok -> ok;
        {error, Reason} -> exit({start_failed, Name, Reason})
    end.

start_in_kernel(Name, M, F, A, Init) ->
    Res = apply(M, F, A),
    Init ! {self(), started, {Name, Res}},
    receive
        {Init, ok, Pid} -> unlink(Pid), ok;
        {Init, ignore} -> ignore
    end.

%% ------------------------------------------------------------ init's loops

boot_loop(#state{bootpid = BootPid} = S) ->
    receive
        {BootPid, started, {Name, {ok, Pid}}} when is_pid(Pid) ->
            link(Pid),
            BootPid ! {self(), ok, Pid},
            boot_loop(S#state{kernel = [{Name, Pid} | S#state.kernel]});
        {BootPid, started, {_Name, ignore}} ->
            BootPid ! {self(), ignore},
            boot_loop(S);
        {BootPid, started, {Name, What}} ->
            crash("could not start kernel pid", [Name, What]);
        {BootPid, progress, started} ->
            {InS, _} = S#state.status,
            notify(S#state.subscribed),
            boot_loop(S#state{status = {InS, started}, subscribed = []});
        {BootPid, progress, P} ->
            {InS, _} = S#state.status,
            boot_loop(S#state{status = {InS, P}});
        {'EXIT', BootPid, normal} ->
            %% erl runs -run/-eval in the boot process, so the entry sees
            %% the status erl's entry sees: {starting, started}.
            S#state.starter ! {self(), started},
            loop(S);
        {'EXIT', BootPid, Reason} ->
            crash("init terminating in do_boot", [Reason]);
        Msg ->
            boot_loop(handle_msg(Msg, S))
    end.

loop(S) ->
    receive
        Msg -> loop(handle_msg(Msg, S))
    end.

handle_msg({'EXIT', Pid, Reason}, S) ->
    case lists:keyfind(Pid, 2, S#state.kernel) of
        {Name, _} -> crash("Kernel pid terminated", [Name, Reason]);
        false -> S
    end;
handle_msg({stop, Reason}, S) ->
    stop(Reason, S);
handle_msg({From, {notify_when_started, Pid}}, S) when is_pid(From) ->
    case S#state.status of
        {InS, PS} when InS =:= started; PS =:= started ->
            From ! {init, started},
            S;
        _ ->
            From ! {init, ok},
            S#state{subscribed = [Pid | S#state.subscribed]}
    end;
handle_msg({From, Request}, S) when is_pid(From) ->
    From ! {init, request(Request, S)},
    S;
handle_msg(_, S) ->
    S.

request(get_arguments, S) ->
    S#state.args;
request({get_argument, Flag}, S) ->
    case [Vals || {F, Vals} <- S#state.args, F =:= Flag] of
        [] -> error;
        Found -> {ok, Found}
    end;
request(get_plain_arguments, _S) ->
    [];
request(get_status, S) ->
    S#state.status;
request(script_id, _S) ->
    {"Erlang/OTP", erlang:system_info(otp_release)};
request({ensure_loaded, Mod}, _S) ->
    code:ensure_loaded(Mod);
request(fetch_loaded, _S) ->
    [];
request({make_permanent, _Boot, _Config}, _S) ->
    {error, enotsup};
request(_, _S) ->
    {error, unknown_request}.

notify(Pids) ->
    [Pid ! {init, started} || Pid <- Pids],
    ok.

%% init:stop/0,1 and restart/reboot: shut the kernel processes down in the
%% reverse order of their start (application_controller stops the
%% applications), then halt.
stop(Reason, S) ->
    [shutdown(Pid, S#state.bootpid) || {Name, Pid} <- S#state.kernel, Name =/= logger],
    case Reason of
        {stop, Status} -> erlang:halt(Status);
        _ -> erlang:halt(0)
    end.

%% A kernel process treats an EXIT from its parent (the boot process that
%% started it) as an order to stop.
shutdown(Pid, BootPid) ->
    Pid ! {'EXIT', BootPid, shutdown},
    receive
        {'EXIT', Pid, _} -> ok
    after 5000 -> ok
    end.

%% A boot that cannot complete halts with a clear message, as erl does.
crash(What, Items) ->
    Text = lists:flatten([What, [io_lib:format(" (~0p)", [I]) || I <- Items]]),
    popcorn_io:write(2, unicode:characters_to_binary(["popcorn: ", Text, "\n"])),
    erlang:halt(1).
