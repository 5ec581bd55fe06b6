defmodule ErlQueueOps do
  def main do
    q = :queue.new()
    IO.inspect(:queue.is_empty(q), label: "empty")
    q = Enum.reduce(1..5, q, &:queue.in(&1, &2))
    IO.inspect(:queue.to_list(q), label: "to_list")
    IO.inspect(:queue.len(q), label: "len")
    {{:value, h}, q} = :queue.out(q)
    IO.inspect(h, label: "out")
    {{:value, t}, q} = :queue.out_r(q)
    IO.inspect(t, label: "out_r")
    q = :queue.in_r(0, q)
    IO.inspect(:queue.to_list(q), label: "in_r")
    IO.inspect(:queue.peek(q), label: "peek")
    IO.inspect(:queue.peek_r(q), label: "peek_r")
    IO.inspect(:queue.out(:queue.new()), label: "out empty")
    IO.inspect(:queue.member(3, q), label: "member")
    IO.inspect(:queue.reverse(q) |> :queue.to_list(), label: "reverse")
    IO.inspect(:queue.join(q, :queue.from_list([:a, :b])) |> :queue.to_list(), label: "join")
    {q1, q2} = :queue.split(2, q)
    IO.inspect({:queue.to_list(q1), :queue.to_list(q2)}, label: "split")
    IO.inspect(:queue.filter(&(rem(&1, 2) == 0), q) |> :queue.to_list(), label: "filter")
    IO.inspect(:queue.filter(fn x -> [x, x * 10] end, q) |> :queue.to_list(), label: "filter expand")
    IO.inspect(:queue.head(q), label: "head")
    IO.inspect(:queue.last(q), label: "last")
    IO.inspect(:queue.drop(q) |> :queue.to_list(), label: "drop")
    IO.inspect(:queue.drop_r(q) |> :queue.to_list(), label: "drop_r")
    IO.inspect(:queue.get(q), label: "get")
    IO.inspect(:queue.get_r(q), label: "get_r")
    IO.inspect(:queue.is_queue(q), label: "is_queue")
    IO.inspect(:queue.all(&is_integer/1, q), label: "all")
    IO.inspect(:queue.any(&(&1 > 3), q), label: "any")
    IO.inspect(:queue.fold(&+/2, 0, q), label: "fold")
    IO.inspect(:queue.delete(2, q) |> :queue.to_list(), label: "delete")
    IO.inspect(:queue.cons(:front, q) |> :queue.daeh(), label: "cons/daeh")
    IO.inspect(:queue.snoc(q, :back) |> :queue.last(), label: "snoc")
    r = try do
      :queue.head(:queue.new())
    rescue
      e in ErlangError -> e.original
    end
    IO.inspect(r, label: "head of empty")
    # FIFO through a big queue
    big = Enum.reduce(1..1000, :queue.new(), &:queue.in/2)
    IO.inspect(drain(big, 0), label: "drain sum")
  end

  defp drain(q, acc) do
    case :queue.out(q) do
      {{:value, v}, q} -> drain(q, acc + v)
      {:empty, _} -> acc
    end
  end
end
