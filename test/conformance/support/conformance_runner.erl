%% Runs one conformance program on the real erl: Mod:main() in a fresh
%% process; the result is printed with ~p on stdout and erl halts with 0, or
%% the uncaught exception goes to stderr and erl halts with 1.
%% Invoke: erl -noshell -pa EBIN -run conformance_runner run MOD
-module(conformance_runner).
-export([run/1]).

run([ModName]) ->
    Mod = list_to_atom(ModName),
    Parent = self(),
    {Pid, MRef} = spawn_monitor(fun() -> Parent ! {self(), call(Mod)} end),
    receive
        {Pid, {ok, Result}} ->
            io:format("~p~n", [Result]),
            halt(0);
        {Pid, {crash, Class, Reason, Stack}} ->
            io:format(standard_error, "~p:~p~n~p~n", [Class, Reason, Stack]),
            halt(1);
        {'DOWN', MRef, process, Pid, Why} ->
            io:format(standard_error, "exit:~p~n", [Why]),
            halt(1)
    end.

call(Mod) ->
    try
        {ok, Mod:main()}
    catch
        Class:Reason:Stack -> {crash, Class, Reason, Stack}
    end.
