defmodule SysErrorNonexception do
  def main do
    for t <- [{:custom, 1}, :some_atom, "binary reason", %{k: 1}, [1, 2], :badarg, {:badkey, :k}, :undef, {:badarity, {fn -> 1 end, [1]}}] do
      try do
        :erlang.error(t)
      rescue
        e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e) |> String.replace(~r/#Function<[^>]*>/, "#Function<...>")}")
      end
    end
    try do
      :erlang.error(:badarg, [1, 2])
    rescue
      e -> IO.inspect(e, label: "error/2")
    end
    IO.puts("now uncaught")
    :erlang.error({:custom_error, [1, 2, 3], "txt"})
  end
end
