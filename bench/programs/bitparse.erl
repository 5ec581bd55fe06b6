%% Builds a binary of variable records with bit syntax, then parses it back:
%% measures binary construction, sub-binary matching, odd-sized integer
%% fields and length-prefixed fields.
%%
%% Record layout (bits):
%%   Kind:3  Flags:5  Id:24  Temp:13/signed  Level:7  Mask:11  Pad:5
%%   NameLen:8  Name:NameLen/binary
%%   Count:4  Count x Sample:12
%%   DataLen:16  Data:DataLen/binary
-module(bitparse).
-export([run/0]).

-define(RECORDS, 20000).

run() ->
    Bin = build(?RECORDS),
    parse(Bin, 0).

build(N) -> build(1, N, 12345, <<>>).

build(I, N, _Seed, Acc) when I > N -> Acc;
build(I, N, Seed0, Acc) ->
    S1 = next(Seed0), S2 = next(S1), S3 = next(S2),
    Kind = S1 band 7,
    Flags = (S1 bsr 3) band 31,
    Temp = (S2 band 8191) - 4096,
    Level = (S2 bsr 13) band 127,
    Mask = S3 band 2047,
    NameLen = 1 + (S3 bsr 11) rem 24,
    Name = name(NameLen, S3),
    Count = S1 band 15,
    Samples = << <<((S2 + K * 977) band 4095):12>> || K <- lists:seq(1, Count) >>,
    DataLen = (S2 bsr 5) rem 64,
    Data = binary:copy(<<(I band 255)>>, DataLen),
    Rec = <<Kind:3, Flags:5, I:24, Temp:13/signed, Level:7, Mask:11, 0:5,
            NameLen:8, Name/binary, Count:4, Samples/bitstring,
            DataLen:16, Data/binary>>,
    build(I + 1, N, S3, <<Acc/bitstring, Rec/bitstring>>).

name(Len, Seed) -> << <<($a + (Seed + K) rem 26)>> || K <- lists:seq(1, Len) >>.

%% minstd LCG: stays within small integers on every VM.
next(S) -> (S * 16807) rem 2147483647.

parse(<<>>, Acc) -> Acc;
parse(<<Kind:3, Flags:5, Id:24, Temp:13/signed, Level:7, Mask:11, _:5,
        NameLen:8, Name:NameLen/binary, Count:4, Rest0/bitstring>>, Acc) ->
    {SampleSum, Rest1} = samples(Count, Rest0, 0),
    <<DataLen:16, Data:DataLen/binary, Rest/bitstring>> = Rest1,
    H = Kind * 31 + Flags + Id + Temp + Level * 3 + Mask + NameLen
        + name_sum(Name, 0) + SampleSum + byte_sum(Data, 0),
    parse(Rest, (Acc * 33 + H) band 16#FFFFFFF).

samples(0, Rest, Sum) -> {Sum, Rest};
samples(N, <<S:12, Rest/bitstring>>, Sum) -> samples(N - 1, Rest, Sum + S).

name_sum(<<C, Rest/binary>>, Acc) -> name_sum(Rest, Acc + C);
name_sum(<<>>, Acc) -> Acc.

byte_sum(<<B:8, Rest/binary>>, Acc) -> byte_sum(Rest, Acc + B);
byte_sum(<<>>, Acc) -> Acc.
