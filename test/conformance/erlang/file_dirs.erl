-module(file_dirs).
-export([main/0]).
-include_lib("kernel/include/file.hrl").

%% Directories, file info, links, renames, filelib and the error tuples.
main() ->
    Dir = "/tmp/popcorn_file_dirs_" ++ os:getpid(),
    ok = file:make_dir(Dir),
    try run(Dir) after ok = del_tree(Dir) end.

run(Dir) ->
    J = fun(Parts) -> filename:join([Dir | Parts]) end,
    show(make_dir_again, file:make_dir(Dir)),
    show(make_dir_nested, file:make_dir(J(["no", "such"]))),
    show(make_dir_sub, file:make_dir(J(["sub"]))),
    ok = file:write_file(J(["sub", "f1.txt"]), "12345"),
    ok = file:write_file(J(["sub", "f2.erl"]), "-module(f2)."),
    ok = file:write_file(J(["top.txt"]), ""),
    show(list_dir, sorted(file:list_dir(Dir))),
    show(list_dir_sub, sorted(file:list_dir(J(["sub"])))),
    show(list_dir_all, sorted(file:list_dir_all(J(["sub"])))),
    show(list_dir_missing, file:list_dir(J(["missing"]))),
    show(list_dir_file, file:list_dir(J(["top.txt"]))),
    %% file info
    info(regular, file:read_file_info(J(["sub", "f1.txt"]))),
    info(empty, file:read_file_info(J(["top.txt"]))),
    info(directory, file:read_file_info(J(["sub"]))),
    info(posix_time, file:read_file_info(J(["sub", "f1.txt"]), [{time, posix}])),
    info(missing, file:read_file_info(J(["missing"]))),
    info(under_file, file:read_file_info(J(["top.txt", "x"]))),
    info(dev_null, file:read_file_info("/dev/null")),
    {ok, #file_info{mtime = MTime}} = file:read_file_info(J(["top.txt"]), [{time, posix}]),
    show(mtime_recent, erlang:system_time(second) - MTime < 100),
    %% write_file_info / change_mode / change_time
    show(change_mode, file:change_mode(J(["top.txt"]), 8#600)),
    info(after_chmod, file:read_file_info(J(["top.txt"]))),
    show(change_time, file:change_time(J(["top.txt"]), {{2020, 1, 2}, {3, 4, 5}})),
    {ok, #file_info{mtime = MT2, atime = AT2}} = file:read_file_info(J(["top.txt"]), [{time, universal}]),
    {ok, #file_info{mtime = MT3}} = file:read_file_info(J(["top.txt"]), [{time, local}]),
    show(mtime_set, {MT2 =:= AT2, MT3}),
    show(write_file_info, file:write_file_info(J(["top.txt"]), #file_info{mode = 8#644, mtime = 1000000000}, [{time, posix}])),
    {ok, #file_info{mtime = MT4}} = file:read_file_info(J(["top.txt"]), [{time, posix}]),
    show(mtime_posix, MT4),
    show(write_file_info_missing, file:write_file_info(J(["missing"]), #file_info{mode = 8#644})),
    %% links
    show(symlink, file:make_symlink("sub/f1.txt", J(["link"]))),
    show(read_link, file:read_link(J(["link"]))),
    show(read_link_all, file:read_link_all(J(["link"]))),
    show(read_link_regular, file:read_link(J(["top.txt"]))),
    info(link_info, file:read_link_info(J(["link"]))),
    info(link_followed, file:read_file_info(J(["link"]))),
    show(read_via_link, file:read_file(J(["link"]))),
    show(symlink_exists, file:make_symlink("x", J(["link"]))),
    show(dangling, file:make_symlink("nowhere", J(["dangling"]))),
    info(dangling_info, file:read_link_info(J(["dangling"]))),
    info(dangling_follow, file:read_file_info(J(["dangling"]))),
    show(hard_link, file:make_link(J(["top.txt"]), J(["hard"]))),
    {ok, #file_info{links = Links}} = file:read_file_info(J(["top.txt"])),
    show(hard_links, Links),
    show(hard_link_missing, file:make_link(J(["missing"]), J(["hard2"]))),
    %% rename
    show(rename, file:rename(J(["hard"]), J(["renamed"]))),
    show(rename_missing, file:rename(J(["missing"]), J(["x"]))),
    show(rename_dir_over_nonempty, file:rename(J(["empty"]), J(["sub"]))),
    ok = file:make_dir(J(["empty"])),
    show(rename_dir_over_nonempty2, file:rename(J(["empty"]), J(["sub"]))),
    show(rename_file_over_dir, file:rename(J(["renamed"]), J(["empty"]))),
    show(rename_dir_over_file, file:rename(J(["empty"]), J(["renamed"]))),
    show(rename_into_missing, file:rename(J(["renamed"]), J(["no", "x"]))),
    %% delete and del_dir errors
    show(delete_dir, file:delete(J(["sub"]))),
    show(delete_missing, file:delete(J(["missing"]))),
    show(del_dir_nonempty, file:del_dir(J(["sub"]))),
    show(del_dir_file, file:del_dir(J(["top.txt"]))),
    show(del_dir_missing, file:del_dir(J(["missing"]))),
    show(del_dir_empty, file:del_dir(J(["empty"]))),
    %% open errors
    show(open_missing, file:open(J(["missing"]), [read])),
    show(open_dir, file:open(J(["sub"]), [read])),
    show(open_dir_write, file:open(J(["sub"]), [write])),
    show(open_under_file, file:open(J(["top.txt", "x"]), [write])),
    show(open_missing_dir, file:open(J(["no", "x"]), [write])),
    {ok, Bogus} = file:open(J(["top.txt"]), [bogus_mode]),
    show(open_unknown_mode, file:read(Bogus, 1)),
    ok = file:close(Bogus),
    show(open_badarg, file:open(J(["top.txt"]), {read})),
    show(read_file_dir, file:read_file(J(["sub"]))),
    show(read_file_missing, file:read_file(J(["missing"]))),
    show(read_file_badarg, file:read_file({not_a_name})),
    show(write_file_dir, file:write_file(J(["sub"]), "x")),
    show(write_file_missing_dir, file:write_file(J(["no", "x"]), "x")),
    show(write_file_badarg, file:write_file(J(["w"]), {bad})),
    show(eacces, eacces_cases(J)),
    %% cwd
    {ok, Cwd} = file:get_cwd(),
    show(set_cwd, file:set_cwd(J(["sub"]))),
    show(get_cwd_is_sub, file:get_cwd() =:= {ok, J(["sub"])}),
    show(relative_read, file:read_file("f1.txt")),
    show(del_dir_cwd, file:del_dir(J(["sub"]))),
    show(set_cwd_missing, file:set_cwd(J(["missing"]))),
    show(set_cwd_file, file:set_cwd(J(["top.txt"]))),
    show(set_cwd_back, file:set_cwd(Cwd)),
    show(get_cwd_drive, file:get_cwd("c:")),
    %% filelib
    show(is_dir, {filelib:is_dir(J(["sub"])), filelib:is_dir(J(["top.txt"])), filelib:is_dir(J(["missing"]))}),
    show(is_file, {filelib:is_file(J(["sub"])), filelib:is_file(J(["top.txt"])), filelib:is_file(J(["missing"]))}),
    show(is_regular, {filelib:is_regular(J(["sub"])), filelib:is_regular(J(["top.txt"]))}),
    show(file_size, {filelib:file_size(J(["sub", "f1.txt"])), filelib:file_size(J(["missing"]))}),
    show(last_modified_missing, filelib:last_modified(J(["missing"]))),
    show(ensure_dir, filelib:ensure_dir(J(["a", "b", "c", "file"]))),
    show(ensure_dir_made, filelib:is_dir(J(["a", "b", "c"]))),
    show(ensure_dir_again, filelib:ensure_dir(J(["a", "b", "c", "file"]))),
    show(ensure_dir_under_file, filelib:ensure_dir(J(["top.txt", "x", "y"]))),
    ok = file:write_file(J(["a", "b", "one.erl"]), ""),
    ok = file:write_file(J(["a", "b", "c", "two.erl"]), ""),
    ok = file:write_file(J(["a", "three.hrl"]), ""),
    show(wildcard_star, lists:sort(filelib:wildcard(J(["sub", "*"])))  =:= lists:sort([J(["sub", "f1.txt"]), J(["sub", "f2.erl"])])),
    show(wildcard_cwd, lists:sort(filelib:wildcard("**/*.erl", Dir))),
    show(wildcard_alt, lists:sort(filelib:wildcard("{sub,a}/*.{txt,hrl}", Dir))),
    show(wildcard_q, lists:sort(filelib:wildcard("sub/f?.*", Dir))),
    show(wildcard_class, lists:sort(filelib:wildcard("sub/f[0-1].*", Dir))),
    show(wildcard_none, filelib:wildcard("nothing*", Dir)),
    show(fold_files, lists:sort(filelib:fold_files(Dir, "\\.erl$", true, fun(F, A) -> [filename:basename(F) | A] end, []))),
    show(fold_files_flat, filelib:fold_files(J(["sub"]), ".*", false, fun(F, A) -> [filename:basename(F) | A] end, []) -- ["f1.txt", "f2.erl"]),
    show(ensure_path, filelib:ensure_path(J(["p", "q"]))),
    show(safe_relative, filelib:safe_relative_path("a/../b", Dir)),
    ok.

%% {error, eacces} for a normal user; root reads it anyway (both runs are the same user)
eacces_cases(J) ->
    ok = file:write_file(J(["locked"]), "x"),
    ok = file:change_mode(J(["locked"]), 8#000),
    R = {file:read_file(J(["locked"])), file:open(J(["locked"]), [write])},
    ok = file:change_mode(J(["locked"]), 8#600),
    case R of
        {{ok, _}, {ok, Fd}} -> ok = file:close(Fd), root;
        {E1, E2} -> {E1, E2}
    end.

info(Tag, {ok, #file_info{} = I}) ->
    #file_info{size = S, type = T, access = A, mode = M, links = L} = I,
    Size = case T of directory -> dir; _ -> S end,
    show(Tag, {ok, Size, T, A, M band 8#7777, M bsr 12, L});
info(Tag, Other) ->
    show(Tag, Other).

sorted({ok, L}) -> {ok, lists:sort(L)};
sorted(Other) -> Other.

show(Tag, Value) ->
    io:format("~p: ~p~n", [Tag, Value]).

del_tree(Path) ->
    case file:read_link_info(Path) of
        {ok, #file_info{type = directory}} ->
            {ok, Names} = file:list_dir(Path),
            [del_tree(filename:join(Path, N)) || N <- Names],
            file:del_dir(Path);
        {ok, _} ->
            file:delete(Path);
        {error, _} = E ->
            E
    end.
