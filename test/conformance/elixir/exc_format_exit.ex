defmodule ExcFormatExit do
  def main do
    reasons = [
      :normal,
      :shutdown,
      {:shutdown, :custom},
      :killed,
      :noproc,
      {:noproc, {GenServer, :call, [:srv, :msg, 5000]}},
      {:timeout, {GenServer, :call, [:srv, :msg, 100]}},
      {:normal, {GenServer, :call, [:srv, :msg, :infinity]}},
      {:shutdown, {GenServer, :stop, [:srv, :normal, :infinity]}},
      {:calling_self, {GenServer, :call, [:srv, :msg, 5000]}},
      {:bad_return_value, :oops},
      {:bad_call, :what},
      {:bad_cast, :what},
      {%RuntimeError{message: "in exit"}, [{M, :f, 1, [file: ~c"m.ex", line: 2]}]},
      {:badarg, [{:erlang, :atom_to_list, [1], []}]},
      {{:badmatch, 3}, []},
      {:undef, [{Nope, :nope, [], []}]},
      {:function_clause, [{M, :f, [1], []}]},
      :some_atom,
      {:some, :tuple, 3},
      "binary reason",
      {:nodedown, :"a@b"},
      {:EXIT, :reason},
      {:application_start_failure, :app, :reason}
    ]
    for r <- reasons do
      IO.puts(Exception.format_exit(r))
    end
    IO.puts(Exception.format(:exit, {:timeout, {GenServer, :call, [:srv, :msg, 100]}}, []))
    Process.flag(:trap_exit, true)
    for r <- [:normal, :kill, {:shutdown, 1}, :custom] do
      pid = spawn_link(fn -> receive do: (:never -> :ok) end)
      Process.exit(pid, r)
      receive do
        {:EXIT, ^pid, reason} -> IO.inspect({:exit_signal, r, reason})
      after
        200 -> IO.inspect({:no_exit_for, r})
      end
    end
    try do
      GenServer.call(:no_such_server_name, :hi, 100)
    catch
      :exit, reason -> IO.puts(Exception.format_exit(reason))
    end
  end
end
