defmodule ApplicationEnv do
  def main do
    IO.inspect(Application.get_env(:popcorn_test_app, :key), label: "get_env missing")
    IO.inspect(Application.get_env(:popcorn_test_app, :key, :dflt), label: "get_env default")
    IO.inspect(Application.fetch_env(:popcorn_test_app, :key), label: "fetch_env missing")
    IO.inspect(Application.put_env(:popcorn_test_app, :key, [nested: %{a: 1}]), label: "put_env")
    IO.inspect(Application.get_env(:popcorn_test_app, :key), label: "get_env")
    IO.inspect(Application.fetch_env!(:popcorn_test_app, :key), label: "fetch_env!")
    Application.put_env(:popcorn_test_app, :other, 2)
    IO.inspect(Application.get_all_env(:popcorn_test_app) |> Enum.sort(), label: "get_all_env")
    IO.inspect(Application.delete_env(:popcorn_test_app, :other), label: "delete_env")
    IO.inspect(Application.get_all_env(:popcorn_test_app), label: "after delete")

    r = try do
      Application.fetch_env!(:popcorn_test_app, :absent)
    rescue
      e in ArgumentError -> e.message
    end
    IO.puts(r)
    r = try do
      Application.fetch_env!(:logger, :absent_logger_key)
    rescue
      e in ArgumentError -> e.message
    end
    IO.puts(r)

    Application.put_all_env(popcorn_test_app: [x: 1, y: 2], popcorn_other_app: [z: 3])
    IO.inspect(Application.get_all_env(:popcorn_test_app) |> Enum.sort(), label: "put_all_env")
    IO.inspect(Application.get_env(:popcorn_other_app, :z), label: "other app")

    # real applications
    IO.inspect(Application.ensure_all_started(:logger), label: "ensure_all_started logger")
    IO.inspect(Application.ensure_started(:elixir), label: "ensure_started elixir")
    IO.inspect(Application.start(:logger), label: "start already started")
    loaded = Application.loaded_applications() |> Enum.map(&elem(&1, 0))
    IO.inspect(Enum.filter([:kernel, :stdlib, :elixir, :logger], &(&1 in loaded)), label: "loaded subset")
    started = Application.started_applications() |> Enum.map(&elem(&1, 0))
    IO.inspect(Enum.filter([:kernel, :stdlib, :elixir, :logger], &(&1 in started)), label: "started subset")
    IO.inspect(Application.spec(:elixir, :vsn), label: "elixir vsn")
    IO.inspect(Application.spec(:logger, :description), label: "logger description")
    IO.inspect(Application.spec(:no_such_app_xyz), label: "spec unknown")
    IO.inspect(Application.get_application(Logger), label: "app of Logger")
    IO.inspect(Application.get_application(Enum), label: "app of Enum")
    IO.inspect(Application.get_application(__MODULE__), label: "app of this module")
    IO.inspect(Application.app_dir(:elixir) |> Path.basename() |> String.starts_with?("elixir"), label: "app_dir")
    IO.inspect(Application.ensure_all_started(:no_such_app_xyz), label: "start unknown")
    IO.inspect(Application.get_env(:elixir, :ansi_enabled), label: "elixir ansi_enabled")
    IO.inspect(Application.get_env(:logger, :level, :unset) in [:unset, :debug, :all], label: "logger level env")
  end
end
