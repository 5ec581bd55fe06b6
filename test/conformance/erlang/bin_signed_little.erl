-module(bin_signed_little).
-export([main/0]).
main() ->
    Vals = [0, 1, -1, 127, -128, 32767, -32768, 2147483647, -2147483648],
    [io:format("~p ~w ~w~n", [V, <<V:32/signed-little>>, <<V:32/signed-big>>]) || V <- Vals],
    Dec = [X || <<X:32/signed-little>> <= << <<V:32/little>> || V <- Vals >>],
    io:format("~p~n", [Dec]),
    <<A:24/signed, B:24/signed-little>> = <<255, 255, 254, 254, 255, 255>>,
    {A, B}.
