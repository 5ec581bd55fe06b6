%% The first Erlang code the CLI runs. It starts the standard_io and
%% standard_error group leaders (registered as `user` and `standard_error`,
%% as in erl), boots the node as `erl -noshell` does (popcorn_init: the
%% `init` stand-in starts kernel and stdlib), then calls the entry function
%% in this process and, on request, prints its result as
%% io:format("~p~n", [Result]) does.
-module(popcorn_entry).
-export([run/5]).

%% Boot: what popcorn_init:start/1 takes (#{args, apps, code_path}).
run(Boot, M, F, Args, Print) ->
    User = popcorn_gl:start(1),
    register(user, User),
    register(standard_error, popcorn_gl:start(2)),
    %% init and everything it starts inherit this group leader
    group_leader(User, self()),
    ok = popcorn_init:start(Boot),
    Result = apply(M, F, Args),
    case Print of
        true -> io:format("~p~n", [Result]);
        false -> ok
    end,
    ok.
