defmodule Hello.Application do
  use Application

  @impl true
  def start(_type, _args) do
    Supervisor.start_link([Hello], strategy: :one_for_one)
  end
end

defmodule Hello do
  # Prints a greeting to the page's stdout, then answers calls from JS.
  use GenServer
  import Popcorn.Wasm, only: [is_wasm_message: 1]

  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: :main)

  @impl true
  def init(_) do
    audience = Application.fetch_env!(:hello, :audience)
    IO.puts("Hello from Elixir #{System.version()} running in #{audience}!")
    Popcorn.Wasm.ready(:main)
    {:ok, 0}
  end

  @impl true
  def handle_info(msg, count) when is_wasm_message(msg) do
    {:noreply, Popcorn.Wasm.handle_message!(msg, &handle_wasm(&1, count))}
  end

  defp handle_wasm({:wasm_call, %{"name" => name}}, count) do
    {:resolve, "Hello, #{name}! (call #{count + 1})", count + 1}
  end

  defp handle_wasm({:wasm_call, other}, count), do: {:reject, "unexpected: #{inspect(other)}", count}
  defp handle_wasm(_cast, count), do: count
end
