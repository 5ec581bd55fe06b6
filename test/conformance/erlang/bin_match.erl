-module(bin_match).
-export([main/0]).
parse(<<Len:8, Data:Len/binary, Rest/binary>>) -> {Data, Rest};
parse(_) -> error.
main() ->
    io:format("~p~n", [parse(<<3, "abcde">>)]),
    io:format("~p~n", [parse(<<9, "ab">>)]),
    <<A:4, B:4, C:16/little, D/binary>> = <<16#AB, 1, 2, 9, 9>>,
    io:format("~p~n", [{A, B, C, D}]),
    <<S:8/signed, U:8/unsigned>> = <<255, 255>>,
    io:format("~p~n", [{S, U}]),
    <<F:32/float, G:64/float-little>> = <<1.25:32/float, 2.5:64/float-little>>,
    io:format("~p~n", [{F, G}]),
    <<H:3/binary, _/binary>> = <<"hello">>,
    io:format("~p~n", [H]),
    case <<"GET /index">> of
        <<"GET ", Path/binary>> -> Path;
        _ -> other
    end.
