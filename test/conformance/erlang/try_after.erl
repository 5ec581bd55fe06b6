-module(try_after).
-export([main/0]).
f(Mode) ->
    try
        io:format("body ~p~n", [Mode]),
        case Mode of
            ok -> value;
            throw -> throw(t);
            error -> error(e)
        end
    after
        io:format("after ~p~n", [Mode])
    end.
main() ->
    io:format("~p~n", [f(ok)]),
    io:format("~p~n", [catch f(throw)]),
    io:format("~p~n", [try f(error) catch error:E -> E end]),
    R = try ok after io:format("after only~n") end,
    R.
