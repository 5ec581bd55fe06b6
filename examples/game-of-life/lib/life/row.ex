defmodule Life.Row do
  @moduledoc """
  One row of the board, as its own process. On `{:tick, gen}` it sends its
  cells to the rows above and below; once it holds both neighbours' cells
  for that generation it computes its next cells and reports them to the
  board. The board (a torus) never computes cells itself.
  """
  use GenServer

  def start_link(y, cells, board), do: GenServer.start_link(__MODULE__, {y, cells, board})

  @doc "The rows above and below (the board wraps around)."
  def neighbours(row, up, down), do: GenServer.cast(row, {:neighbours, up, down})
  def tick(row, gen), do: GenServer.cast(row, {:tick, gen})
  def set(row, cells), do: GenServer.cast(row, {:set, cells})

  @impl true
  def init({y, cells, board}) do
    {:ok, %{y: y, cells: cells, board: board, up: nil, down: nil, gen: nil, above: nil, below: nil}}
  end

  @impl true
  def handle_cast({:neighbours, up, down}, s), do: {:noreply, %{s | up: up, down: down}}
  def handle_cast({:set, cells}, s), do: {:noreply, %{s | cells: cells}}

  def handle_cast({:tick, gen}, s) do
    # my cells are the lower edge of the row above me and the upper edge of the one below
    GenServer.cast(s.up, {:edge, gen, :below, s.cells})
    GenServer.cast(s.down, {:edge, gen, :above, s.cells})
    {:noreply, maybe_step(%{s | gen: gen})}
  end

  # A neighbour may tick before this row does: its edge waits here.
  def handle_cast({:edge, gen, side, cells}, s) do
    {:noreply, maybe_step(Map.put(s, side, {gen, cells}))}
  end

  defp maybe_step(%{gen: gen, above: {gen, above}, below: {gen, below}} = s) do
    next = next_cells(above, s.cells, below)
    send(s.board, {:row, gen, s.y, next})
    %{s | cells: next, gen: nil, above: nil, below: nil}
  end

  defp maybe_step(s), do: s

  @doc "Conway's rules for one row, given the rows around it (tuples of 0 and 1)."
  def next_cells(above, row, below) do
    w = tuple_size(row)

    for x <- 0..(w - 1) do
      l = if x == 0, do: w - 1, else: x - 1
      r = if x == w - 1, do: 0, else: x + 1

      n =
        elem(above, l) + elem(above, x) + elem(above, r) + elem(row, l) + elem(row, r) +
          elem(below, l) + elem(below, x) + elem(below, r)

      if n == 3 or (n == 2 and elem(row, x) == 1), do: 1, else: 0
    end
    |> List.to_tuple()
  end
end
