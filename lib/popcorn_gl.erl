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
    %% binary / list choose what get requests return (kept in the dictionary)
    Bin = proplists:get_value(binary, Opts, not proplists:get_bool(list, Opts) andalso get(binary) =:= true),
    case proplists:get_value(encoding, Opts, Enc) of
        E when (E =:= latin1 orelse E =:= unicode orelse E =:= utf8) andalso is_boolean(Bin) ->
            put(binary, Bin),
            {ok, norm(E)};
        _ -> {{error, enotsup}, Enc}
    end;
request(getopts, _Fd, Enc) ->
    {[{binary, get(binary) =:= true}, {encoding, Enc}], Enc};
request({get_geometry, _}, _Fd, Enc) ->
    {{error, enotsup}, Enc};
%% Input is always at end of file; like erl's `user`, a read still writes its prompt first.
request({get_chars, _InEnc, Prompt, _N}, Fd, Enc) -> {prompt(Fd, Prompt, Enc), Enc};
request({get_chars, Prompt, _N}, Fd, Enc) -> {prompt(Fd, Prompt, Enc), Enc};
request({get_chars, _InEnc, Prompt, _M, _F, _Xa}, Fd, Enc) -> {prompt(Fd, Prompt, Enc), Enc};
request({get_line, _InEnc, Prompt}, Fd, Enc) -> {prompt(Fd, Prompt, Enc), Enc};
request({get_line, Prompt}, Fd, Enc) -> {prompt(Fd, Prompt, Enc), Enc};
request({get_until, _InEnc, Prompt, _M, _F, _As}, Fd, Enc) -> {prompt(Fd, Prompt, Enc), Enc};
request({get_until, Prompt, _M, _F, _As}, Fd, Enc) -> {prompt(Fd, Prompt, Enc), Enc};
request(_, _Fd, Enc) ->
    {{error, request}, Enc}.

requests([], _Fd, Enc, Last) ->
    {Last, Enc};
requests([R | Rs], Fd, Enc, _) ->
    case request(R, Fd, Enc) of
        {{error, _}, _} = Err -> Err;
        {Reply, Enc1} -> requests(Rs, Fd, Enc1, Reply)
    end.

prompt(Fd, Prompt, Enc) ->
    _ = try io_lib:format_prompt(Prompt, Enc) of
            Chars -> put_chars(Fd, unicode, Chars, Enc)
        catch
            _:_ -> ok
        end,
    eof.

norm(utf8) -> unicode;
norm(E) -> E.

%% Bad chardata is the caller's error (io raises badarg), not the device's:
%% the device must survive it.
put_chars(Fd, InEnc, Chars, DevEnc) ->
    try unicode:characters_to_list(Chars, norm(InEnc)) of
        L when is_list(L) ->
            popcorn_io:write(Fd, encode(L, DevEnc)),
            ok;
        _ ->
            {error, put_chars}
    catch
        error:_ -> {error, put_chars}
    end.

encode(L, unicode) ->
    unicode:characters_to_binary(L);
encode(L, latin1) ->
    list_to_binary(latin1(L)).

latin1([C | Cs]) when C < 256 -> [C | latin1(Cs)];
latin1([C | Cs]) -> ["\\x{", integer_to_list(C, 16), "}" | latin1(Cs)];
latin1([]) -> [].
