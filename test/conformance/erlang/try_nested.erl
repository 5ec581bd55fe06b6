-module(try_nested).
-export([main/0]).
main() ->
    R = try
            try throw(inner)
            catch throw:inner -> throw(outer)
            end
        catch throw:X -> {got, X}
        end,
    io:format("~p~n", [R]),
    R2 = try
             try error(a) catch throw:_ -> not_here end
         catch error:a -> passed_through
         end,
    io:format("~p~n", [R2]),
    R3 = try try exit(x) after io:format("cleanup~n") end catch exit:x -> exited end,
    io:format("~p~n", [R3]),
    R4 = try 1 of 1 -> try error(in_of) catch error:in_of -> handled end catch _:_ -> wrong end,
    io:format("~p~n", [R4]),
    R5 = [try X div (X - 2) catch error:badarith -> inf end || X <- [0, 1, 2, 3]],
    R5.
