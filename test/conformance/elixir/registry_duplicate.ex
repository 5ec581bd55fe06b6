defmodule RegistryDuplicate do
  def main do
    {:ok, _} = Registry.start_link(keys: :duplicate, name: RegistryDuplicate.PubSub)
    parent = self()
    subs = for i <- 1..3 do
      spawn(fn ->
        {:ok, _} = Registry.register(RegistryDuplicate.PubSub, "topic", {:sub, i})
        if i == 2, do: {:ok, _} = Registry.register(RegistryDuplicate.PubSub, "topic", {:sub, :twice})
        send(parent, {:ready, i})
        loop(parent, i)
      end)
    end
    for i <- 1..3, do: receive(do: ({:ready, ^i} -> :ok))

    IO.inspect(Registry.lookup(RegistryDuplicate.PubSub, "topic") |> Enum.map(&elem(&1, 1)) |> Enum.sort(), label: "values")
    IO.inspect(Registry.count(RegistryDuplicate.PubSub), label: "count")
    IO.inspect(Registry.count_match(RegistryDuplicate.PubSub, "topic", {:sub, :"$1"}, [{:is_integer, :"$1"}]), label: "count_match guard")

    # dispatch calls the fun with the entries of each partition
    Registry.dispatch(RegistryDuplicate.PubSub, "topic", fn entries ->
      for {pid, value} <- entries, do: send(pid, {:broadcast, value})
    end)
    got = for _ <- 1..4, do: receive(do: ({:got, i, v} -> {i, v}))
    IO.inspect(Enum.sort(got), label: "dispatched")

    # dispatch with an MFA
    Registry.dispatch(RegistryDuplicate.PubSub, "topic", {__MODULE__, :notify, [:mfa]})
    got = for _ <- 1..4, do: receive(do: ({:got, i, v} -> {i, v}))
    IO.inspect(Enum.sort(got) |> Enum.uniq() |> length(), label: "mfa dispatch distinct")

    # dispatch to a key with no entries does not call the fun
    Registry.dispatch(RegistryDuplicate.PubSub, "empty", fn _ -> send(parent, :called) end)
    r = receive do :called -> :called after 10 -> :not_called end
    IO.inspect(r, label: "empty dispatch")

    # match
    m = Registry.match(RegistryDuplicate.PubSub, "topic", {:sub, :_})
    IO.inspect(length(m), label: "match all subs")
    m = Registry.match(RegistryDuplicate.PubSub, "topic", {:sub, :twice})
    IO.inspect(Enum.map(m, &elem(&1, 1)), label: "match twice")
    m = Registry.match(RegistryDuplicate.PubSub, "topic", {:sub, :"$1"}, [{:is_integer, :"$1"}, {:>, :"$1", 1}])
    IO.inspect(Enum.map(m, &elem(&1, 1)) |> Enum.sort(), label: "match guard")

    # keys per process, and registering the same key twice in one process
    {:ok, _} = Registry.register(RegistryDuplicate.PubSub, "mine", 1)
    {:ok, _} = Registry.register(RegistryDuplicate.PubSub, "mine", 2)
    IO.inspect(Registry.keys(RegistryDuplicate.PubSub, self()), label: "self keys")
    IO.inspect(Registry.values(RegistryDuplicate.PubSub, "mine", self()) |> Enum.sort(), label: "self values")
    IO.inspect(Registry.unregister(RegistryDuplicate.PubSub, "mine"), label: "unregister both")
    IO.inspect(Registry.keys(RegistryDuplicate.PubSub, self()), label: "self keys after")

    Enum.each(subs, &send(&1, :stop))
  end

  def notify(entries, tag), do: for({pid, value} <- entries, do: send(pid, {:broadcast, {tag, value}}))

  defp loop(parent, i) do
    receive do
      {:broadcast, v} -> send(parent, {:got, i, v}); loop(parent, i)
      :stop -> :ok
    end
  end
end
