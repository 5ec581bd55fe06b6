defmodule ErrGenserverCallCrash do
  defmodule Srv do
    use GenServer
    def init(s), do: {:ok, s}
    def handle_call({:div, n}, _from, s), do: {:reply, div(s.total, n), s}
    def handle_call(:bad_reply, _from, _s), do: :not_a_valid_return
    def handle_call(:stop_reply, _from, s), do: {:stop, :requested, :bye, s}
    def format_status(_reason, [_pdict, state]), do: %{formatted: Map.keys(state)}
  end

  def main do
    Logger.configure_backend(:console, device: :standard_error)
    for req <- [{:div, 0}, :bad_reply, :stop_reply] do
      {:ok, pid} = GenServer.start(Srv, %{total: 10, secret: "s"})
      r = try do
        GenServer.call(pid, req)
      catch
        :exit, {reason, {GenServer, :call, [_, msg, 5000]}} -> {:call_exit, short(reason), msg}
      end
      Logger.flush()
      IO.inspect(r, label: "#{inspect(req)}")
    end
  end

  defp short({%{__exception__: true} = e, _}), do: e.__struct__
  defp short({r, [{m, f, a, _} | _]}), do: {r, {m, f, a}}
  defp short(r), do: r
end
