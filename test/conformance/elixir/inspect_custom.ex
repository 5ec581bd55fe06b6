defmodule InspectCustom do
  defmodule Money do
    defstruct [:amount, :currency]
  end

  defimpl Inspect, for: Money do
    import Inspect.Algebra

    def inspect(%{amount: a, currency: c}, opts) do
      concat(["#Money<", to_doc(a, opts), " ", color(Atom.to_string(c), :atom, opts), ">"])
    end
  end

  defmodule Tree do
    defstruct [:value, children: []]
  end

  defimpl Inspect, for: Tree do
    import Inspect.Algebra

    def inspect(%{value: v, children: []}, opts), do: concat(["(", to_doc(v, opts), ")"])

    def inspect(%{value: v, children: cs}, opts) do
      container_doc("(" <> Kernel.inspect(v) <> " ", cs, ")", opts, &Inspect.inspect/2, separator: "", break: :flex)
    end
  end

  defmodule Broken do
    defstruct [:x]
  end

  defimpl Inspect, for: Broken do
    def inspect(_, _), do: raise("inspect blew up")
  end

  def main do
    IO.inspect(%Money{amount: 10, currency: :EUR})
    IO.inspect([%Money{amount: 1, currency: :USD}, %Money{amount: 2, currency: :GBP}])
    IO.inspect(%{price: %Money{amount: 3, currency: :JPY}})
    IO.puts(inspect(%Money{amount: 5, currency: :EUR}, syntax_colors: [atom: :red]))
    IO.inspect(%Money{amount: 5, currency: :EUR}, structs: false)
    tree = %Tree{value: 1, children: [%Tree{value: 2}, %Tree{value: 3, children: [%Tree{value: 4}]}]}
    IO.inspect(tree)
    IO.inspect(tree, width: 8)
    IO.puts(inspect(%Broken{x: 1}))
    import Inspect.Algebra
    doc = glue("hello", "world")
    IO.puts(format(doc, 80) |> IO.iodata_to_binary())
    IO.puts(format(doc, 5) |> IO.iodata_to_binary())
    doc2 = group(concat(["[", nest(concat([break(""), "a,", line(), "b"]), 2), break(""), "]"]))
    IO.puts(format(doc2, 80) |> IO.iodata_to_binary())
    IO.puts(format(doc2, 3) |> IO.iodata_to_binary())
    IO.puts(format(nest(concat(["x", line(), "y"]), 4), 80) |> IO.iodata_to_binary())
    IO.puts(format(space("a", "b"), 80) |> IO.iodata_to_binary())
    IO.puts(format(fold_doc(["a", "b", "c"], &glue(&1, ",", &2)), 3) |> IO.iodata_to_binary())
    IO.puts(format(container_doc("{", [1, 2, 3], "}", %Inspect.Opts{}, fn i, _ -> to_string(i) end), 80) |> IO.iodata_to_binary())
    IO.puts(format(string("plain"), 80) |> IO.iodata_to_binary())
    IO.puts(format(color("red", :atom, %Inspect.Opts{syntax_colors: [atom: :red]}), 80) |> IO.iodata_to_binary() |> inspect())
    IO.inspect(empty())
    IO.puts(format(flex_glue("aaaa", "bbbb"), 6) |> IO.iodata_to_binary())
    IO.puts(format(group(glue(nest(glue("one", "two"), 2), "three")), 8) |> IO.iodata_to_binary())
    IO.puts(format(force_unfit(group(glue("a", "b"))), 80) |> IO.iodata_to_binary())
    IO.puts(format(collapse_lines(2), 80) |> IO.iodata_to_binary() |> inspect())
    IO.puts(format(concat(["a", next_break_fits(group(glue("[", "]"))), "b"]), 2) |> IO.iodata_to_binary())
  end
end
