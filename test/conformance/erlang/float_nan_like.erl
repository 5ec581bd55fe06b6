-module(float_nan_like).
-export([main/0]).
main() ->
    io:format("~p~n", [<<1:1, 0:63>>]),
    <<F:64/float>> = <<16#3FF0000000000000:64>>,
    io:format("~p~n", [F]),
    R = try <<_G:64/float>> = <<16#7FF0000000000000:64>>, matched catch error:E -> E end,
    io:format("~p~n", [R]),
    <<N:64/float>> = <<16#8000000000000000:64>>,
    io:format("~p~n", [N]),
    <<H:32/float>> = <<1.5:32/float>>,
    {H, <<0.1:32/float>>}.
