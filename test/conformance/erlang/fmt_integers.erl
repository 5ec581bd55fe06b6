-module(fmt_integers).
-export([main/0]).
main() ->
    io:format("~b ~.2b ~.16b ~.36b~n", [255, 5, 255, 1295]),
    io:format("~B ~.16B ~.8B~n", [-255, -255, 64]),
    io:format("~x ~.16x ~.16X~n", [255, "p", 255, "0x", -255, "0x"]),
    io:format("~#~n", [255]),
    io:format("~.16# ~.2#~n", [255, 5]),
    io:format("~8b|~-8b|~08b|~n", [42, 42, 42]),
    io:format("~.10+ ~.16+~n", [10, 255]),
    io:format("~p ~w~n", [1 bsl 70, -(1 bsl 70)]),
    io:format("~10.16B|~n", [3054]),
    ok.
