defmodule GenserverTimeouts do
  defmodule Srv do
    use GenServer

    def init(parent), do: {:ok, parent, 10}

    def handle_info(:timeout, parent) do
      send(parent, :init_timeout_fired)
      {:noreply, parent}
    end

    def handle_info(:arm, parent), do: {:noreply, parent, 5}
    def handle_info(:arm_continue, parent), do: {:noreply, parent, {:continue, :after_arm}}

    def handle_call(:slow, _from, p) do
      Process.sleep(100)
      {:reply, :slow_done, p}
    end

    def handle_call(:reply_then_timeout, _from, p), do: {:reply, :ok, p, 5}
    def handle_call(:ping, _from, p), do: {:reply, :pong, p}

    def handle_continue(:after_arm, p) do
      send(p, :continued)
      {:noreply, p}
    end
  end

  def main do
    {:ok, pid} = GenServer.start_link(Srv, self())
    receive do :init_timeout_fired -> IO.puts("init timeout -> handle_info(:timeout)") end

    send(pid, :arm)
    receive do :init_timeout_fired -> IO.puts("noreply timeout fired") end

    GenServer.call(pid, :reply_then_timeout)
    receive do :init_timeout_fired -> IO.puts("reply timeout fired") end

    send(pid, :arm_continue)
    receive do :continued -> IO.puts("continue ran") end

    # a timeout is cancelled by any message
    send(pid, :arm)
    IO.inspect(GenServer.call(pid, :ping), label: "ping")
    r = receive do :init_timeout_fired -> :fired after 30 -> :cancelled end
    IO.inspect(r, label: "timeout after message")

    # call timeout exits the caller
    r = try do
      GenServer.call(pid, :slow, 10)
    catch
      :exit, {:timeout, {GenServer, :call, [^pid, :slow, 10]}} -> :call_timeout
    end
    IO.inspect(r)
    # the late reply is dropped (OTP 24+ uses aliases)
    Process.sleep(120)
    IO.inspect(Process.info(self(), :message_queue_len), label: "no late reply")
    IO.inspect(GenServer.call(pid, :ping, :infinity), label: "infinity")
  end
end
