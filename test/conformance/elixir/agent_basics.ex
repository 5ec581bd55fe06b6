defmodule AgentBasics do
  def main do
    {:ok, a} = Agent.start_link(fn -> %{} end)
    IO.inspect(Agent.get(a, & &1), label: "initial")
    IO.inspect(Agent.update(a, &Map.put(&1, :x, 1)), label: "update")
    IO.inspect(Agent.get(a, &Map.get(&1, :x)), label: "get x")
    IO.inspect(Agent.get_and_update(a, fn s -> {Map.keys(s), Map.put(s, :y, 2)} end), label: "get_and_update")
    IO.inspect(Agent.cast(a, &Map.put(&1, :z, 3)), label: "cast")
    IO.inspect(Agent.get(a, &Enum.sort(&1)), label: "after cast")

    # named agents and MFA forms
    {:ok, _} = Agent.start_link(fn -> [] end, name: AgentBasics.Stack)
    Agent.update(AgentBasics.Stack, &[1 | &1])
    Agent.update(AgentBasics.Stack, List, :insert_at, [0, 2])
    IO.inspect(Agent.get(AgentBasics.Stack, Enum, :reverse, []), label: "mfa get")
    IO.inspect(Agent.get_and_update(AgentBasics.Stack, __MODULE__, :pop, []), label: "mfa get_and_update")
    IO.inspect(Agent.get(AgentBasics.Stack, & &1), label: "after pop")

    # start with MFA init
    {:ok, b} = Agent.start(__MODULE__, :init_state, [5])
    IO.inspect(Agent.get(b, & &1), label: "mfa init")
    IO.inspect(Agent.stop(b), label: "stop")
    IO.inspect(Process.alive?(b), label: "alive after stop")

    # stop with a reason while trapping exits
    Process.flag(:trap_exit, true)
    {:ok, c} = Agent.start_link(fn -> 0 end)
    IO.inspect(Agent.stop(c, :shutdown), label: "stop shutdown")
    receive do {:EXIT, ^c, r} -> IO.inspect(r, label: "linked EXIT") end

    # agents are sequential: updates apply in order
    {:ok, d} = Agent.start_link(fn -> [] end)
    for i <- 1..20, do: Agent.cast(d, &[i | &1])
    IO.inspect(Agent.get(d, &Enum.reverse/1) == Enum.to_list(1..20), label: "ordered casts")

    # calling a dead agent exits
    Agent.stop(d)
    r = try do
      Agent.get(d, & &1)
    catch
      :exit, {:noproc, {GenServer, :call, _}} -> :noproc
    end
    IO.inspect(r, label: "dead agent")

    # get with timeout
    {:ok, e} = Agent.start_link(fn -> :slow end)
    r = try do
      Agent.get(e, fn s -> Process.sleep(200); s end, 10)
    catch
      :exit, {:timeout, {GenServer, :call, _}} -> :timeout
    end
    IO.inspect(r, label: "get timeout")

    # init failure
    IO.inspect(Agent.start(fn -> exit(:shutdown) end), label: "init exit")

    # child_spec
    spec = Agent.child_spec(fn -> 1 end)
    IO.inspect(Map.take(spec, [:id, :restart, :shutdown, :type]), label: "child_spec")
  end

  def pop([h | t]), do: {h, t}
  def init_state(n), do: n * 2
end
