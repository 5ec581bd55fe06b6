-module(file_basic).
-export([main/0]).
-include_lib("kernel/include/file.hrl").

%% file: whole-file and handle operations on a fresh directory under /tmp.
main() ->
    Dir = "/tmp/popcorn_file_basic_" ++ os:getpid(),
    ok = file:make_dir(Dir),
    try run(Dir) after cleanup(Dir) end.

run(Dir) ->
    F = filename:join(Dir, "a.txt"),
    show(write_file, file:write_file(F, <<"hello\nworld\r\nlast">>)),
    show(read_file, file:read_file(F)),
    show(read_file_list_name, file:read_file(binary_to_list(list_to_binary(F)))),
    show(read_file_bin_name, file:read_file(list_to_binary(F))),
    show(write_iolist, file:write_file(F, ["ab", [$c, <<"de">>], 10])),
    show(read_back, file:read_file(F)),
    show(append, file:write_file(F, <<"more">>, [append])),
    show(read_back2, file:read_file(F)),
    %% handles
    {ok, H} = file:open(F, [read, binary]),
    show(read3, file:read(H, 3)),
    show(pos_cur, file:position(H, cur)),
    show(read_rest, file:read(H, 100)),
    show(read_eof, file:read(H, 1)),
    show(pos_bof, file:position(H, bof)),
    show(read_line, file:read_line(H)),
    show(read_line2, file:read_line(H)),
    show(read_line3, file:read_line(H)),
    show(pos_2, file:position(H, 2)),
    show(pread, file:pread(H, 1, 3)),
    show(pread_eof, file:pread(H, 100, 3)),
    show(pread_list, file:pread(H, [{0, 2}, {4, 10}, {50, 1}])),
    show(read_after_pread, file:read(H, 2)),
    show(pos_eof, file:position(H, {eof, -2})),
    show(read_tail, file:read(H, 10)),
    show(pos_neg, file:position(H, {bof, -1})),
    show(write_ro, file:write(H, <<"x">>)),
    show(close, file:close(H)),
    show(close_again, file:close(H)),
    %% list mode, lines
    L = filename:join(Dir, "lines.txt"),
    ok = file:write_file(L, "one\ntwo\r\nthree\n\nfive"),
    {ok, H2} = file:open(L, [read]),
    show(lines, read_lines(H2, [])),
    ok = file:close(H2),
    {ok, H3} = file:open(L, [read, binary, read_ahead]),
    show(lines_ra, read_lines(H3, [])),
    ok = file:close(H3),
    %% read + write, truncate, position
    W = filename:join(Dir, "rw.bin"),
    {ok, H4} = file:open(W, [read, write, binary]),
    show(rw_write, file:write(H4, <<"0123456789">>)),
    show(rw_pos, file:position(H4, 4)),
    show(rw_write2, file:write(H4, "ab")),
    show(rw_pos_cur, file:position(H4, {cur, 0})),
    show(rw_read, file:read(H4, 2)),
    show(rw_truncate_at, file:position(H4, 8)),
    show(rw_truncate, file:truncate(H4)),
    show(rw_pwrite, file:pwrite(H4, 10, <<"Z">>)),
    show(rw_pwrite_list, file:pwrite(H4, [{0, "A"}, {1, <<"B">>}])),
    show(rw_sync, file:sync(H4)),
    show(rw_datasync, file:datasync(H4)),
    show(rw_advise, file:advise(H4, 0, 0, sequential)),
    show(rw_advise_bad, file:advise(H4, 0, 0, bogus)),
    ok = file:close(H4),
    show(rw_result, file:read_file(W)),
    %% write mode truncates, append mode appends
    {ok, H5} = file:open(W, [write]),
    ok = file:write(H5, "new"),
    ok = file:close(H5),
    show(after_write_mode, file:read_file(W)),
    {ok, H6} = file:open(W, [append]),
    ok = file:write(H6, "+1"),
    ok = file:write(H6, "+2"),
    ok = file:close(H6),
    show(after_append_mode, file:read_file(W)),
    {ok, H7} = file:open(W, [read, append, binary]),
    show(ra_read, file:read(H7, 2)),
    ok = file:write(H7, "!"),
    show(ra_pos, file:position(H7, cur)),
    ok = file:close(H7),
    show(after_read_append, file:read_file(W)),
    %% exclusive
    show(excl_exists, file:open(W, [write, exclusive])),
    X = filename:join(Dir, "x.new"),
    {ok, H8} = file:open(X, [write, exclusive]),
    ok = file:close(H8),
    show(excl_new, file:read_file(X)),
    %% raw files
    {ok, R} = file:open(W, [read, raw, binary]),
    show(raw_read, file:read(R, 100)),
    show(raw_line, file:position(R, bof)),
    show(raw_read_line, file:read_line(R)),
    ok = file:close(R),
    %% copy, consult, script
    show(copy, file:copy(W, filename:join(Dir, "copy.bin"))),
    show(copy_read, file:read_file(filename:join(Dir, "copy.bin"))),
    T = filename:join(Dir, "terms.config"),
    ok = file:write_file(T, "{a, 1}.\n[x, \"str\", 2.5].\n%% comment\n#{k => v}.\n"),
    show(consult, file:consult(T)),
    ok = file:write_file(T, "{a, 1}.\n{b,\n"),
    show(consult_bad, file:consult(T)),
    show(consult_missing, file:consult(filename:join(Dir, "nope"))),
    S = filename:join(Dir, "s.script"),
    ok = file:write_file(S, "X = 6, X * 7.\n"),
    show(script, file:script(S)),
    show(path_consult, element(1, file:path_consult([Dir], "terms.config"))),
    %% write_file with options and io:format to a file
    P = filename:join(Dir, "printed.txt"),
    {ok, H9} = file:open(P, [write]),
    io:format(H9, "~p ~s~n", [{x, 1}, "text"]),
    io:put_chars(H9, "plain\n"),
    ok = file:close(H9),
    show(printed, file:read_file(P)),
    {ok, H10} = file:open(P, [read]),
    show(io_get_line, io:get_line(H10, '')),
    show(io_read, io:read(H10, '')),
    ok = file:close(H10),
    ok.

read_lines(H, Acc) ->
    case file:read_line(H) of
        {ok, Line} -> read_lines(H, [Line | Acc]);
        eof -> lists:reverse(Acc);
        Other -> {error, Other}
    end.

show(Tag, Value) ->
    io:format("~p: ~p~n", [Tag, Value]).

cleanup(Dir) ->
    {ok, Names} = file:list_dir(Dir),
    [ok = file:delete(filename:join(Dir, N)) || N <- Names],
    ok = file:del_dir(Dir).
