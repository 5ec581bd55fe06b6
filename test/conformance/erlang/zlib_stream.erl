-module(zlib_stream).
-export([main/0]).

main() ->
    Text = iolist_to_binary([integer_to_list(I) || I <- lists:seq(1, 6000)]),
    %% streaming deflate at each level; chunk structure is part of the output
    lists:foreach(fun(L) ->
        Z = zlib:open(),
        ok = zlib:deflateInit(Z, L),
        A = zlib:deflate(Z, Text),
        B = zlib:deflate(Z, <<"tail">>, sync),
        C = zlib:deflate(Z, <<"end">>, finish),
        ok = zlib:deflateEnd(Z),
        ok = zlib:close(Z),
        io:format("level ~p: ~p ~p ~p ~p~n",
                  [L, [byte_size(X) || X <- A], iolist_size(B), iolist_size(C),
                   erlang:md5([A, B, C])]),
        true = zlib:uncompress(iolist_to_binary([A, B, C])) =:= <<Text/binary, "tailend">>
    end, [none, best_speed, default, best_compression, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
    %% deflateInit/6: strategies, memLevel and window sizes
    lists:foreach(fun({Lv, Wb, Mem, St}) ->
        Z = zlib:open(),
        ok = zlib:deflateInit(Z, Lv, deflated, Wb, Mem, St),
        Out = iolist_to_binary(zlib:deflate(Z, Text, finish)),
        ok = zlib:deflateEnd(Z),
        zlib:close(Z),
        io:format("~p ~p ~p ~p: ~p ~p~n", [Lv, Wb, Mem, St, byte_size(Out), erlang:md5(Out)])
    end, [{default, 15, 8, filtered}, {default, 15, 8, huffman_only}, {default, 15, 8, rle},
          {default, 9, 1, default}, {6, -12, 9, default}, {9, 31, 8, default}, {1, 10, 3, default}]),
    %% streaming inflate, fed in pieces
    Comp = zlib:compress(Text),
    Zi = zlib:open(),
    ok = zlib:inflateInit(Zi),
    Pieces = split(Comp, 1000),
    Out = [zlib:inflate(Zi, P) || P <- Pieces],
    ok = zlib:inflateEnd(Zi),
    zlib:close(Zi),
    io:format("inflate ~p ~p~n", [length(Pieces), iolist_to_binary(Out) =:= Text]),
    %% safeInflate hands back bounded pieces
    Zs = zlib:open(),
    ok = zlib:inflateInit(Zs),
    io:format("safe ~p~n", [safe(Zs, zlib:safeInflate(Zs, Comp), 0)]),
    zlib:close(Zs),
    %% dictionaries
    Dict = <<"0123456789">>,
    Zd = zlib:open(),
    ok = zlib:deflateInit(Zd, default),
    Adler = zlib:deflateSetDictionary(Zd, Dict),
    DC = iolist_to_binary(zlib:deflate(Zd, <<"01234567890123456789">>, finish)),
    zlib:close(Zd),
    io:format("dict ~p ~p~n", [Adler, DC]),
    Zn = zlib:open(),
    ok = zlib:inflateInit(Zn),
    Need = try zlib:inflate(Zn, DC) catch error:{need_dictionary, A} -> {need, A} end,
    ok = zlib:inflateSetDictionary(Zn, Dict),
    Rest = zlib:inflate(Zn, []),
    io:format("dict ~p ~p~n", [Need, iolist_to_binary(Rest)]),
    zlib:close(Zn),
    %% deflateParams in the middle of a stream
    Zp = zlib:open(),
    ok = zlib:deflateInit(Zp, 1),
    P1 = zlib:deflate(Zp, Text),
    ok = zlib:deflateParams(Zp, 9, default),
    P2 = zlib:deflate(Zp, Text, finish),
    zlib:close(Zp),
    PB = iolist_to_binary([P1, P2]),
    io:format("params ~p ~p~n", [byte_size(PB), zlib:uncompress(PB) =:= <<Text/binary, Text/binary>>]),
    %% errors
    Ze = zlib:open(),
    io:format("~p~n", [try zlib:deflate(Ze, <<"x">>) catch C:R -> {C, R} end]),
    ok = zlib:inflateInit(Ze),
    io:format("~p~n", [try zlib:inflateInit(Ze) catch C2:R2 -> {C2, R2} end]),
    io:format("~p~n", [try zlib:inflateEnd(Ze) catch C3:R3 -> {C3, R3} end]),
    zlib:close(Ze),
    io:format("~p~n", [try zlib:close(Ze) catch C4:R4 -> {C4, R4} end]),
    ok.

safe(Z, {continue, Out}, N) -> safe(Z, zlib:safeInflate(Z, []), N + iolist_size(Out));
safe(_Z, {finished, Out}, N) -> N + iolist_size(Out).

split(B, N) when byte_size(B) =< N -> [B];
split(B, N) -> <<H:N/binary, T/binary>> = B, [H | split(T, N)].
