%% Stands in for OTP's code_server, registered as `code_server`: the real
%% `code` module sends it {code_call, From, Request} and waits for
%% {code_server, Reply}. Modules load lazily from the host's code path (the
%% code natives do the loading), so this process only answers questions
%% about the path and the loaded modules. The code path is the one the host
%% searches, put in persistent_term by the boot.
-module(popcorn_code_server).
-export([start_link/0, init/1, system_continue/3, system_terminate/4,
         system_code_change/4]).

-define(PATH_KEY, {popcorn, code_path}).

start_link() ->
    proc_lib:start_link(?MODULE, init, [self()]).

init(Parent) ->
    register(code_server, self()),
    process_flag(trap_exit, true),
    proc_lib:init_ack({ok, self()}),
    loop(Parent).

loop(Parent) ->
    receive
        {code_call, Pid, Req} ->
            Pid ! {code_server, handle(Req)},
            loop(Parent);
        {'EXIT', Parent, Reason} ->
            exit(Reason);
        {system, From, Msg} ->
            sys:handle_system_msg(Msg, From, Parent, ?MODULE, [], Parent);
        _ ->
            loop(Parent)
    end.

system_continue(Parent, _Debug, _Misc) -> loop(Parent).
system_terminate(Reason, _Parent, _Debug, _Misc) -> exit(Reason).
system_code_change(Misc, _Module, _Vsn, _Extra) -> {ok, Misc}.

handle(get_path) ->
    path();
handle({dir, root_dir}) ->
    root();
handle({dir, lib_dir}) ->
    filename:append(root(), "lib");
handle({dir, {lib_dir, Name}}) ->
    case lib_dir(to_list(Name)) of
        false -> {error, bad_name};
        Dir -> Dir
    end;
handle({dir, {lib_dir, Name, Sub}}) ->
    case lib_dir(to_list(Name)) of
        false -> {error, bad_name};
        Dir -> filename:join(Dir, atom_to_list(Sub))
    end;
handle({dir, {priv_dir, Name}}) ->
    handle({dir, {lib_dir, Name, priv}});
handle({dir, compiler_dir}) ->
    case lib_dir("compiler") of
        false -> "";
        Dir -> Dir
    end;
handle({dir, _}) ->
    'bad request to code';
handle({ensure_loaded, Mod}) ->
    code:ensure_loaded(Mod);
handle({load_file, Mod}) ->
    code:ensure_loaded(Mod);
handle({is_loaded, Mod}) ->
    code:is_loaded(Mod);
handle(all_loaded) ->
    [{M, loaded_file(M)} || M <- erlang:loaded()];
handle({is_sticky, _}) ->
    false;
handle(get_mode) ->
    interactive;
handle({Stick, _}) when Stick =:= stick_dir; Stick =:= unstick_dir;
                        Stick =:= stick_mod; Stick =:= unstick_mod ->
    ok;
handle(_) ->
    {error, enotsup}.

path() ->
    persistent_term:get(?PATH_KEY, []).

root() ->
    case init:get_argument(root) of
        {ok, [[Root | _] | _]} -> Root;
        _ -> "/"
    end.

loaded_file(M) ->
    case code:is_loaded(M) of
        {file, F} -> F;
        false -> preloaded
    end.

to_list(A) when is_atom(A) -> atom_to_list(A);
to_list(L) -> L.

%% The application directory of Name on the path: .../Name[-Vsn]/ebin.
%% Code from a bundle has no path: a loaded application then lives where an
%% OTP release would put it, Root/lib/Name-Vsn (crypto's on_load needs its
%% priv_dir to name the NIF it loads).
lib_dir(Name) ->
    lib_dir(Name, path()).

lib_dir(Name, []) ->
    case application:get_key(list_to_atom(Name), vsn) of
        {ok, Vsn} -> filename:join([root(), "lib", Name ++ "-" ++ Vsn]);
        undefined -> false
    end;
lib_dir(Name, [Dir | Dirs]) ->
    AppDir = filename:dirname(Dir),
    Base = filename:basename(AppDir),
    case filename:basename(Dir) =:= "ebin" andalso
         (Base =:= Name orelse lists:prefix(Name ++ "-", Base)) of
        true -> AppDir;
        false -> lib_dir(Name, Dirs)
    end.
