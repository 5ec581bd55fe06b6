defmodule KeywordList do
  def main do
    kw = [a: 1, b: 2, a: 3]
    IO.inspect(Keyword.get(kw, :a))
    IO.inspect(Keyword.get_values(kw, :a))
    IO.inspect(Keyword.fetch(kw, :b))
    IO.inspect(Keyword.has_key?(kw, :c))
    IO.inspect(Keyword.put(kw, :a, 9))
    IO.inspect(Keyword.put_new(kw, :c, 3))
    IO.inspect(Keyword.delete(kw, :a))
    IO.inspect(Keyword.delete_first(kw, :a))
    IO.inspect(Keyword.keys(kw))
    IO.inspect(Keyword.values(kw))
    IO.inspect(Keyword.merge([a: 1, b: 2], [b: 3, c: 4]))
    IO.inspect(Keyword.merge([a: 1, b: 2], [b: 3], fn _, x, y -> x * y end))
    IO.inspect(Keyword.update([a: 1], :a, 0, &(&1 + 1)))
    IO.inspect(Keyword.update([a: 1], :b, 0, &(&1 + 1)))
    IO.inspect(Keyword.pop(kw, :a))
    IO.inspect(Keyword.pop_first(kw, :a))
    IO.inspect(Keyword.take(kw, [:a]))
    IO.inspect(Keyword.drop(kw, [:a]))
    IO.inspect(Keyword.split(kw, [:b]))
    IO.inspect(Keyword.keyword?(kw))
    IO.inspect(Keyword.keyword?([{"a", 1}]))
    IO.inspect(Keyword.new([{:x, 1}, {:x, 2}]))
    IO.inspect(Keyword.to_list(kw))
    IO.inspect(Keyword.equal?([a: 1, b: 2], [b: 2, a: 1]))
    IO.inspect(Keyword.filter(kw, fn {_, v} -> v > 1 end))
    IO.inspect(Keyword.replace!([a: 1, b: 2], :b, 20))
    IO.inspect(Keyword.validate([a: 1], [:a, b: 5]))
    IO.inspect(Keyword.validate([c: 1], [:a]))
    try do
      Keyword.fetch!(kw, :zz)
    rescue
      e -> IO.puts(Exception.message(e))
    end
    IO.inspect([{:"with space", 1}, {:ok, 2}, {:"Elixir.Foo", 3}, {:"a-b", 4}])
  end
end
