-module(try_after_order).
-export([main/0]).
main() ->
    Log = fun(X) -> put(log, [X | get_log()]) end,
    R = try
            try
                Log(inner_body), throw(x)
            after
                Log(inner_after)
            end
        catch throw:x -> Log(outer_catch), caught
        after
            Log(outer_after)
        end,
    io:format("~p ~p~n", [R, lists:reverse(get_log())]),
    R2 = try
             erlang:exit(self_exit)
         catch exit:self_exit -> ok
         after io:format("after runs once~n")
         end,
    R2.
get_log() -> case get(log) of undefined -> []; L -> L end.
