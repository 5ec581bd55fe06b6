-module(bin_match_context).
-export([main/0]).
count(<<>>, N) -> N;
count(<<$a, R/binary>>, N) -> count(R, N + 1);
count(<<_, R/binary>>, N) -> count(R, N).
words(B) -> words(B, <<>>, []).
words(<<>>, W, Acc) -> lists:reverse(push(W, Acc));
words(<<$\s, R/binary>>, W, Acc) -> words(R, <<>>, push(W, Acc));
words(<<C, R/binary>>, W, Acc) -> words(R, <<W/binary, C>>, Acc).
push(<<>>, Acc) -> Acc;
push(W, Acc) -> [W | Acc].
main() ->
    B = binary:copy(<<"banana and apples ">>, 500),
    io:format("~p~n", [count(B, 0)]),
    io:format("~p~n", [words(<<"  split   these words  now ">>)]),
    io:format("~p~n", [length(words(B))]),
    count(<<"aaa">>, 0).
