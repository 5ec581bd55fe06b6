-module(try_classes).
-export([main/0]).
t(F) -> try F() of V -> {value, V} catch C:R -> {caught, C, R} end.
main() ->
    io:format("~p~n", [t(fun() -> ok end)]),
    io:format("~p~n", [t(fun() -> throw(ball) end)]),
    io:format("~p~n", [t(fun() -> error(oops) end)]),
    io:format("~p~n", [t(fun() -> exit(bye) end)]),
    io:format("~p~n", [t(fun() -> error({custom, 1}, [a, b]) end)]),
    io:format("~p~n", [catch throw(x)]),
    io:format("~p~n", [catch 42]),
    {'EXIT', {R, _}} = (catch error(inside_catch)),
    io:format("~p~n", [R]),
    {'EXIT', E} = (catch exit(plain)),
    E.
