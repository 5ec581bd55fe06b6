defmodule ApplicationCustomApp do
  require Logger

  defmodule App do
    use Application
    def start(_type, args) do
      IO.inspect(args, label: "start args")
      IO.inspect(Application.get_env(:popcorn_custom_app, :greeting), label: "env at start")
      Supervisor.start_link([{Agent, fn -> :app_state end}], strategy: :one_for_one, name: ApplicationCustomApp.Sup)
    end
    def prep_stop(state) do
      IO.puts("prep_stop")
      state
    end
    def stop(_state), do: IO.puts("stop callback")
  end

  def main do
    spec = [
      description: 'a test app',
      vsn: '0.1.0',
      modules: [App],
      registered: [],
      applications: [:kernel, :stdlib],
      mod: {App, [:arg1]},
      env: [greeting: "hi"]
    ]
    IO.inspect(:application.load({:application, :popcorn_custom_app, spec}), label: "load")
    IO.inspect(Application.spec(:popcorn_custom_app, :vsn), label: "vsn")
    IO.inspect(Application.get_env(:popcorn_custom_app, :greeting), label: "env after load")
    IO.inspect(Application.start(:popcorn_custom_app), label: "start")
    IO.inspect(:popcorn_custom_app in Enum.map(Application.started_applications(), &elem(&1, 0)), label: "started")
    [{Agent, pid, :worker, _}] = Supervisor.which_children(ApplicationCustomApp.Sup)
    IO.inspect(Agent.get(pid, & &1), label: "child state")
    IO.inspect(Application.start(:popcorn_custom_app), label: "start again")
    r = Application.stop(:popcorn_custom_app)
    # the controller logs the exit before replying; flush so the log line comes first
    Logger.flush()
    IO.inspect(r, label: "stop")
    IO.inspect(Process.whereis(ApplicationCustomApp.Sup), label: "sup after stop")
    IO.inspect(Application.stop(:popcorn_custom_app), label: "stop again")
    IO.inspect(Application.unload(:popcorn_custom_app), label: "unload")
    IO.inspect(Application.spec(:popcorn_custom_app, :vsn), label: "vsn after unload")
  end
end
