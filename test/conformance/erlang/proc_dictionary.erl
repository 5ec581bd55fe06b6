-module(proc_dictionary).
-export([main/0]).
main() ->
    io:format("~p~n", [put(k, 1)]),
    io:format("~p~n", [put(k, 2)]),
    io:format("~p~n", [get(k)]),
    io:format("~p~n", [get(missing)]),
    put({t, 1}, "tuple key"),
    io:format("~p~n", [lists:sort(get_keys())]),
    io:format("~p~n", [get_keys(2)]),
    io:format("~p~n", [erase(k)]),
    io:format("~p~n", [get(k)]),
    Self = self(),
    spawn(fun() -> Self ! {child_sees, get({t, 1})} end),
    receive {child_sees, V} -> io:format("~p~n", [V]) end,
    io:format("~p~n", [lists:sort(erase())]),
    get().
