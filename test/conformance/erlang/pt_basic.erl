-module(pt_basic).
-export([main/0]).

err(F) ->
    try F() catch C:R:St ->
        case St of
            [{M, Fn, A, Loc} | _] -> {C, R, M, Fn, if is_list(A) -> length(A); true -> A end, proplists:get_value(error_info, Loc)};
            _ -> {C, R}
        end
    end.

main() ->
    io:format("~p~n", [persistent_term:put(k1, v1)]),
    io:format("~p~n", [persistent_term:get(k1)]),
    io:format("~p~n", [persistent_term:get(missing, default)]),
    io:format("~p~n", [persistent_term:get(k1, default)]),
    io:format("~p~n", [err(fun() -> persistent_term:get(missing) end)]),
    persistent_term:put({my, key}, #{a => [1, 2, 3]}),
    persistent_term:put(<<"bin">>, 1.5),
    persistent_term:put({my, key}, #{a => [1, 2, 3]}),
    io:format("~p ~p~n", [persistent_term:get({my, key}), persistent_term:get(<<"bin">>)]),
    io:format("~p~n", [persistent_term:erase(k1)]),
    io:format("~p~n", [persistent_term:erase(k1)]),
    io:format("~p~n", [persistent_term:get(k1, gone)]),
    Mine = [{K, V} || {K, V} <- persistent_term:get(), K =:= {my, key} orelse K =:= <<"bin">>],
    io:format("~p~n", [lists:sort(Mine)]),
    Info = persistent_term:info(),
    io:format("~p~n", [lists:sort(maps:keys(Info))]),
    io:format("~p~n", [is_integer(maps:get(count, Info)) andalso is_integer(maps:get(memory, Info))]),
    C0 = maps:get(count, persistent_term:info()),
    persistent_term:put(new_one, 1),
    io:format("~p~n", [maps:get(count, persistent_term:info()) - C0]),
    persistent_term:erase(new_one),
    io:format("~p~n", [maps:get(count, persistent_term:info()) - C0]),
    Self = self(),
    spawn(fun() -> Self ! persistent_term:get({my, key}) end),
    receive M -> io:format("~p~n", [M]) end,
    ok.
