defmodule Counter.Application do
  use Application

  @impl true
  def start(_type, _args) do
    Supervisor.start_link([Counter], strategy: :one_for_one)
  end
end

defmodule Counter do
  @moduledoc """
  A counter whose state lives in this GenServer. It draws its own UI into
  the page with `Popcorn.Wasm.run_js/3`, listens for clicks with
  `register_event_listener/2`, and writes each new count back to the DOM.

  "Spin" starts a CPU-bound loop in another Elixir process: the VM
  preempts it, so + and − keep working, and the page never notices since
  the VM runs off its main thread.
  """
  use GenServer
  import Popcorn.Wasm, only: [is_wasm_message: 1]
  alias Popcorn.Wasm

  @spin_ms 2_000

  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: :main)

  @impl true
  def init(_) do
    {:ok, [count, status | buttons]} = Wasm.run_js(render_js(), %{spin_ms: @spin_ms}, return: :refs)

    listeners =
      for {node, action} <- Enum.zip(buttons, ["dec", "inc", "reset", "spin"]) do
        {:ok, l} = Wasm.register_event_listener(:click, target_node: node, custom_data: action)
        l
      end

    Wasm.ready(:main)
    {:ok, %{count: 0, count_node: count, status_node: status, listeners: listeners}}
  end

  @impl true
  def handle_info(raw, state) when is_wasm_message(raw) do
    case Wasm.parse_message!(raw) do
      {:wasm_event, :click, _data, action} -> {:noreply, click(action, state)}
      {:wasm_call, request, promise} -> {:noreply, call(request, promise, state)}
      {:wasm_cast, _} -> {:noreply, state}
    end
  end

  def handle_info({:spun, iterations, ms}, state) do
    show(state.status_node, "Elixir spun #{iterations} loop iterations in #{ms} ms")
    {:noreply, state}
  end

  def handle_info(_other, state), do: {:noreply, state}

  defp click("inc", s), do: set(s, s.count + 1)
  defp click("dec", s), do: set(s, s.count - 1)
  defp click("reset", s), do: set(s, 0)

  defp click("spin", s) do
    show(s.status_node, "Elixir is spinning for #{@spin_ms} ms… try + and −")
    me = self()
    spawn(fn -> send(me, spin(@spin_ms)) end)
    s
  end

  # Calls from JS: the current count, or a CPU-bound loop of `ms`
  # milliseconds run in its own process, which settles the promise itself.
  defp call("count", promise, s) do
    Wasm.resolve(s.count, promise)
    s
  end

  defp call(%{"spin_ms" => ms}, promise, s) when is_integer(ms) do
    spawn(fn ->
      {:spun, iterations, took} = spin(ms)
      Wasm.resolve(%{iterations: iterations, ms: took}, promise)
    end)

    s
  end

  defp call(other, promise, s) do
    Wasm.reject("unknown call: #{inspect(other)}", promise)
    s
  end

  defp set(s, count) do
    Wasm.run_js!("({ args }) => { args.node.textContent = String(args.count); }", %{node: s.count_node, count: count})
    %{s | count: count}
  end

  defp show(node, text) do
    Wasm.run_js!("({ args }) => { args.node.textContent = args.text; }", %{node: node, text: text})
  end

  defp spin(ms) do
    t0 = System.monotonic_time(:millisecond)
    n = spin_loop(t0 + ms, 0, 0)
    {:spun, n, System.monotonic_time(:millisecond) - t0}
  end

  # Pure computation; the clock is read every 1000 iterations.
  defp spin_loop(deadline, n, acc) do
    acc = rem(acc * 31 + n, 1_000_003)

    if rem(n, 1000) == 0 and System.monotonic_time(:millisecond) >= deadline do
      n
    else
      spin_loop(deadline, n + 1, acc)
    end
  end

  defp render_js do
    ~S"""
    ({ args }) => {
      document.title = "Counter · Popcorn-TS";
      const style = document.createElement("style");
      style.textContent = `
        body { font-family: system-ui, sans-serif; background: #f6f3ee; color: #222; margin: 0; }
        #counter { max-width: 28rem; margin: 3rem auto; padding: 2rem; background: white;
                   border-radius: 12px; box-shadow: 0 2px 12px rgba(0,0,0,.08); text-align: center; }
        #counter .count { font-size: 5rem; font-weight: 700; color: #6b3fa0; margin: 1rem 0; }
        #counter button { font-size: 1.5rem; min-width: 4rem; margin: 0 .25rem; padding: .4rem .8rem;
                          border: 0; border-radius: 8px; background: #6b3fa0; color: white; cursor: pointer; }
        #counter button.secondary { background: #ddd; color: #222; font-size: 1rem; }
        #counter .status { min-height: 1.5em; color: #555; margin-top: 1.5rem; }
        #counter p { color: #555; }`;
      document.head.appendChild(style);
      const app = document.createElement("main");
      app.id = "counter";
      app.innerHTML = `
        <h1>Counter</h1>
        <p>The count lives in an Elixir GenServer. Each click is a DOM event sent to it;
           it answers by writing the new count into the page with run_js.</p>
        <div id="count" class="count">0</div>
        <div>
          <button id="dec" aria-label="decrement">−</button>
          <button id="inc" aria-label="increment">+</button>
          <button id="reset" class="secondary">reset</button>
        </div>
        <div class="status" id="status"></div>
        <button id="spin" class="secondary">spin Elixir for ${args.spin_ms / 1000} s</button>`;
      document.body.prepend(app);
      return ["count", "status", "dec", "inc", "reset", "spin"].map((id) => document.getElementById(id));
    }
    """
  end
end
