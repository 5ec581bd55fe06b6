defmodule TaskAsyncStream do
  def main do
    r = Task.async_stream(1..10, fn i -> i * 2 end) |> Enum.to_list()
    IO.inspect(r, label: "default ordered")

    r = 1..10 |> Task.async_stream(&(&1 + 1), max_concurrency: 2) |> Enum.map(fn {:ok, v} -> v end)
    IO.inspect(r, label: "max_concurrency 2")

    r = 1..8
        |> Task.async_stream(fn i -> Process.sleep(rem(8 - i, 3) * 3); i end, ordered: false)
        |> Enum.map(fn {:ok, v} -> v end)
        |> Enum.sort()
    IO.inspect(r, label: "unordered sorted")

    r = Task.async_stream([], __MODULE__, :sq, [], max_concurrency: 3) |> Enum.to_list()
    IO.inspect(r, label: "empty mfa")
    r = Task.async_stream([3, 4], __MODULE__, :pow, [2]) |> Enum.to_list()
    IO.inspect(r, label: "mfa with args")

    # timeout with on_timeout: :kill_task
    r = [1, 500, 2]
        |> Task.async_stream(fn n -> Process.sleep(n); n end, timeout: 100, on_timeout: :kill_task)
        |> Enum.to_list()
    IO.inspect(r, label: "kill_task")

    # zip_input_on_exit
    r = [5, 500]
        |> Task.async_stream(fn n -> Process.sleep(n); n end, timeout: 100, on_timeout: :kill_task, zip_input_on_exit: true)
        |> Enum.to_list()
    IO.inspect(r, label: "zip_input_on_exit")

    # laziness: only what is taken runs
    parent = self()
    r = Stream.iterate(1, &(&1 + 1))
        |> Task.async_stream(fn i -> send(parent, {:ran, i}); i end, max_concurrency: 1)
        |> Enum.take(3)
    IO.inspect(r, label: "take 3")
    ran = count_ran(0)
    IO.inspect(ran >= 3 and ran <= 4, label: "ran at most one extra")

    # default timeout exit caught in a separate process
    r = run_isolated(fn ->
      Task.async_stream([600], fn n -> Process.sleep(n) end, timeout: 50) |> Enum.to_list()
    end)
    IO.inspect(r, label: "timeout exits caller")

    # composed with Stream functions
    r = 1..6
        |> Stream.filter(&rem(&1, 2) == 0)
        |> Task.async_stream(&(&1 * 10))
        |> Stream.map(fn {:ok, v} -> v end)
        |> Enum.sum()
    IO.inspect(r, label: "sum")
  end

  def sq(x), do: x * x
  def pow(x, n), do: Integer.pow(x, n)

  defp count_ran(n) do
    receive do
      {:ran, _} -> count_ran(n + 1)
    after
      20 -> n
    end
  end

  defp run_isolated(f) do
    parent = self()
    {pid, ref} = spawn_monitor(fn -> send(parent, {:result, f.()}) end)
    receive do
      {:result, r} -> {:ok, r}
      {:DOWN, ^ref, :process, ^pid, {reason, {Task.Supervised, :stream, [_]}}} -> {:exited, reason}
      {:DOWN, ^ref, :process, ^pid, reason} -> {:exited_other, reason}
    end
  end
end
