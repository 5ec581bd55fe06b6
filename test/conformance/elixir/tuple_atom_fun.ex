defmodule TupleAtomFun do
  def add(a, b), do: a + b
  defp secret, do: :hidden

  def main do
    t = {:a, 2, "three"}
    IO.inspect(Tuple.to_list(t))
    IO.inspect(Tuple.append(t, 4))
    IO.inspect(Tuple.insert_at(t, 1, :ins))
    IO.inspect(Tuple.delete_at(t, 0))
    IO.inspect(Tuple.duplicate(:x, 3))
    IO.inspect(Tuple.sum({1, 2, 3.5}))
    IO.inspect(Tuple.product({2, 3, 4}))
    IO.inspect(List.to_tuple([1, [2]]))
    IO.inspect(:erlang.make_tuple(3, 0, [{2, :two}]))
    IO.inspect(:erlang.append_element({1}, 2))
    IO.inspect(Atom.to_string(:hello))
    IO.inspect(Atom.to_charlist(:hello))
    IO.inspect(String.to_atom("dyn_atom_#{1 + 1}"))
    IO.inspect(String.to_existing_atom("main"))
    IO.inspect(List.to_atom(~c"from_list"))
    IO.inspect(:erlang.atom_to_binary(:"ünï"))
    IO.inspect(:erlang.binary_to_atom("ünï", :utf8))
    IO.inspect(is_atom(Enum))
    IO.inspect(Atom.to_string(Enum))
    f = &add/2
    IO.inspect(f.(1, 2))
    IO.inspect(Function.info(f)[:arity])
    IO.inspect(Function.info(f, :name))
    IO.inspect(Function.info(f, :module))
    IO.inspect(Function.info(f, :type))
    IO.inspect(Function.info(&String.upcase/1, :type))
    IO.inspect(Function.info(fn -> 1 end, :type))
    IO.inspect(Function.capture(TupleAtomFun, :add, 2).(5, 6))
    IO.inspect(Function.identity(:same))
    IO.inspect(is_function(f, 2))
    IO.inspect(:erlang.fun_info(&Enum.count/1))
    g = &(&1 * &2 + &3)
    IO.inspect(g.(2, 3, 4))
    h = &{&1, [&1]}
    IO.inspect(h.(:x))
    k = &"str #{&1}"
    IO.inspect(k.(9))
    y = 10
    closure = fn z -> y + z end
    IO.inspect(closure.(5))
    IO.inspect(Function.info(closure, :env) |> elem(1) |> length())
    IO.inspect(apply(TupleAtomFun, :add, [3, 4]))
    IO.inspect(apply(fn a -> a * 2 end, [21]))
    IO.inspect(apply(Enum, :reverse, [[1, 2, 3]]))
    IO.inspect(Kernel.apply(String, :duplicate, ["ab", 2]))
    m = String
    IO.inspect(m.length("héllo"))
    fname = :upcase
    IO.inspect(apply(m, fname, ["dyn"]))
    IO.inspect(secret())
    IO.inspect(Enum.map([1, 2, 3], &Integer.to_string/1))
    IO.inspect(Enum.map([[1], [2, 3]], &length/1))
    IO.inspect((&is_nil/1).(nil))
    IO.inspect(Enum.reduce([1, 2, 3], &+/2))
    compose = fn f1, f2 -> fn x -> f2.(f1.(x)) end end
    IO.inspect(compose.(&(&1 + 1), &(&1 * 10)).(4))
    recur = fn
      0, _self -> 0
      n, self -> n + self.(n - 1, self)
    end
    IO.inspect(recur.(10, recur))
    IO.inspect(:erlang.fun_to_list(&Enum.map/2))
    f1 = &TupleAtomFun.add/2
    IO.inspect(f1 == f)
    IO.inspect(function_exported?(TupleAtomFun, :secret, 0))
  end
end
