-module(zlib_basic).
-export([main/0]).

main() ->
    Small = <<"hello hello hello hello">>,
    Text = iolist_to_binary([integer_to_list(I) || I <- lists:seq(1, 3000)]),
    Rand = rnd(40000, 12345, []),
    lists:foreach(fun(D) ->
        C = zlib:compress(D),
        io:format("compress ~p ~p ~p~n", [byte_size(D), byte_size(C), erlang:md5(C)]),
        D = zlib:uncompress(C),
        Z = zlib:zip(D),
        io:format("zip ~p ~p~n", [byte_size(Z), erlang:md5(Z)]),
        D = zlib:unzip(Z),
        G = zlib:gzip(D),
        io:format("gzip ~p ~p~n", [byte_size(G), erlang:md5(G)]),
        D = zlib:gunzip(G)
    end, [<<>>, Small, Text, Rand, ["io", [<<"list">>], $!]]),
    io:format("~p~n", [zlib:compress(Small)]),
    io:format("~p~n", [zlib:gzip(Small)]),
    io:format("~p~n", [zlib:zip(Small)]),
    io:format("~p~n", [zlib:uncompress([<<120,156>>, <<203,72,205,201,201,87,200,64,144,0,58,46,6,125>>])]),
    io:format("~p~n", [try zlib:uncompress(<<1,2,3,4,5,6,7,8,9>>) catch C:R -> {C, R} end]),
    io:format("~p~n", [try zlib:uncompress(<<1,2>>) catch C2:R2 -> {C2, R2} end]),
    io:format("~p~n", [try zlib:gunzip(<<"not gzip at all">>) catch C3:R3 -> {C3, R3} end]),
    io:format("~p ~p~n", [zlib:crc32(Text), zlib:adler32(zlib:open(), Text)]),
    ok.

%% deterministic pseudo-random bytes (a small LCG)
rnd(0, _, Acc) -> list_to_binary(Acc);
rnd(N, S, Acc) ->
    S1 = (S * 1103515245 + 12345) band 16#7fffffff,
    rnd(N - 1, S1, [S1 bsr 16 band 255 | Acc]).
