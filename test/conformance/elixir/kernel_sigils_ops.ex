defmodule KernelSigilsOps do
  def sigil_u(text, []), do: String.upcase(text)
  def sigil_u(text, [?r]), do: text |> String.upcase() |> String.reverse()

  def a <~> b, do: {b, a}
  def left ||| right, do: "#{left}|#{right}"

  def main do
    IO.inspect(~w(one two three))
    IO.inspect(~w(one two)a)
    IO.inspect(~w(one two)c)
    IO.inspect(~s(string with "quotes" and #{1 + 1}))
    IO.inspect(~S(raw #{no} \n escape))
    IO.inspect(~c(chars #{1}))
    IO.inspect(~u(custom))
    IO.inspect(~u(custom)r)
    IO.inspect(1 <~> 2)
    IO.inspect(:a ||| :b)
    heredoc = """
      indented
        more
    end
    """
    IO.inspect(heredoc)
    IO.inspect(~S"""
    raw \t heredoc #{x}
    """)
    IO.inspect("\x41\u00e9\u{1F600}\a\b\e\f\v\0\s")
    IO.inspect(?a..?e |> Enum.to_list())
    IO.inspect([?\n, ?\s, ?\\, ?é])
    IO.inspect(1..10 |> Enum.filter(&(rem(&1, 3) == 0)) |> Enum.map(&(&1 * &1)))
    IO.inspect(-5..5//5 |> Enum.to_list())
    IO.inspect(5 |> Kernel.-(2) |> Kernel.*(3))
    IO.inspect([1, 2] ++ [3] -- [2])
    IO.inspect("abc" =~ "b")
    IO.inspect("abc" =~ ~r/^a.c$/)
    IO.inspect(not (1 > 2))
    IO.inspect(!nil and !false)
    IO.inspect(0x1F + 0o17 + 0b101 + 1_000)
    IO.inspect(1.5e3 + 2.0e-1)
    IO.inspect(7 |> div(2) |> then(&(&1 + rem(7, 2))))
    IO.inspect(:atom |> to_string() |> String.length())
    x = 5
    IO.inspect(unless(x > 10, do: :small, else: :big))
    IO.inspect(if(nil, do: 1))
    IO.inspect(cond do x > 10 -> :a; x > 3 -> :b; true -> :c end)
    IO.inspect(case x do n when n in [1, 5, 9] -> :listed; _ -> :no end)
    swap = &(&1 <~> &2)
    IO.inspect(swap.(:l, :r))
    IO.inspect(~r/(?<year>\d{4})-(?<mon>\d\d)/ |> Regex.named_captures("on 2024-03"))
    IO.inspect(Regex.scan(~r/\d+/, "a1b22c333"))
    IO.inspect(String.split("a, b,c", ~r/,\s*/))
  end
end
