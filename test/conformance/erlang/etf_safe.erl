-module(etf_safe).
-export([main/0]).
main() ->
    Known = term_to_binary(known_atom_ok),
    io:format("~p~n", [binary_to_term(Known, [safe])]),
    %% atom 'zz_never_seen_atom_q9' encoded by hand: SMALL_ATOM_UTF8_EXT
    Name = <<"zz_never_seen_atom_q9">>,
    Unknown = <<131, 119, (byte_size(Name)), Name/binary>>,
    io:format("~p~n", [try binary_to_term(Unknown, [safe]) catch error:R -> R end]),
    io:format("~p~n", [try binary_to_term(<<131, 100>>) catch error:R2 -> R2 end]),
    io:format("~p~n", [try binary_to_term(<<>>) catch error:R3 -> R3 end]),
    {T, Used} = binary_to_term(<<(term_to_binary(x))/binary, "trailing">>, [used]),
    io:format("~p ~p~n", [T, Used]),
    io:format("~p~n", [binary_to_term(<<131, 107, 0, 3, 1, 2, 3>>)]),
    io:format("~p~n", [binary_to_term(<<131, 104, 2, 97, 1, 106>>)]),
    binary_to_term(<<131, 110, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1>>).
