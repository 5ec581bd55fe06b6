-module(crypto_hash).
-export([main/0]).

hex(B) -> binary:encode_hex(B).

main() ->
    Algs = [md5, sha, sha224, sha256, sha384, sha512],
    Inputs = [<<>>, <<"abc">>, <<"The quick brown fox jumps over the lazy dog">>,
              binary:copy(<<"a">>, 1000), ["io", [$l, <<"ist">>], []]],
    [io:format("~p ~s~n", [A, hex(crypto:hash(A, I))]) || A <- Algs, I <- Inputs],
    %% crosses crypto's 20000-byte chunking in hash/2
    Big = binary:copy(<<"0123456789">>, 5000),
    [io:format("big ~p ~s~n", [A, hex(crypto:hash(A, Big))]) || A <- Algs],
    %% incremental: states are values, an old state stays usable
    S0 = crypto:hash_init(sha256),
    S1 = crypto:hash_update(S0, <<"ab">>),
    S2 = crypto:hash_update(S1, "c"),
    io:format("inc ~s~n", [hex(crypto:hash_final(S2))]),
    io:format("inc ~s~n", [hex(crypto:hash_final(S1))]),
    io:format("inc ~s~n", [hex(crypto:hash_final(S2))]),
    io:format("inc ~s~n", [hex(crypto:hash_final(crypto:hash_update(S0, Big)))]),
    [io:format("info ~p ~p~n", [A, crypto:hash_info(A)]) || A <- Algs],
    io:format("~p~n", [is_reference(S0)]),
    io:format("~p~n", [[lists:member(A, crypto:supports(hashs)) || A <- Algs]]),
    io:format("~p~n", [lists:member(hmac, crypto:supports(macs))]),
    io:format("~p~n", [try crypto:hash(foo, <<>>) catch C:R -> {C, R} end]),
    io:format("~p~n", [try crypto:hash(sha, foo) catch C2:R2 -> {C2, R2} end]),
    io:format("~p~n", [try crypto:hash_init(bar) catch C3:R3 -> {C3, R3} end]),
    ok.
