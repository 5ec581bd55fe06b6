import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compile, run, erlRun } from './harness.js';

const SRC = {
  p1: `
-module(p1).
-export([echo/0, after0/0, after_wait/0, selective/0, links/0, monitors/0, kill/0, preempt/0, loop/0,
         dict/0, timers/0, reg/0, crash/0, crasher/0]).
echo() ->
  Self = self(),
  P = spawn(fun() -> receive {From, X} -> From ! {self(), X * 2} end end),
  P ! {Self, 21},
  receive {P, R} -> R end.
after0() -> receive x -> got after 0 -> timeout end.
after_wait() -> T0 = erlang:monotonic_time(millisecond),
  receive x -> got after 30 -> ok end,
  erlang:monotonic_time(millisecond) - T0 >= 29.
selective() ->
  self() ! a, self() ! b, self() ! c,
  B = receive b -> b end, C = receive c -> c end, A = receive M -> M end,
  {B, C, A}.
links() ->
  process_flag(trap_exit, true),
  P = spawn_link(fun() -> exit(boom) end),
  receive {'EXIT', P, R} -> R end.
monitors() ->
  {P, Ref} = spawn_monitor(fun() -> ok end),
  receive {'DOWN', Ref, process, P, R} -> R end.
kill() ->
  process_flag(trap_exit, true),
  P = spawn_link(fun() -> receive never -> ok end end),
  exit(P, kill),
  receive {'EXIT', P, R} -> {R, is_process_alive(P)} end.
loop() -> loop().
preempt() ->
  spawn(?MODULE, loop, []),
  Self = self(),
  spawn(fun() -> Self ! done end),
  receive done -> ok after 2000 -> starved end.
dict() -> put(a, 1), put({k, 2}, v), Old = put(a, 2), {Old, get(a), get({k, 2}), get(zz), lists:sort(get_keys())}.
timers() ->
  erlang:send_after(10, self(), tick),
  R = erlang:start_timer(10000, self(), never),
  Left = erlang:cancel_timer(R),
  receive tick -> {is_integer(Left), erlang:cancel_timer(R)} end.
reg() -> register(me, self()), me ! hi, W = whereis(me), receive hi -> W =:= self() end.
crasher() -> 1 / list_to_integer("0").
crash() ->
  process_flag(trap_exit, true),
  P = spawn_link(fun() -> X = length([]), 1 div X end),
  receive {'EXIT', P, {R, _}} -> R end.
`,
};

const dir = compile(SRC);

for (const f of ['echo', 'after0', 'after_wait', 'selective', 'links', 'monitors', 'kill', 'dict', 'reg', 'timers']) {
  test(`processes: ${f} matches erl`, async () => {
    assert.equal((await run(dir, 'p1', f)).value, erlRun(dir, 'p1', f));
  });
}

test('an infinite loop does not starve other processes', async () => {
  const r = await run(dir, 'p1', 'preempt');
  assert.equal(r.value, '{ok,ok}');
  r.vm.halt(0); // stop the looping process
});

test('a crashing process prints an error report and the VM goes on', async () => {
  const r = await run(dir, 'p1', 'crash');
  assert.equal(r.value, '{ok,badarith}');
  assert.match(r.host.err, /^=ERROR REPORT==== \d+-\w+-\d+::\d\d:\d\d:\d\d\.\d{6} ===\nError in process <0\.\d+\.0> with exit value:\n\{badarith,\[\{erlang,'div',\[1,0\]/);
});
