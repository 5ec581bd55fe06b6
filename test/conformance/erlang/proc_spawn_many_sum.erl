-module(proc_spawn_many_sum).
-export([main/0]).
main() ->
    Self = self(),
    N = 200,
    Refs = [begin
                {Pid, Ref} = spawn_monitor(fun() -> exit({result, I * I}) end),
                {Pid, Ref}
            end || I <- lists:seq(1, N)],
    Sum = lists:foldl(fun({Pid, Ref}, Acc) ->
                          receive {'DOWN', Ref, process, Pid, {result, V}} -> Acc + V end
                      end, 0, Refs),
    io:format("~p~n", [Sum]),
    Self ! done,
    receive done -> Sum end.
