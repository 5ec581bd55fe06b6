-module(stdlib_dict_orddict).
-export([main/0]).
main() ->
    D = dict:from_list([{a, 1}, {b, 2}]),
    D2 = dict:store(c, 3, D),
    io:format("~p~n", [lists:sort(dict:to_list(D2))]),
    io:format("~p~n", [dict:find(b, D2)]),
    io:format("~p~n", [dict:fetch(a, D2)]),
    D3 = dict:update_counter(a, 10, D2),
    io:format("~p~n", [dict:fetch(a, D3)]),
    D4 = dict:append(l, x, dict:append(l, y, D3)),
    io:format("~p~n", [dict:fetch(l, D4)]),
    io:format("~p~n", [dict:size(D4)]),
    O = orddict:from_list([{z, 1}, {a, 2}]),
    io:format("~p~n", [O]),
    io:format("~p~n", [orddict:store(m, 3, O)]),
    io:format("~p~n", [orddict:fetch_keys(O)]),
    io:format("~p~n", [orddict:merge(fun(_, X, Y) -> X + Y end, O, [{a, 100}])]),
    orddict:find(z, O).
