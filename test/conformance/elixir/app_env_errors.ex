defmodule AppEnvErrors do
  @compiled Application.compile_env(:popcorn_app_env_errors_c, :x, :compile_default)
  def main do
    app = :popcorn_app_env_errors
    IO.inspect(Application.fetch_env(app, :k), label: "fetch_env missing")
    for f <- [fn -> Application.fetch_env!(app, :k) end,
              fn -> Application.fetch_env!(:elixir, :definitely_not_set) end,
              fn -> Application.put_env("string_app", :k, 1) end,
              fn -> Application.get_env(app, "string key") end,
              fn -> Application.app_dir(:no_such_app_xyz) end,
              fn -> Application.app_dir(:elixir, 123) end] do
      r = try do
        f.()
      rescue
        e -> "#{inspect(e.__struct__)}: #{Exception.message(e)}"
      end
      IO.puts(r)
    end
    Application.put_env(app, :k, nil)
    IO.inspect(Application.fetch_env(app, :k), label: "fetch nil value")
    IO.inspect(Application.get_env(app, :k, :dflt), label: "get nil value with default")
    Application.put_env(app, :list, [a: 1], persistent: true)
    IO.inspect(Application.get_env(app, :list), label: "persistent put")
    IO.inspect(Application.delete_env(app, :never_set), label: "delete unset")
    Application.delete_env(app, :k)
    IO.inspect(Application.get_all_env(app), label: "all after delete")
    IO.inspect(Application.get_all_env(:no_such_app_env), label: "all for unknown app")
    IO.inspect(:application.get_env(app, :list), label: ":application.get_env")
    IO.inspect(:application.get_env(app, :nope), label: ":application.get_env undefined")
    IO.inspect(:application.get_env(app, :nope, :d), label: ":application.get_env/3")
    IO.inspect(:application.set_env(app, :e, 1), label: ":application.set_env")
    IO.inspect(@compiled, label: "compile_env default")
  end
end
