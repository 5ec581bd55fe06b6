defmodule GenEventBasics do
  defmodule Collector do
    @behaviour :gen_event
    def init(tag), do: {:ok, {tag, []}}
    def handle_event(e, {tag, acc}), do: {:ok, {tag, [e | acc]}}
    def handle_call(:events, {tag, acc} = s), do: {:ok, {tag, Enum.reverse(acc)}, s}
    def handle_call(:remove_me, s), do: {:remove_handler, {:removed, elem(s, 0)}}
    def handle_info(msg, {tag, acc}), do: {:ok, {tag, [{:info, msg} | acc]}}
    def terminate(reason, {tag, _}) do
      send(:gen_event_basics_main, {:terminated, tag, reason})
      :ok
    end
  end

  def main do
    Process.register(self(), :gen_event_basics_main)
    {:ok, mgr} = :gen_event.start_link()
    IO.inspect(:gen_event.add_handler(mgr, Collector, :one), label: "add_handler")
    IO.inspect(:gen_event.add_handler(mgr, {Collector, :two}, :two), label: "add second instance")
    IO.inspect(:gen_event.which_handlers(mgr) |> Enum.sort(), label: "which_handlers")
    IO.inspect(:gen_event.notify(mgr, :e1), label: "notify")
    IO.inspect(:gen_event.sync_notify(mgr, :e2), label: "sync_notify")
    send(mgr, :raw_info)
    IO.inspect(:gen_event.call(mgr, Collector, :events), label: "events one")
    IO.inspect(:gen_event.call(mgr, {Collector, :two}, :events), label: "events two")
    IO.inspect(:gen_event.call(mgr, :not_there, :events), label: "call missing handler")
    IO.inspect(:gen_event.delete_handler(mgr, {Collector, :two}, :bye), label: "delete_handler")
    receive do {:terminated, t, r} -> IO.inspect({t, r}, label: "terminate") end
    IO.inspect(:gen_event.call(mgr, Collector, :remove_me), label: "remove via call")
    receive do {:terminated, t, r} -> IO.inspect({t, r}, label: "terminate") end
    IO.inspect(:gen_event.which_handlers(mgr), label: "no handlers")
    IO.inspect(:gen_event.add_handler(mgr, GenEventBasics.Missing, nil) |> elem(0), label: "add undefined module")
    IO.inspect(:gen_event.stop(mgr), label: "stop")
  end
end
