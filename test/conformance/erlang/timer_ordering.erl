-module(timer_ordering).
-export([main/0]).
collect(0, Acc) -> lists:reverse(Acc);
collect(N, Acc) -> receive {tick, X} -> collect(N - 1, [X | Acc]) end.
main() ->
    Delays = [50, 10, 90, 30, 70],
    [erlang:send_after(D, self(), {tick, D}) || D <- Delays],
    L = collect(length(Delays), []),
    io:format("~p~n", [L]),
    L.
