defmodule RecordTuples do
  require Record
  Record.defrecord(:user, name: "anon", age: 0)
  Record.defrecord(:point, :pt, x: 0, y: 0)
  Record.defrecordp(:secret, [val: nil])

  def main do
    u = user(name: "ann", age: 30)
    IO.inspect(u)
    IO.inspect(user(u, :name))
    IO.inspect(user(u, age: 31))
    IO.inspect(user())
    IO.inspect(user(u))
    IO.inspect(Record.is_record(u))
    IO.inspect(Record.is_record(u, :user))
    IO.inspect(Record.is_record({:other, 1}, :user))
    IO.inspect(point(x: 1, y: 2))
    IO.inspect(point(point(x: 5), :x))
    IO.inspect(user(:name))
    IO.inspect(secret(val: 1) |> elem(1))
    user(name: n) = u
    IO.inspect(n)
    IO.inspect(Record.extract(:file_info, from_lib: "kernel/include/file.hrl") |> Keyword.keys() |> Enum.take(5))
    IO.inspect(match?(user(age: 30), u))
    t = {1, {2, {3, {4, nil}}}}
    IO.inspect(elem(elem(elem(t, 1), 1), 0))
    IO.inspect(:erlang.make_tuple(3, :x))
    IO.inspect(:erlang.make_tuple(4, 0, [{2, :a}, {4, :b}]))
    IO.inspect(:erlang.append_element({1}, 2))
    IO.inspect(:erlang.delete_element(1, {1, 2, 3}))
    IO.inspect(:erlang.insert_element(2, {1, 3}, 2))
    IO.inspect(:erlang.setelement(1, {:a, :b}, :c))
    IO.inspect(:erlang.tuple_to_list({1, {2}}))
    IO.inspect({1, 2} < {1, 2, 0})
    IO.inspect({2} < {1, 1})
    IO.inspect(Tuple.to_list({}) == [])
    try do
      elem({1}, 5)
    rescue
      e -> IO.puts(Exception.message(e))
    end
  end
end
