defmodule RegistryPartitions do
  def main do
    {:ok, _} = Registry.start_link(keys: :duplicate, name: RegistryPartitions.D, partitions: 4)
    {:ok, _} = Registry.start_link(keys: :unique, name: RegistryPartitions.U, partitions: 3)
    parent = self()

    procs = for i <- 1..8 do
      spawn(fn ->
        {:ok, _} = Registry.register(RegistryPartitions.D, :shared, i)
        {:ok, _} = Registry.register(RegistryPartitions.U, {:id, i}, i * 10)
        send(parent, {:ready, i})
        receive do :stop -> :ok end
      end)
    end
    for i <- 1..8, do: receive(do: ({:ready, ^i} -> :ok))

    IO.inspect(Registry.lookup(RegistryPartitions.D, :shared) |> Enum.map(&elem(&1, 1)) |> Enum.sort(), label: "dup lookup")
    IO.inspect(Registry.count(RegistryPartitions.D), label: "dup count")
    IO.inspect(Registry.count(RegistryPartitions.U), label: "unique count")
    IO.inspect(for(i <- 1..8, do: Registry.lookup(RegistryPartitions.U, {:id, i}) |> hd() |> elem(1)), label: "unique values")

    # dispatch with parallel: true over partitions
    Registry.dispatch(RegistryPartitions.D, :shared, fn entries ->
      send(parent, {:batch, length(entries)})
    end, parallel: true)
    sizes = collect_batches(0, [])
    IO.inspect(Enum.sum(sizes), label: "parallel dispatch total")

    # partitions and keys are visible through the meta
    IO.inspect(Registry.select(RegistryPartitions.U, [{{{:id, :"$1"}, :_, :_}, [], [:"$1"]}]) |> Enum.sort(), label: "select over partitions")

    # a dead process is removed from all partitions
    [victim | rest] = procs
    ref = Process.monitor(victim)
    send(victim, :stop)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    wait(fn -> Registry.count(RegistryPartitions.U) == 7 and Registry.count(RegistryPartitions.D) == 7 end)
    IO.inspect({Registry.count(RegistryPartitions.U), Registry.count(RegistryPartitions.D)}, label: "after death")
    IO.inspect(Registry.lookup(RegistryPartitions.U, {:id, 1}), label: "victim key")

    Enum.each(rest, &send(&1, :stop))
    wait(fn -> Registry.count(RegistryPartitions.U) == 0 end)
    IO.inspect(Registry.count(RegistryPartitions.U), label: "all gone")
  end

  defp collect_batches(total, acc) when total >= 8, do: acc
  defp collect_batches(total, acc) do
    receive do {:batch, n} -> collect_batches(total + n, [n | acc]) end
  end

  defp wait(f), do: if(f.(), do: :ok, else: (Process.sleep(1); wait(f)))
end
