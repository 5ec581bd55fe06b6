-module(bin_bifs).
-export([main/0]).
main() ->
    io:format("~p~n", [binary_to_list(<<"abc">>)]),
    io:format("~p~n", [list_to_binary([1, [2, <<3, 4>>], 5])]),
    io:format("~p~n", [list_to_bitstring([<<1:2>>, 3, <<1:1>>])]),
    io:format("~p~n", [bitstring_to_list(<<1, 2, 3:3>>)]),
    io:format("~p~n", [byte_size(<<1:17>>)]),
    io:format("~p~n", [is_binary(<<1:7>>)]),
    io:format("~p~n", [is_bitstring(<<1:7>>)]),
    io:format("~p~n", [binary:bin_to_list(<<"hey">>, {1, 2})]),
    io:format("~p~n", [binary:list_to_bin([<<"a">>, "b"])]),
    io:format("~p~n", [try list_to_binary([256]) catch error:R -> R end]),
    io:format("~p~n", [try list_to_binary([<<1:1>>]) catch error:R2 -> R2 end]),
    io:format("~p~n", [erlang:md5(<<"hello">>)]),
    io:format("~p~n", [erlang:adler32(<<"hello">>)]),
    erlang:crc32(<<"hello world">>).
