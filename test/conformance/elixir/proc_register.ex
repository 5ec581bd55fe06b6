defmodule ProcRegister do
  def main do
    IO.inspect(Process.whereis(:proc_reg_nobody), label: "whereis unknown")
    pid = spawn(fn -> loop() end)
    IO.inspect(Process.register(pid, :proc_reg_worker), label: "register")
    IO.inspect(Process.whereis(:proc_reg_worker) == pid, label: "whereis")
    IO.inspect(:proc_reg_worker in Process.registered(), label: "in registered")
    IO.inspect(Process.info(pid, :registered_name), label: "registered_name")

    send(:proc_reg_worker, {:add, 2, 3, self()})
    receive do {:sum, s} -> IO.inspect(s, label: "sum via name") end

    # registering a second name for the same pid fails
    r = try do
      Process.register(pid, :proc_reg_other)
    rescue
      e in ArgumentError -> {:rescued, String.replace(e.message, inspect(pid), "PID")}
    end
    IO.inspect(r, label: "second name")

    # registering a taken name fails
    other = spawn(fn -> loop() end)
    r = try do
      Process.register(other, :proc_reg_worker)
    rescue
      e in ArgumentError -> {:rescued, String.replace(e.message, inspect(other), "PID")}
    end
    IO.inspect(r, label: "taken name")

    # sending to an unregistered name raises
    r = try do
      send(:proc_reg_absent, :hi)
    rescue
      e in ArgumentError -> {:rescued, e.message}
    end
    IO.inspect(r, label: "send to absent name")

    # Process.send with noconnect returns :ok
    IO.inspect(Process.send(:proc_reg_worker, :noop, []), label: "Process.send")

    IO.inspect(Process.unregister(:proc_reg_worker), label: "unregister")
    IO.inspect(Process.whereis(:proc_reg_worker), label: "after unregister")
    IO.inspect(Process.info(pid, :registered_name), label: "registered_name after")
    r = try do
      Process.unregister(:proc_reg_worker)
    rescue
      e in ArgumentError -> {:rescued, e.message}
    end
    IO.inspect(r, label: "unregister twice")

    # the name goes away when the process dies
    Process.register(other, :proc_reg_dies)
    ref = Process.monitor(other)
    send(other, :stop)
    receive do {:DOWN, ^ref, _, _, _} -> :ok end
    IO.inspect(Process.whereis(:proc_reg_dies), label: "dead name")

    # register self, :erlang.register on atoms that are special
    Process.register(self(), :proc_reg_main)
    IO.inspect(Process.whereis(:proc_reg_main) == self(), label: "self registered")
    r = try do
      Process.register(self(), :undefined)
    rescue
      FunctionClauseError -> :undefined_rejected
    end
    IO.inspect(r)
    send(pid, :stop)
  end

  defp loop do
    receive do
      {:add, a, b, from} ->
        send(from, {:sum, a + b})
        loop()
      :stop -> :ok
      _ -> loop()
    end
  end
end
