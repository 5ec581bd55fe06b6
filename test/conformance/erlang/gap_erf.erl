-module(gap_erf).
-export([main/0]).
%% math:erf/1 and math:erfc/1 must equal glibc's bit for bit: every interval
%% of the fdlibm method, both signs, tiny and huge arguments, integers.
main() ->
    Steps = [-7.0 + I * 0.0371 || I <- lists:seq(0, 380)],
    Near = [B + D || B <- [0.84375, 1.25, 2.857142857142857, 6.0, 28.0], D <- [-1.0e-15, 0.0, 1.0e-15]],
    Tiny = [1.0e-300, -1.0e-300, 3.0e-9, -3.0e-9, 1.0e-20, 2.2250738585072014e-308, 5.0e-324],
    Big = [26.5, 27.0, 27.2, 27.3, 30.0, 100.0, 1.0e10, -30.0, -1.0e300],
    Ints = [0, 1, -1, 2, 3, -5, 40],
    Xs = Steps ++ Near ++ Tiny ++ Big ++ Ints ++ [0.0, -0.0],
    [io:format("~w ~w ~w~n", [X, math:erf(X), math:erfc(X)]) || X <- Xs],
    io:format("~w~n", [[try math:erf(A) catch error:E -> E end || A <- [a, "1", 1 bsl 2000]]]),
    ok.
