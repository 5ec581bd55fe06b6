-module(fmt_put_chars).
-export([main/0]).
main() ->
    io:put_chars("plain\n"),
    io:put_chars(<<"binary\n">>),
    io:put_chars(["io", $l, <<"ist">>, "\n"]),
    io:nl(),
    io:write({written, 1}),
    io:nl(),
    io:fwrite("fwrite ~p~n", [ok]),
    io:format(standard_io, "to standard_io~n", []),
    io:format(user, "to user~n", []),
    io:put_chars(standard_io, "explicit device\n"),
    ok.
