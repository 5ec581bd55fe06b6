defmodule ProcInfo do
  def main do
    parent = self()
    pid = spawn(fn ->
      Process.flag(:trap_exit, true)
      Process.put(:k, :v)
      send(parent, :ready)
      receive do :stop -> :ok end
    end)
    receive do :ready -> :ok end
    send(pid, :not_yet)
    send(pid, :noise)
    # the mailbox is observable: wait until both messages are in
    wait_len(pid, 2)
    IO.inspect(Process.info(pid, :message_queue_len), label: "queue len")
    IO.inspect(Process.info(pid, :messages), label: "messages")
    IO.inspect(Process.info(pid, :trap_exit), label: "trap_exit")
    IO.inspect(Process.info(pid, :dictionary), label: "dictionary")
    IO.inspect(Process.info(pid, :status), label: "status")
    IO.inspect(Process.info(pid, :registered_name), label: "registered_name")
    IO.inspect(Process.info(pid, [:message_queue_len, :trap_exit]), label: "list")
    {:links, links} = Process.info(pid, :links)
    IO.inspect(links, label: "links")
    {:group_leader, gl} = Process.info(pid, :group_leader)
    IO.inspect(gl == Process.group_leader(), label: "same group leader")
    {:heap_size, h} = Process.info(pid, :heap_size)
    IO.inspect(is_integer(h) and h > 0, label: "heap_size positive")
    {:reductions, r} = Process.info(pid, :reductions)
    IO.inspect(is_integer(r), label: "reductions integer")
    {:priority, p} = Process.info(pid, :priority)
    IO.inspect(p, label: "priority")
    {:initial_call, ic} = Process.info(pid, :initial_call)
    IO.inspect(elem(ic, 0) == :erlang, label: "initial_call erlang apply")

    info = Process.info(pid)
    IO.inspect(Keyword.keyword?(info), label: "full info is keyword")
    IO.inspect(Enum.all?([:status, :message_queue_len, :links, :dictionary, :trap_exit, :priority], &Keyword.has_key?(info, &1)), label: "has common keys")

    {:monitors, ms} = Process.info(self(), :monitors)
    IO.inspect(ms, label: "no monitors")
    ref = Process.monitor(pid)
    {:monitors, ms} = Process.info(self(), :monitors)
    IO.inspect(ms == [{:process, pid}], label: "one monitor")
    {:monitored_by, mb} = Process.info(pid, :monitored_by)
    IO.inspect(self() in mb, label: "monitored_by")

    send(pid, :stop)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    IO.inspect(Process.info(pid), label: "info of dead")
    IO.inspect(Process.info(pid, :status), label: "status of dead")

    r = try do
      Process.info(self(), :no_such_item)
    rescue
      e in ArgumentError -> :badarg
    end
    IO.inspect(r, label: "bad item")
    IO.inspect(Process.info(self(), :priority), label: "self priority")
    IO.inspect(Process.flag(:priority, :high), label: "old priority")
    IO.inspect(Process.info(self(), :priority), label: "new priority")
    Process.flag(:priority, :normal)
  end

  defp wait_len(pid, n) do
    case Process.info(pid, :message_queue_len) do
      {:message_queue_len, ^n} -> :ok
      _ -> Process.sleep(1); wait_len(pid, n)
    end
  end
end
