%% A small tour of what the VM runs: processes, messages, bignums, binaries,
%% maps and the unmodified OTP stdlib (io, lists, gen_server-free ring).
-module(demo).
-export([main/0]).

main() ->
    io:format("Hello from Erlang on a BEAM written in TypeScript!~n"),
    io:format("30! = ~p~n", [lists:foldl(fun(X, A) -> X * A end, 1, lists:seq(1, 30))]),
    Bin = <<"popcorn", 2026:16, 3:3>>,
    <<Name:7/binary, Year:16, Bits:3>> = Bin,
    io:format("bit syntax: ~p ~p ~p (~p bits)~n", [Name, Year, Bits, bit_size(Bin)]),
    M = maps:from_list([{K, K * K} || K <- lists:seq(1, 5)]),
    io:format("a map: ~p~n", [M]),
    N = 1000,
    Laps = 10,
    io:format("a token went ~p times around a ring of ~p processes~n", [ring(N, Laps), N]),
    ok.

%% Spawn N processes in a ring and send a token around it Laps times;
%% returns the number of laps counted back at the start.
ring(N, Laps) ->
    Self = self(),
    First = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Next) end) end, Self, lists:seq(1, N)),
    First ! {token, Laps},
    lap(First, 1).

relay(Next) ->
    receive
        {token, _} = T -> Next ! T, relay(Next);
        stop -> Next ! stop
    end.

lap(First, Done) ->
    receive
        {token, Laps} when Done =:= Laps -> First ! stop, receive stop -> Done end;
        {token, Laps} -> First ! {token, Laps}, lap(First, Done + 1)
    end.
