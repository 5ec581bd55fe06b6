defmodule KernelDefaultsDelegate do
  defmodule Impl do
    def shout(s, times), do: String.duplicate(String.upcase(s), times)
  end

  defdelegate shout(s, times), to: Impl
  defdelegate loud(s, times), to: Impl, as: :shout
  defdelegate reverse(l), to: Enum

  def greet(name, greeting \\ "Hello", punct \\ "!")
  def greet(nil, _greeting, _punct), do: "nobody"
  def greet(name, greeting, punct), do: "#{greeting}, #{name}#{punct}"

  def opts(a, opts \\ []), do: {a, Keyword.get(opts, :mode, :default)}

  def multi(0), do: :zero
  def multi(n) when n < 0, do: :neg
  def multi(_), do: :pos

  defp helper(x \\ 10), do: x * 2
  def use_helper, do: {helper(), helper(1)}

  def main do
    IO.inspect(shout("hi", 2))
    IO.inspect(loud("yo", 3))
    IO.inspect(reverse([1, 2, 3]))
    IO.inspect(greet("ann"))
    IO.inspect(greet("bob", "Hi"))
    IO.inspect(greet("cy", "Hey", "?"))
    IO.inspect(greet(nil))
    IO.inspect(opts(1))
    IO.inspect(opts(1, mode: :fast))
    IO.inspect(Enum.map([0, -3, 3], &multi/1))
    IO.inspect(use_helper())
    IO.inspect(__MODULE__.__info__(:functions) |> Enum.filter(fn {n, _} -> n in [:greet, :opts, :shout, :loud] end) |> Enum.sort())
    IO.inspect(function_exported?(__MODULE__, :greet, 1))
    IO.inspect(function_exported?(__MODULE__, :helper, 0))
  end
end
