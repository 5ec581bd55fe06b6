-module(recv_marker_skip).
-export([main/0]).
main() ->
    Self = self(),
    [Self ! {junk, I} || I <- lists:seq(1, 50000)],
    Echo = spawn(fun Loop() -> receive {From, Ref, Msg} -> From ! {Ref, Msg}, Loop() end end),
    T0 = erlang:monotonic_time(millisecond),
    N = calls(Echo, 2000, 0),
    T = erlang:monotonic_time(millisecond) - T0,
    {N, length(element(2, process_info(self(), messages))), T < 2000}.
calls(_, 0, Acc) -> Acc;
calls(Echo, K, Acc) ->
    Ref = make_ref(),
    Echo ! {self(), Ref, K},
    receive {Ref, K} -> calls(Echo, K - 1, Acc + 1) end.
