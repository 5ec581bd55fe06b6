defmodule PartitionSupervisorBasics do
  defmodule Echo do
    use GenServer
    def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
    def init(arg), do: {:ok, arg}
    def handle_call(:state, _f, s), do: {:reply, s, s}
  end

  def main do
    {:ok, sup} = PartitionSupervisor.start_link(
      child_spec: Echo.child_spec(:base),
      name: PartitionSupervisorBasics.Parts,
      partitions: 4
    )
    IO.inspect(is_pid(sup), label: "started")
    IO.inspect(PartitionSupervisor.partitions(PartitionSupervisorBasics.Parts), label: "partitions")
    IO.inspect(PartitionSupervisor.count_children(PartitionSupervisorBasics.Parts), label: "count")
    kids = PartitionSupervisor.which_children(PartitionSupervisorBasics.Parts)
    IO.inspect(Enum.map(kids, fn {id, p, t, m} -> {id, is_pid(p), t, m} end) |> Enum.sort(), label: "children")

    # the default start args get the partition appended? no: with_arguments changes them
    states = for k <- 0..3, do: GenServer.call({:via, PartitionSupervisor, {PartitionSupervisorBasics.Parts, k}}, :state)
    IO.inspect(states, label: "states")

    # routing: integers go to rem(key, partitions), other terms by phash2
    pids = for k <- 0..7, do: GenServer.whereis({:via, PartitionSupervisor, {PartitionSupervisorBasics.Parts, k}})
    IO.inspect(Enum.map(0..3, fn i -> Enum.at(pids, i) == Enum.at(pids, i + 4) end), label: "integer keys wrap")
    IO.inspect(length(Enum.uniq(pids)), label: "distinct")
    p = GenServer.whereis({:via, PartitionSupervisor, {PartitionSupervisorBasics.Parts, :some_atom}})
    idx = :erlang.phash2(:some_atom, 4)
    IO.inspect(p == Enum.at(pids, idx), label: "atom key uses phash2")

    # with_arguments
    {:ok, _} = PartitionSupervisor.start_link(
      child_spec: Echo.child_spec(:x),
      name: PartitionSupervisorBasics.Args,
      partitions: 3,
      with_arguments: fn [arg], partition -> [{arg, partition}] end
    )
    states = for k <- 0..2, do: GenServer.call({:via, PartitionSupervisor, {PartitionSupervisorBasics.Args, k}}, :state)
    IO.inspect(states, label: "with_arguments")

    # partitions of DynamicSupervisors
    {:ok, _} = PartitionSupervisor.start_link(child_spec: DynamicSupervisor, name: PartitionSupervisorBasics.Dyn, partitions: 2)
    for k <- 1..5 do
      {:ok, _} = DynamicSupervisor.start_child({:via, PartitionSupervisor, {PartitionSupervisorBasics.Dyn, k}}, {Echo, k})
    end
    counts = for k <- 0..1, do: DynamicSupervisor.count_children({:via, PartitionSupervisor, {PartitionSupervisorBasics.Dyn, k}}).active
    IO.inspect(counts, label: "dynamic partition counts")

    # a killed partition is restarted
    old = GenServer.whereis({:via, PartitionSupervisor, {PartitionSupervisorBasics.Parts, 1}})
    ref = Process.monitor(old)
    Process.exit(old, :kill)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    _ = PartitionSupervisor.count_children(PartitionSupervisorBasics.Parts)
    new = GenServer.whereis({:via, PartitionSupervisor, {PartitionSupervisorBasics.Parts, 1}})
    IO.inspect(is_pid(new) and new != old, label: "partition restarted")
    IO.inspect(PartitionSupervisor.stop(PartitionSupervisorBasics.Parts), label: "stop")
  end
end
