defmodule RegistryProcessDeath do
  def main do
    {:ok, reg} = Registry.start_link(keys: :unique, name: RegistryProcessDeath.R)
    parent = self()

    p = spawn(fn ->
      {:ok, _} = Registry.register(RegistryProcessDeath.R, :worker, :meta)
      send(parent, :registered)
      receive do r -> exit(r) end
    end)
    receive do :registered -> :ok end
    IO.inspect(Registry.lookup(RegistryProcessDeath.R, :worker) == [{p, :meta}], label: "registered")
    IO.inspect(Registry.keys(RegistryProcessDeath.R, p), label: "keys of process")

    ref = Process.monitor(p)
    send(p, :shutdown)
    receive do {:DOWN, ^ref, _, _, r} -> IO.inspect(r, label: "down") end
    # lookup of a unique key filters dead owners straight away
    IO.inspect(Registry.lookup(RegistryProcessDeath.R, :worker), label: "lookup after death")
    wait(fn -> Registry.count(RegistryProcessDeath.R) == 0 end)
    IO.inspect(Registry.keys(RegistryProcessDeath.R, p), label: "keys of dead process")

    # the key can be taken again
    IO.inspect(Registry.register(RegistryProcessDeath.R, :worker, :new) |> elem(0), label: "re-register")
    IO.inspect(Registry.lookup(RegistryProcessDeath.R, :worker) == [{self(), :new}], label: "new owner")

    # listeners get register/unregister events
    {:ok, _} = Registry.start_link(keys: :duplicate, name: RegistryProcessDeath.L, listeners: [RegistryProcessDeath.Listener])
    Process.register(spawn(fn -> listener(parent) end), RegistryProcessDeath.Listener)
    q = spawn(fn ->
      {:ok, _} = Registry.register(RegistryProcessDeath.L, :k, 1)
      receive do :stop -> Registry.unregister(RegistryProcessDeath.L, :k) end
    end)
    receive do {:event, e} -> IO.inspect(e, label: "event") end
    send(q, :stop)
    receive do {:event, e} -> IO.inspect(e, label: "event") end

    # the registry is a supervisor of its partitions
    IO.inspect(Supervisor.count_children(reg).workers >= 1, label: "registry has partition children")
  end

  defp listener(parent) do
    receive do
      {:register, reg, key, _pid, value} -> send(parent, {:event, {:register, reg, key, value}})
      {:unregister, reg, key, _pid} -> send(parent, {:event, {:unregister, reg, key}})
    end
    listener(parent)
  end

  defp wait(f), do: if(f.(), do: :ok, else: (Process.sleep(1); wait(f)))
end
