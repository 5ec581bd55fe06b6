defmodule AppLoadedStarted do
  def main do
    loaded = Application.loaded_applications()
    IO.inspect(Enum.all?(loaded, fn {n, d, v} -> is_atom(n) and is_list(d) and is_list(v) end), label: "loaded shape")
    names = Enum.map(loaded, &elem(&1, 0)) |> Enum.sort()
    IO.inspect(Enum.filter(names, &(&1 in [:compiler, :elixir, :kernel, :logger, :stdlib])), label: "core loaded")
    started = Application.started_applications()
    IO.inspect(Enum.all?(started, fn {n, d, v} -> is_atom(n) and is_list(d) and is_list(v) end), label: "started shape")
    snames = Enum.map(started, &elem(&1, 0))
    IO.inspect(Enum.filter(Enum.sort(snames), &(&1 in [:elixir, :kernel, :logger, :stdlib])), label: "core started")
    IO.inspect(Enum.all?(snames, &(&1 in names)), label: "started are loaded")
    IO.inspect(:application.which_applications() |> length() == length(started), label: "which_applications")
    {:elixir, desc, vsn} = List.keyfind(loaded, :elixir, 0)
    IO.inspect({desc, vsn}, label: "elixir entry")
    IO.inspect(Application.spec(:elixir, :vsn), label: "spec vsn")
    IO.inspect(Application.spec(:elixir, :applications), label: "spec applications")
    IO.inspect(Application.spec(:elixir, :registered), label: "spec registered")
    IO.inspect(Application.spec(:elixir, :mod), label: "spec mod")
    IO.inspect(Application.spec(:elixir) |> Keyword.keys() |> Enum.sort(), label: "spec keys")
    IO.inspect(Application.spec(:logger, :vsn) == Application.spec(:elixir, :vsn), label: "logger same vsn")
    IO.inspect(Application.spec(:kernel, :vsn) |> is_list(), label: "kernel vsn")
    IO.inspect(:lists.member(Enum, Application.spec(:elixir, :modules)), label: "Enum in modules")
    IO.inspect(Application.spec(:no_such_app_xyz, :vsn), label: "unknown vsn")
    r = try do
      Application.spec(:elixir, :bogus_key)
    rescue
      e -> inspect(e.__struct__)
    end
    IO.inspect(r, label: "bogus key")
    IO.inspect(Application.app_dir(:elixir, "ebin") |> Path.basename(), label: "app_dir ebin")
    IO.inspect(Application.app_dir(:elixir, ["priv", "x"]) |> Path.split() |> Enum.take(-2), label: "app_dir list")
    IO.inspect(File.exists?(Path.join(Application.app_dir(:elixir, "ebin"), "elixir.app")), label: "elixir.app exists")
    IO.inspect(:code.lib_dir(:elixir) |> List.to_string() == Application.app_dir(:elixir), label: "lib_dir")
  end
end
