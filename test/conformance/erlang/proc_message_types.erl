-module(proc_message_types).
-export([main/0]).
main() ->
    Self = self(),
    Echo = spawn(fun Loop() -> receive {From, M} -> From ! {echo, M}, Loop() end end),
    Ms = [1, 1.5, atom, "str", <<"bin">>, <<1:3>>, {t, [l]}, #{k => v}, fun() -> ok end, 1 bsl 100,
          maps:from_list([{I, I} || I <- lists:seq(1, 40)]), make_ref(), Self],
    Back = [begin Echo ! {Self, M}, receive {echo, R} -> R end end || M <- Ms],
    io:format("~p~n", [Back =:= Ms]),
    io:format("~p~n", [[is_function(F) || F <- Back, is_function(F)]]),
    exit(Echo, kill),
    length(Back).
