defmodule AppLoadUnknown do
  def main do
    IO.inspect(Application.load(:popcorn_no_such_app), label: "load unknown")
    IO.inspect(Application.start(:popcorn_no_such_app), label: "start unknown")
    IO.inspect(Application.ensure_started(:popcorn_no_such_app), label: "ensure_started unknown")
    IO.inspect(Application.ensure_all_started(:popcorn_no_such_app), label: "ensure_all_started unknown")
    IO.inspect(Application.stop(:popcorn_no_such_app), label: "stop unknown")
    IO.inspect(Application.unload(:popcorn_no_such_app), label: "unload unknown")
    IO.inspect(Application.load(:elixir), label: "load already loaded")
    IO.inspect(Application.ensure_loaded(:elixir), label: "ensure_loaded")
    IO.inspect(Application.ensure_all_started(:logger), label: "ensure_all_started logger")
    IO.inspect(Application.ensure_started(:logger), label: "ensure_started logger")
    IO.inspect(Application.start(:elixir), label: "start already started")
    IO.inspect(Application.ensure_all_started(:elixir, :temporary), label: "with type")
    r = Application.format_error(elem(Application.load(:popcorn_no_such_app), 1))
    IO.inspect(r, label: "format_error")
    IO.inspect(Application.format_error({:not_started, :x}), label: "format not_started")
    IO.inspect(Application.format_error(:other_reason), label: "format other")
    IO.inspect(:application.load({:application, :popcorn_inline_app, [vsn: '1.0', description: 'inline', modules: []]}), label: "load inline spec")
    IO.inspect(Application.ensure_all_started(:popcorn_inline_app), label: "start inline")
    r = Application.stop(:popcorn_inline_app)
    # the controller logs the exit before replying; flush so the log line comes first
    Logger.flush()
    IO.inspect(r, label: "stop inline")
    IO.inspect(:application.load({:application, :popcorn_dep_app, [vsn: '1.0', applications: [:kernel, :popcorn_missing_dep]]}), label: "load with missing dep")
    IO.inspect(Application.ensure_all_started(:popcorn_dep_app), label: "start with missing dep")
    IO.inspect(Application.start(:popcorn_dep_app), label: "start not_started dep")
  end
end
