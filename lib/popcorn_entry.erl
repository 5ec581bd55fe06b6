%% The first Erlang code the CLI runs: it starts our `init` stand-in and the standard_io and
%% standard_error group leaders (registered as `user` and `standard_error`,
%% as in erl), then calls the entry function in this process and, on
%% request, prints its result as io:format("~p~n", [Result]) does.
-module(popcorn_entry).
-export([run/5]).

%% InitArgs: what init:get_arguments/0 answers, as erl's init would.
run(InitArgs, M, F, Args, Print) ->
    popcorn_init:start(InitArgs),
    User = popcorn_gl:start(1),
    register(user, User),
    register(standard_error, popcorn_gl:start(2)),
    group_leader(User, self()),
    Result = apply(M, F, Args),
    case Print of
        true -> io:format("~p~n", [Result]);
        false -> ok
    end,
    %% Wait for the reply so the output is written before the CLI exits.
    ok.
