defmodule EtsOwnership do
  def main do
    parent = self()

    # a table dies with its owner
    owner = spawn(fn ->
      :ets.new(EtsOwnership.Owned, [:named_table, :public])
      :ets.insert(EtsOwnership.Owned, {:k, :v})
      send(parent, :created)
      receive do :stop -> :ok end
    end)
    receive do :created -> :ok end
    IO.inspect(:ets.lookup(EtsOwnership.Owned, :k), label: "public read from other process")
    IO.inspect(:ets.info(EtsOwnership.Owned, :owner) == owner, label: "owner")
    ref = Process.monitor(owner)
    send(owner, :stop)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    IO.inspect(:ets.info(EtsOwnership.Owned), label: "after owner death")

    # protected tables reject writes from others, private ones reads too
    prot = :ets.new(:eo_prot, [:protected])
    priv = :ets.new(:eo_priv, [:private])
    :ets.insert(prot, {1, :p})
    :ets.insert(priv, {1, :q})
    spawn(fn ->
      r1 = try_op(fn -> :ets.lookup(prot, 1) end)
      r2 = try_op(fn -> :ets.insert(prot, {2, :x}) end)
      r3 = try_op(fn -> :ets.lookup(priv, 1) end)
      send(parent, {:access, r1, r2, r3})
    end)
    receive do {:access, r1, r2, r3} -> IO.inspect({r1, r2, r3}, label: "protected read/write, private read") end

    # heir receives the table
    heir_tab = :ets.new(:eo_heir, [:public])
    o2 = spawn(fn ->
      t = :ets.new(:eo_inherit, [{:heir, parent, :heir_data}])
      :ets.insert(t, {:x, 1})
      send(parent, {:tab, t})
      receive do :stop -> :ok end
    end)
    t = receive do {:tab, t} -> t end
    send(o2, :stop)
    receive do
      {:"ETS-TRANSFER", ^t, from, data} -> IO.inspect({from == o2, data}, label: "ETS-TRANSFER")
    end
    IO.inspect(:ets.info(t, :owner) == self(), label: "now owned by heir")
    IO.inspect(:ets.lookup(t, :x), label: "data kept")

    # give_away
    receiver = spawn(fn ->
      receive do
        {:"ETS-TRANSFER", tab, _from, gift} -> send(parent, {:got, gift, :ets.info(tab, :owner) == self()})
      end
    end)
    IO.inspect(:ets.give_away(t, receiver, :a_gift), label: "give_away")
    receive do {:got, gift, owned} -> IO.inspect({gift, owned}, label: "receiver") end

    # setopts heir
    IO.inspect(:ets.setopts(heir_tab, [{:heir, :none}]), label: "setopts")
    IO.inspect(:ets.info(heir_tab, :heir), label: "heir none")

    # all/0 contains our table
    IO.inspect(heir_tab in :ets.all(), label: "in all")
    IO.inspect(:ets.rename(:ets.new(:eo_old, [:named_table]), :eo_new), label: "rename")
    IO.inspect(:ets.info(:eo_new, :name), label: "renamed")
  end

  defp try_op(f) do
    try do
      f.()
      :ok
    rescue
      ArgumentError -> :badarg
    end
  end
end
