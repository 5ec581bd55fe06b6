-module(bin_large_build).
-export([main/0]).
main() ->
    Parts = [integer_to_binary(I) || I <- lists:seq(1, 5000)],
    J = iolist_to_binary(lists:join(<<",">>, Parts)),
    io:format("~p~n", [byte_size(J)]),
    io:format("~p~n", [binary:part(J, byte_size(J) - 20, 20)]),
    Fields = binary:split(J, <<",">>, [global]),
    io:format("~p~n", [length(Fields)]),
    Sum = lists:sum([binary_to_integer(X) || X <- Fields]),
    io:format("~p~n", [Sum]),
    C = << <<(X bxor 16#5A)>> || <<X>> <= J >>,
    erlang:phash2(C).
