-module(conv_bitstrings).
-export([main/0]).
main() ->
    io:format("~p~n", [bitstring_to_list(<<1:1, 2:7, 3:5>>)]),
    io:format("~p~n", [list_to_bitstring([<<1:3>>, <<2:5>>])]),
    io:format("~p~n", [binary_to_list(<<1, 2, 3, 4>>, 2, 3)]),
    io:format("~p~n", [erlang:binary_to_list(<<>>)]),
    io:format("~p~n", [iolist_size([1, <<2, 3>>, [4 | <<5>>]])]),
    io:format("~p~n", [try iolist_to_binary([<<1:1>>]) catch error:E -> E end]),
    io:format("~p~n", [try iolist_size([a]) catch error:E2 -> E2 end]),
    io:format("~p~n", [erlang:iolist_to_iovec([<<"a">>, "b"])]),
    list_to_binary([]).
