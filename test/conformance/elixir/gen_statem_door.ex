defmodule GenStatemDoor do
  @behaviour :gen_statem

  def start_link(code), do: :gen_statem.start_link(__MODULE__, code, [])

  @impl true
  def callback_mode, do: [:state_functions, :state_enter]

  @impl true
  def init(code), do: {:ok, :locked, %{code: code, input: [], log: []}}

  def locked(:enter, _old, data), do: {:keep_state, log(data, :enter_locked)}
  def locked(:cast, {:button, digit}, data) do
    input = data.input ++ [digit]
    cond do
      input == data.code -> {:next_state, :open, %{data | input: []}}
      length(input) >= length(data.code) -> {:keep_state, log(%{data | input: []}, :wrong_code)}
      true -> {:keep_state, %{data | input: input}}
    end
  end
  def locked({:call, from}, :state, data), do: {:keep_state_and_data, [{:reply, from, {:locked, Enum.reverse(data.log)}}]}

  def open(:enter, _old, data), do: {:keep_state, log(data, :enter_open)}
  def open(:state_timeout, :lock, data), do: {:next_state, :locked, log(data, :auto_lock)}
  def open({:call, from}, :state, data), do: {:keep_state_and_data, [{:reply, from, {:open, Enum.reverse(data.log)}}]}
  def open(:cast, {:button, _}, _data), do: {:keep_state_and_data, [:postpone]}
  def open(:cast, :lock_soon, _data), do: {:keep_state_and_data, [{:state_timeout, 10, :lock}]}
  def open(:info, {:notify, pid}, data) do
    send(pid, :notified_while_open)
    {:keep_state, data}
  end

  defp log(data, e), do: %{data | log: [e | data.log]}

  def main do
    {:ok, door} = start_link([1, 2, 3])
    IO.inspect(:gen_statem.call(door, :state), label: "initial")
    for d <- [9, 9, 9], do: :gen_statem.cast(door, {:button, d})
    IO.inspect(:gen_statem.call(door, :state), label: "wrong code")
    for d <- [1, 2, 3], do: :gen_statem.cast(door, {:button, d})
    IO.inspect(:gen_statem.call(door, :state), label: "opened")
    send(door, {:notify, self()})
    receive do :notified_while_open -> IO.puts("info handled in open") end
    # a button press while open is postponed until locked again
    :gen_statem.cast(door, {:button, 1})
    :gen_statem.cast(door, :lock_soon)
    wait_locked(door)
    IO.inspect(:gen_statem.call(door, :state), label: "after auto lock")
    IO.inspect(:sys.get_state(door) |> elem(0), label: "sys state name")
    IO.inspect(:sys.get_state(door) |> elem(1) |> Map.get(:input), label: "postponed button replayed")
    IO.inspect(:gen_statem.stop(door), label: "stop")

    # handle_event_function mode
    {:ok, c} = :gen_statem.start_link(GenStatemDoor.Counter, 0, [])
    IO.inspect(:gen_statem.call(c, :inc), label: "inc")
    IO.inspect(:gen_statem.call(c, :inc), label: "inc")
    IO.inspect(:gen_statem.call(c, :get), label: "get")
    IO.inspect(:gen_statem.call(c, :bad) |> elem(0), label: "unknown call")
  end

  defp wait_locked(door) do
    case :gen_statem.call(door, :state) do
      {:locked, _} -> :ok
      _ -> Process.sleep(5); wait_locked(door)
    end
  end

  defmodule Counter do
    @behaviour :gen_statem
    def callback_mode, do: :handle_event_function
    def init(n), do: {:ok, :counting, n}
    def handle_event({:call, from}, :inc, :counting, n), do: {:keep_state, n + 1, [{:reply, from, n + 1}]}
    def handle_event({:call, from}, :get, state, n), do: {:keep_state_and_data, [{:reply, from, {state, n}}]}
    def handle_event({:call, from}, _other, _state, _n), do: {:keep_state_and_data, [{:reply, from, {:error, :unknown}}]}
  end
end
