-module(bin_float_special).
-export([main/0]).
main() ->
    io:format("~p~n", [<<1.0:16/float>>]),
    io:format("~p~n", [<<(-2.5):16/float>>]),
    <<H:16/float>> = <<16#3C00:16>>,
    io:format("~p~n", [H]),
    <<H2:16/float-little>> = <<0, 16#C0>>,
    io:format("~p~n", [H2]),
    io:format("~p~n", [<<0.1:32/float>>]),
    <<F:32/float>> = <<0.1:32/float>>,
    io:format("~p~n", [F]),
    io:format("~p~n", [<<123.456:64/float-native>> =:= <<123.456:64/float-little>>]),
    F.
