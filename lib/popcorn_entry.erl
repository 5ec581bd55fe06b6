%% The first Erlang code the CLI runs: it starts the standard_io and
%% standard_error group leaders (registered as `user` and `standard_error`,
%% as in erl), then calls the entry function in this process and, on
%% request, prints its result as io:format("~p~n", [Result]) does.
-module(popcorn_entry).
-export([run/4]).

run(M, F, Args, Print) ->
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
