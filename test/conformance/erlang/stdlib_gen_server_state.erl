-module(stdlib_gen_server_state).
-behaviour(gen_server).
-export([main/0, init/1, handle_call/3, handle_cast/2, handle_info/2]).
init([]) -> {ok, queue:new()}.
handle_call(pop, _From, Q) ->
    case queue:out(Q) of
        {{value, V}, Q2} -> {reply, {ok, V}, Q2};
        {empty, Q2} -> {reply, empty, Q2}
    end;
handle_call(size, _From, Q) -> {reply, queue:len(Q), Q}.
handle_cast({push, V}, Q) -> {noreply, queue:in(V, Q)}.
handle_info(timeout, Q) -> {noreply, Q}.
main() ->
    {ok, P} = gen_server:start_link(?MODULE, [], []),
    [gen_server:cast(P, {push, I}) || I <- [a, b, c]],
    io:format("~p~n", [gen_server:call(P, size)]),
    io:format("~p~n", [[gen_server:call(P, pop) || _ <- [1, 2, 3, 4]]]),
    io:format("~p~n", [sys:get_state(P)]),
    ok = gen_server:stop(P),
    io:format("~p~n", [is_process_alive(P)]),
    ok.
