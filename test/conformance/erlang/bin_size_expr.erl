-module(bin_size_expr).
-export([main/0]).
tlv(<<T:8, L:16, V:L/binary, Rest/binary>>, Acc) -> tlv(Rest, [{T, V} | Acc]);
tlv(<<>>, Acc) -> lists:reverse(Acc).
main() ->
    Msg = <<1, 0, 3, "abc", 2, 0, 0, 3, 0, 1, "z">>,
    io:format("~p~n", [tlv(Msg, [])]),
    N = 3,
    <<A:N/unit:8, _/binary>> = <<1, 2, 3, 4>>,
    io:format("~p~n", [A]),
    <<Sz:4, Body:Sz/bits, _/bits>> = <<5:4, 2#10101:5, 0:7>>,
    io:format("~p~n", [{Sz, Body}]),
    W = 12,
    io:format("~p~n", [<<1:W, 2:(W div 2), 3:(W - 8)>>]),
    <<_:(2 * 4), Tail/binary>> = <<"ok!">>,
    Tail.
