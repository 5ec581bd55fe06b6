defmodule SystemEnvArgv do
  def main do
    IO.inspect(System.argv(), label: "argv")
    System.argv(["a", "b"])
    IO.inspect(System.argv(), label: "argv set")
    IO.inspect(System.get_env("POPCORN_SURELY_UNSET_VAR"), label: "unset")
    IO.inspect(System.get_env("POPCORN_SURELY_UNSET_VAR", "dflt"), label: "unset default")
    IO.inspect(System.put_env("POPCORN_TEST_VAR", "value 1"), label: "put_env")
    IO.inspect(System.get_env("POPCORN_TEST_VAR"), label: "get_env")
    IO.inspect(System.fetch_env("POPCORN_TEST_VAR"), label: "fetch_env")
    IO.inspect(System.fetch_env!("POPCORN_TEST_VAR"), label: "fetch_env!")
    System.put_env(%{"POPCORN_A" => "1", "POPCORN_B" => "2"})
    IO.inspect(Enum.filter(System.get_env(), fn {k, _} -> String.starts_with?(k, "POPCORN_") end) |> Enum.sort(), label: "get_env/0 filtered")
    IO.inspect(System.delete_env("POPCORN_TEST_VAR"), label: "delete_env")
    IO.inspect(System.fetch_env("POPCORN_TEST_VAR"), label: "after delete")
    r = try do
      System.fetch_env!("POPCORN_TEST_VAR")
    rescue
      e in System.EnvError -> Exception.message(e)
    end
    IO.inspect(r, label: "fetch_env! error")
    r = try do
      System.put_env("BAD=NAME", "x")
    rescue
      e in ArgumentError -> :rejected
    end
    IO.inspect(r, label: "name with =")
    IO.inspect(:os.getenv('POPCORN_A'), label: ":os.getenv")
    IO.inspect(:os.getenv('POPCORN_SURELY_UNSET_VAR'), label: ":os.getenv unset")
    IO.inspect(System.get_pid() |> String.to_integer() > 0, label: "get_pid")
    IO.inspect(:os.type() |> elem(0), label: "os family")
  end
end
