-module(crypto_mac).
-export([main/0]).

hex(B) -> binary:encode_hex(B).

main() ->
    Algs = [md5, sha, sha224, sha256, sha384, sha512],
    Keys = [<<>>, <<"key">>, binary:copy(<<16#aa>>, 131)],
    Data = [<<>>, <<"The quick brown fox jumps over the lazy dog">>, [<<"io">>, "list"]],
    [io:format("~p ~p ~s~n", [A, byte_size(K), hex(crypto:mac(hmac, A, K, D))])
     || A <- Algs, K <- Keys, D <- Data],
    io:format("~s~n", [hex(crypto:macN(hmac, sha256, <<"k">>, <<"d">>, 10))]),
    M0 = crypto:mac_init(hmac, sha256, <<"secret">>),
    M1 = crypto:mac_update(M0, <<"hello ">>),
    M2 = crypto:mac_update(M1, <<"world">>),
    io:format("~s~n", [hex(crypto:mac_final(M2))]),
    io:format("~s~n", [hex(crypto:mac(hmac, sha256, <<"secret">>, <<"hello world">>))]),
    M3 = crypto:mac_init(hmac, sha, <<"k">>),
    io:format("~s~n", [hex(crypto:mac_finalN(crypto:mac_update(M3, "abc"), 4))]),
    io:format("~p~n", [try crypto:mac(hmac, foo, <<>>, <<>>) catch C:R -> {C, R} end]),
    io:format("~p~n", [crypto:hash_equals(<<"abc">>, <<"abc">>)]),
    io:format("~p~n", [crypto:hash_equals(<<"abc">>, <<"abd">>)]),
    io:format("~p~n", [crypto:exor(<<1, 2, 3, 255>>, [4, <<5, 6>>, 255])]),
    io:format("~p~n", [crypto:bytes_to_integer(<<1, 2, 3>>)]),
    ok.
