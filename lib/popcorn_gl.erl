%% The group leader behind standard_io and standard_error: it serves the
%% Erlang I/O protocol and hands finished bytes to the host through the
%% native popcorn_io:write/2. Like `erl -noshell`, the device encoding
%% starts as latin1: characters above 255 are written as \x{HEX}.
-module(popcorn_gl).
-export([start/1, init/1]).

start(Fd) ->
    spawn(?MODULE, init, [Fd]).

init(Fd) ->
    loop(Fd, latin1).

loop(Fd, Enc) ->
    receive
        {io_request, From, ReplyAs, Request} ->
            {Reply, Enc1} = request(Request, Fd, Enc),
            From ! {io_reply, ReplyAs, Reply},
            loop(Fd, Enc1);
        _Other ->
            loop(Fd, Enc)
    end.

request({put_chars, InEnc, Chars}, Fd, Enc) ->
    {put_chars(Fd, InEnc, Chars, Enc), Enc};
request({put_chars, InEnc, M, F, A}, Fd, Enc) ->
    try apply(M, F, A) of
        Chars -> {put_chars(Fd, InEnc, Chars, Enc), Enc}
    catch
        _:_ -> {{error, {F, A}}, Enc}
    end;
request({put_chars, Chars}, Fd, Enc) ->
    request({put_chars, latin1, Chars}, Fd, Enc);
request({put_chars, M, F, A}, Fd, Enc) ->
    request({put_chars, latin1, M, F, A}, Fd, Enc);
request({requests, Reqs}, Fd, Enc) ->
    requests(Reqs, Fd, Enc, ok);
request({setopts, Opts}, _Fd, Enc) ->
    case proplists:get_value(encoding, Opts, Enc) of
        E when E =:= latin1; E =:= unicode; E =:= utf8 -> {ok, norm(E)};
        _ -> {{error, enotsup}, Enc}
    end;
request(getopts, _Fd, Enc) ->
    {[{binary, false}, {encoding, Enc}], Enc};
request({get_geometry, _}, _Fd, Enc) ->
    {{error, enotsup}, Enc};
request({get_chars, _, _, _}, _Fd, Enc) -> {eof, Enc};
request({get_chars, _, _, _, _, _}, _Fd, Enc) -> {eof, Enc};
request({get_line, _, _}, _Fd, Enc) -> {eof, Enc};
request({get_line, _}, _Fd, Enc) -> {eof, Enc};
request({get_until, _, _, _, _, _}, _Fd, Enc) -> {eof, Enc};
request({get_until, _, _, _, _}, _Fd, Enc) -> {eof, Enc};
request(_, _Fd, Enc) ->
    {{error, request}, Enc}.

requests([], _Fd, Enc, Last) ->
    {Last, Enc};
requests([R | Rs], Fd, Enc, _) ->
    case request(R, Fd, Enc) of
        {{error, _}, _} = Err -> Err;
        {Reply, Enc1} -> requests(Rs, Fd, Enc1, Reply)
    end.

norm(utf8) -> unicode;
norm(E) -> E.

put_chars(Fd, InEnc, Chars, DevEnc) ->
    case unicode:characters_to_list(Chars, norm(InEnc)) of
        L when is_list(L) ->
            popcorn_io:write(Fd, encode(L, DevEnc)),
            ok;
        _ ->
            {error, put_chars}
    end.

encode(L, unicode) ->
    unicode:characters_to_binary(L);
encode(L, latin1) ->
    list_to_binary(latin1(L)).

latin1([C | Cs]) when C < 256 -> [C | latin1(Cs)];
latin1([C | Cs]) -> ["\\x{", integer_to_list(C, 16), "}" | latin1(Cs)];
latin1([]) -> [].
