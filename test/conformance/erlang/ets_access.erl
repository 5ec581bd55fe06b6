-module(ets_access).
-export([main/0]).

%% Protection, ownership, heir and give_away as seen from other processes.
in_other(F) ->
    Self = self(),
    Pid = spawn(fun() -> Self ! {self(), try {ok, F()} catch _:_ -> err(F) end} end),
    receive {Pid, Res} -> Res end.

err(F) ->
    try F() catch C:R:St ->
        case St of
            [{M, Fn, A, Loc} | _] ->
                {C, R, M, Fn, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, Loc)};
            _ -> {C, R}
        end
    end.

main() ->
    Pub = ets:new(pub, [public]),
    Prot = ets:new(prot, [protected]),
    Priv = ets:new(priv, [private]),
    [ets:insert(T, {k, 1}) || T <- [Pub, Prot, Priv]],
    io:format("~p~n", [in_other(fun() -> ets:lookup(Pub, k) end)]),
    io:format("~p~n", [in_other(fun() -> ets:insert(Pub, {k, 2}) end)]),
    io:format("~p~n", [in_other(fun() -> ets:lookup(Prot, k) end)]),
    io:format("~p~n", [in_other(fun() -> ets:insert(Prot, {k, 2}) end)]),
    io:format("~p~n", [in_other(fun() -> ets:lookup(Priv, k) end)]),
    io:format("~p~n", [in_other(fun() -> ets:member(Priv, k) end)]),
    io:format("~p~n", [in_other(fun() -> ets:info(Priv, size) end)]),
    io:format("~p~n", [in_other(fun() -> ets:delete(Prot) end)]),
    io:format("~p~n", [in_other(fun() -> ets:delete(Pub) end)]),
    io:format("~p~n", [ets:info(Pub)]),
    %% named tables
    named = ets:new(named, [named_table, set]),
    io:format("~p~n", [err(fun() -> ets:new(named, [named_table]) end)]),
    T2 = ets:new(named, []),
    io:format("~p~n", [is_reference(T2)]),
    io:format("~p~n", [ets:info(named, named_table)]),
    io:format("~p ~p~n", [ets:whereis(named) =:= ets:info(named, id), ets:whereis(nope)]),
    other = ets:rename(named, other),
    io:format("~p ~p~n", [ets:info(other, name), ets:info(named)]),
    io:format("~p~n", [err(fun() -> ets:lookup(named, k) end)]),
    io:format("~p~n", [err(fun() -> ets:new(x, [bad_option]) end)]),
    io:format("~p~n", [err(fun() -> ets:new("x", []) end)]),
    io:format("~p~n", [err(fun() -> ets:new(x, [{keypos, 0}]) end)]),
    %% owner death deletes the table
    Self = self(),
    P1 = spawn(fun() -> T = ets:new(dies, [public]), Self ! {tab, T}, receive stop -> ok end end),
    Dies = receive {tab, DT} -> DT end,
    io:format("~p~n", [ets:info(Dies, size)]),
    Ref = monitor(process, P1),
    P1 ! stop,
    receive {'DOWN', Ref, _, _, _} -> ok end,
    io:format("~p~n", [ets:info(Dies)]),
    io:format("~p~n", [err(fun() -> ets:lookup(Dies, k) end)]),
    %% heir
    P2 = spawn(fun() ->
                       T = ets:new(inherited, [{heir, Self, my_data}]),
                       ets:insert(T, {a, 1}),
                       Self ! {tab, T},
                       receive stop -> ok end
               end),
    Inh = receive {tab, IT} -> IT end,
    io:format("~p~n", [ets:info(Inh, heir) =:= Self]),
    P2 ! stop,
    receive {'ETS-TRANSFER', Inh, P2, Data} -> io:format("transfer ~p~n", [Data]) end,
    io:format("~p ~p~n", [ets:info(Inh, owner) =:= Self, ets:lookup(Inh, a)]),
    io:format("~p~n", [ets:info(Inh, heir) =:= Self]),
    %% give_away
    P3 = spawn(fun() -> receive {'ETS-TRANSFER', T, From, D} -> Self ! {got, T, From, D, ets:lookup(T, a)} end end),
    true = ets:give_away(Inh, P3, gift),
    receive {got, Inh, Self, gift, L} -> io:format("given ~p~n", [L]) end,
    io:format("~p~n", [err(fun() -> ets:give_away(Inh, self(), x) end)]),
    Mine = ets:new(mine, []),
    io:format("~p~n", [err(fun() -> ets:give_away(Mine, self(), x) end)]),
    io:format("~p~n", [err(fun() -> ets:give_away(Mine, not_a_pid, x) end)]),
    Dead = spawn(fun() -> ok end),
    Ref2 = monitor(process, Dead),
    receive {'DOWN', Ref2, _, _, _} -> ok end,
    io:format("~p~n", [err(fun() -> ets:give_away(Mine, Dead, x) end)]),
    %% setopts
    true = ets:setopts(Mine, [{heir, Self, hd}]),
    io:format("~p~n", [ets:info(Mine, heir) =:= Self]),
    true = ets:setopts(Mine, {heir, none}),
    true = ets:setopts(Mine, {protection, public}),
    io:format("~p ~p~n", [ets:info(Mine, heir), ets:info(Mine, protection)]),
    io:format("~p~n", [err(fun() -> ets:setopts(Mine, {keypos, 2}) end)]),
    io:format("~p~n", [in_other(fun() -> ets:setopts(Mine, {protection, private}) end)]),
    %% heir that is dead when the owner dies: the table goes
    P4 = spawn(fun() -> T = ets:new(orphan, [public, {heir, Dead, x}]), Self ! {tab, T}, receive stop -> ok end end),
    Orph = receive {tab, OT} -> OT end,
    R4 = monitor(process, P4),
    P4 ! stop,
    receive {'DOWN', R4, _, _, _} -> ok end,
    io:format("~p~n", [ets:info(Orph)]),
    ok.
