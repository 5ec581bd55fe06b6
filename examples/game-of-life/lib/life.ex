defmodule Life.Application do
  use Application

  @impl true
  def start(_type, _args) do
    Supervisor.start_link([Life.Board], strategy: :one_for_one)
  end
end

defmodule Life.Board do
  @moduledoc """
  Conway's Game of Life with one process per row (`Life.Row`). The board
  draws the page (a canvas and buttons) with `Popcorn.Wasm.run_js/3`,
  starts a generation by ticking every row, collects the rows' new cells,
  paints them, and schedules the next tick while running.
  """
  use GenServer
  import Popcorn.Wasm, only: [is_wasm_message: 1]
  alias Popcorn.Wasm
  alias Life.Row

  @width 64
  @height 40
  @cell 10
  @interval_ms 80
  @density 0.3

  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: :main)

  @impl true
  def init(_) do
    :rand.seed(:exsss, {2024, 4, 1})
    dims = %{width: @width, height: @height, cell: @cell}
    {:ok, [canvas, gen, pop, toggle | buttons]} = Wasm.run_js(render_js(), dims, return: :refs)

    listeners =
      for {node, action} <- Enum.zip([toggle | buttons], ["toggle", "step", "randomize", "clear"]) do
        {:ok, l} = Wasm.register_event_listener(:click, target_node: node, custom_data: action)
        l
      end

    grid = for _ <- 1..@height, do: random_cells()
    rows = grid |> Enum.with_index() |> Enum.map(fn {cells, y} -> start_row(y, cells) end) |> List.to_tuple()

    for y <- 0..(@height - 1) do
      Row.neighbours(elem(rows, y), elem(rows, rem(y - 1 + @height, @height)), elem(rows, rem(y + 1, @height)))
    end

    s = %{
      rows: rows,
      grid: List.to_tuple(grid),
      gen: 0,
      running: false,
      stepping: false,
      timer: nil,
      pending: [],
      collected: %{},
      nodes: %{canvas: canvas, gen: gen, pop: pop, toggle: toggle},
      listeners: listeners
    }

    draw(s)
    Wasm.ready(:main)
    {:ok, s}
  end

  defp start_row(y, cells) do
    {:ok, pid} = Row.start_link(y, cells, self())
    pid
  end

  @impl true
  def handle_info(raw, s) when is_wasm_message(raw) do
    case Wasm.parse_message!(raw) do
      {:wasm_event, :click, _data, action} -> {:noreply, command(action, s)}
      {:wasm_call, request, promise} -> {:noreply, call(request, promise, s)}
      {:wasm_cast, _} -> {:noreply, s}
    end
  end

  # One timer at most, so extra steps while running never start a second chain of ticks.
  def handle_info(:tick, %{running: true, stepping: false} = s), do: {:noreply, step(%{s | timer: nil})}
  def handle_info(:tick, s), do: {:noreply, %{s | timer: nil}}

  def handle_info({:row, gen, y, cells}, %{gen: gen} = s) do
    collected = Map.put(s.collected, y, cells)

    if map_size(collected) < @height do
      {:noreply, %{s | collected: collected}}
    else
      grid = List.to_tuple(for y <- 0..(@height - 1), do: Map.fetch!(collected, y))
      s = %{s | grid: grid, gen: gen + 1, collected: %{}, stepping: false}
      draw(s)
      s = if s.running and s.timer == nil, do: %{s | timer: Process.send_after(self(), :tick, @interval_ms)}, else: s
      {:noreply, Enum.reduce(Enum.reverse(s.pending), %{s | pending: []}, &command/2)}
    end
  end

  def handle_info(_other, s), do: {:noreply, s}

  # Commands that change the cells wait until the rows finish a generation.
  defp command(action, %{stepping: true} = s) when action in ["step", "randomize", "clear"],
    do: %{s | pending: [action | s.pending]}

  defp command("toggle", s) do
    running = not s.running
    label = if running, do: "stop", else: "start"
    Wasm.run_js!("({ args }) => { args.node.textContent = args.label; }", %{node: s.nodes.toggle, label: label})
    s = %{s | running: running}
    if running and not s.stepping, do: step(s), else: s
  end

  defp command("step", s), do: step(s)
  defp command("randomize", s), do: reset(s, fn -> random_cells() end)
  defp command("clear", s), do: reset(s, fn -> Tuple.duplicate(0, @width) end)

  # Calls from JS (tests, the console): the state of the board.
  defp call("status", promise, s) do
    Wasm.resolve(%{generation: s.gen, running: s.running, population: population(s.grid)}, promise)
    s
  end

  defp call(other, promise, s) do
    Wasm.reject("unknown call: #{inspect(other)}", promise)
    s
  end

  defp step(s) do
    for row <- Tuple.to_list(s.rows), do: Row.tick(row, s.gen)
    %{s | stepping: true}
  end

  defp reset(s, cells_fun) do
    grid = for row <- Tuple.to_list(s.rows), do: (cells = cells_fun.(); Row.set(row, cells); cells)
    s = %{s | grid: List.to_tuple(grid), gen: 0}
    draw(s)
    s
  end

  defp random_cells do
    List.to_tuple(for _ <- 1..@width, do: if(:rand.uniform() < @density, do: 1, else: 0))
  end

  defp population(grid) do
    grid |> Tuple.to_list() |> Enum.map(fn row -> row |> Tuple.to_list() |> Enum.sum() end) |> Enum.sum()
  end

  # Each row travels as a string of "0" and "1".
  defp draw(s) do
    rows = for row <- Tuple.to_list(s.grid), do: row |> Tuple.to_list() |> Enum.map(&(&1 + ?0)) |> List.to_string()

    Wasm.run_js!(draw_js(), %{
      canvas: s.nodes.canvas,
      gen_node: s.nodes.gen,
      pop_node: s.nodes.pop,
      rows: rows,
      cell: @cell,
      gen: s.gen,
      population: population(s.grid)
    })
  end

  defp draw_js do
    ~S"""
    ({ args }) => {
      const c = args.canvas, ctx = c.getContext("2d"), s = args.cell;
      ctx.fillStyle = "#10131a";
      ctx.fillRect(0, 0, c.width, c.height);
      ctx.fillStyle = "#7ee787";
      args.rows.forEach((row, y) => {
        for (let x = 0; x < row.length; x++) {
          if (row.charCodeAt(x) === 49) ctx.fillRect(x * s + 1, y * s + 1, s - 2, s - 2);
        }
      });
      args.gen_node.textContent = String(args.gen);
      args.pop_node.textContent = String(args.population);
    }
    """
  end

  defp render_js do
    ~S"""
    ({ args }) => {
      document.title = "Game of Life · Popcorn-TS";
      const style = document.createElement("style");
      style.textContent = `
        body { font-family: system-ui, sans-serif; background: #0b0d12; color: #e6edf3; margin: 0; }
        #life { max-width: 700px; margin: 2rem auto; text-align: center; }
        #life canvas { border-radius: 6px; display: block; margin: 1rem auto; }
        #life button { font-size: 1rem; margin: 0 .25rem; padding: .4rem 1rem; border: 0; border-radius: 6px;
                       background: #238636; color: white; cursor: pointer; }
        #life button.secondary { background: #30363d; }
        #life .stats { color: #8b949e; }
        #life .stats b { color: #e6edf3; }
        #life p { color: #8b949e; }`;
      document.head.appendChild(style);
      const app = document.createElement("main");
      app.id = "life";
      app.innerHTML = `
        <h1>Game of Life</h1>
        <p>${args.height} rows, each an Elixir process that trades edges with its neighbours.</p>
        <div class="stats">generation <b id="generation">0</b> · population <b id="population">0</b></div>
        <canvas id="board" width="${args.width * args.cell}" height="${args.height * args.cell}"></canvas>
        <div>
          <button id="toggle">start</button>
          <button id="step" class="secondary">step</button>
          <button id="randomize" class="secondary">randomize</button>
          <button id="clear" class="secondary">clear</button>
        </div>`;
      document.body.prepend(app);
      return ["board", "generation", "population", "toggle", "step", "randomize", "clear"].map((id) => document.getElementById(id));
    }
    """
  end
end
