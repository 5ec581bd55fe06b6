-module(file_names).
-export([main/0]).

%% filename: pure path manipulation, plus the calls that consult the cwd.
main() ->
    Cases = [
        {join2, fun() -> filename:join("a", "b") end},
        {join_abs, fun() -> filename:join("a", "/b") end},
        {join_list, fun() -> filename:join(["/usr", "local/", "bin//", "erl"]) end},
        {join_bin, fun() -> filename:join(<<"a">>, "b") end},
        {join_dots, fun() -> filename:join(["a", ".", "..", "b"]) end},
        {basename, fun() -> filename:basename("/a/b/c.erl") end},
        {basename_ext, fun() -> filename:basename("/a/b/c.erl", ".erl") end},
        {basename_other_ext, fun() -> filename:basename("/a/b/c.erl", ".beam") end},
        {basename_slash, fun() -> filename:basename("/a/b/") end},
        {basename_bin, fun() -> filename:basename(<<"/x/y.txt">>) end},
        {dirname, fun() -> filename:dirname("/a/b/c.erl") end},
        {dirname_rel, fun() -> filename:dirname("c.erl") end},
        {dirname_root, fun() -> filename:dirname("/") end},
        {dirname_bin, fun() -> filename:dirname(<<"a/b">>) end},
        {extension, fun() -> filename:extension("foo/bar.tar.gz") end},
        {extension_none, fun() -> filename:extension("foo/bar") end},
        {extension_dot_dir, fun() -> filename:extension("foo.d/bar") end},
        {rootname, fun() -> filename:rootname("foo/bar.erl") end},
        {rootname_ext, fun() -> filename:rootname("foo/bar.erl", ".erl") end},
        {rootname_other, fun() -> filename:rootname("foo/bar.erl", ".beam") end},
        {split, fun() -> filename:split("/usr/local/bin") end},
        {split_rel, fun() -> filename:split("a//b/") end},
        {split_bin, fun() -> filename:split(<<"/a/b">>) end},
        {pathtype, fun() -> [filename:pathtype(P) || P <- ["/a", "a", "../a", <<"/b">>]] end},
        {absname_abs, fun() -> filename:absname("/x/../y") end},
        {absname_dir, fun() -> filename:absname("b/c", "/a") end},
        {absname_rel, fun() -> {ok, Cwd} = file:get_cwd(), filename:absname("q") =:= filename:join(Cwd, "q") end},
        {absname_join, fun() -> filename:absname_join("/a", "b") end},
        {flatten, fun() -> filename:flatten([$a, "b", [<<"c">>], d]) end},
        {nativename, fun() -> filename:nativename("/a//b/") end},
        {basedir, fun() -> is_list(filename:basedir(user_cache, "popcorn")) end},
        {validate, fun() -> {filename:validate("ok/name"), filename:validate(<<"x">>), filename:validate([0])} end}
    ],
    [show(T, catch F()) || {T, F} <- Cases],
    ok.

show(Tag, Value) ->
    io:format("~p: ~p~n", [Tag, Value]).
