defmodule SysEnvEdge do
  def main do
    k = "POPCORN_SYS_ENV_EDGE"
    IO.inspect(System.get_env(k), label: "unset")
    IO.inspect(System.get_env(k, "default"), label: "unset with default")
    System.put_env(k, "ünïcödé value with spaces")
    IO.inspect(System.get_env(k), label: "unicode value")
    IO.inspect(:os.getenv(String.to_charlist(k)) |> List.to_string(), label: ":os.getenv sees it")
    System.put_env(k, "")
    IO.inspect(System.get_env(k), label: "empty value")
    IO.inspect(System.fetch_env(k), label: "fetch empty")
    IO.inspect(System.delete_env(k), label: "delete")
    IO.inspect(System.delete_env(k), label: "delete again")
    IO.inspect(System.fetch_env(k), label: "fetch deleted")
    e = try do
      System.fetch_env!(k)
    rescue
      e -> e
    end
    IO.inspect(e, label: "fetch_env! struct")
    IO.puts(Exception.message(e))
    :os.putenv('POPCORN_SYS_ENV_EDGE2', 'from os')
    IO.inspect(System.get_env("POPCORN_SYS_ENV_EDGE2"), label: "putenv via :os")
    IO.inspect(:os.getenv('POPCORN_SYS_ENV_EDGE2', 'dflt'), label: ":os.getenv/2")
    :os.unsetenv('POPCORN_SYS_ENV_EDGE2')
    IO.inspect(:os.getenv('POPCORN_SYS_ENV_EDGE2', 'dflt'), label: ":os.getenv/2 after unset")
    System.put_env([{"POPCORN_SYS_A", "1"}, {"POPCORN_SYS_B", "2"}])
    env = System.get_env()
    IO.inspect(is_map(env), label: "get_env/0 is a map")
    IO.inspect(Map.take(env, ["POPCORN_SYS_A", "POPCORN_SYS_B"]), label: "both set")
    IO.inspect(Enum.all?(:os.getenv(), &is_list/1), label: ":os.getenv/0 charlists")
    IO.inspect(Enum.any?(:os.getenv(), &List.starts_with?(&1, 'POPCORN_SYS_A=')), label: "listed as NAME=VALUE")
    for bad <- [fn -> System.put_env("A=B", "x") end, fn -> System.get_env(:atom) end, fn -> System.put_env("K", 1) end] do
      r = try do
        bad.()
      rescue
        e -> inspect(e.__struct__)
      end
      IO.puts(r)
    end
    IO.inspect(System.get_env("PATH") |> is_binary(), label: "PATH present")
  end
end
