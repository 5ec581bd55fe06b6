defmodule EtsMatchSelect do
  def main do
    t = :ets.new(:ems, [:ordered_set])
    people = [{1, "ann", 31, :eng}, {2, "bob", 25, :ops}, {3, "cid", 42, :eng}, {4, "dee", 19, :ops}, {5, "eve", 35, :mgmt}]
    :ets.insert(t, people)

    IO.inspect(:ets.match(t, {:"$1", :"$2", :_, :eng}), label: "match eng")
    IO.inspect(:ets.match_object(t, {:_, :_, :_, :ops}), label: "match_object ops")
    IO.inspect(:ets.match(t, {:_, :"$2", :"$1", :_}) |> length(), label: "match all")

    ms = [{{:"$1", :"$2", :"$3", :_}, [{:>, :"$3", 30}], [{{:"$2", :"$3"}}]}]
    IO.inspect(:ets.select(t, ms), label: "select age > 30")
    ms2 = [{{:"$1", :_, :_, :"$4"}, [{:orelse, {:==, :"$4", :mgmt}, {:<, :"$1", 2}}], [:"$1"]}]
    IO.inspect(:ets.select(t, ms2), label: "select orelse")
    ms3 = [{{:_, :"$2", :_, :_}, [], [{:byte_size, :"$2"}]}]
    IO.inspect(:ets.select(t, ms3), label: "select body fun")
    ms4 = [{{:"$1", :_, :_, :_}, [{:is_integer, :"$1"}, {:rem, :"$1", 2}], [:"$_"]}]
    IO.inspect(:ets.select(t, [{{:"$1", :_, :_, :_}, [{:==, {:rem, :"$1", 2}, 0}], [:"$_"]}]), label: "select $_ even")
    _ = ms4

    # select with a limit and continuation
    {first, cont} = :ets.select(t, [{{:"$1", :_, :_, :_}, [], [:"$1"]}], 2)
    IO.inspect(first, label: "chunk 1")
    {second, cont} = :ets.select(cont)
    IO.inspect(second, label: "chunk 2")
    {third, cont} = :ets.select(cont)
    IO.inspect(third, label: "chunk 3")
    IO.inspect(:ets.select(cont), label: "end")

    IO.inspect(:ets.select_count(t, [{{:_, :_, :"$1", :_}, [{:<, :"$1", 30}], [true]}]), label: "select_count young")
    IO.inspect(:ets.select_delete(t, [{{:_, :_, :_, :ops}, [], [true]}]), label: "select_delete ops")
    IO.inspect(:ets.tab2list(t) |> Enum.map(&elem(&1, 0)), label: "remaining ids")
    IO.inspect(:ets.select_replace(t, [{{:"$1", :"$2", :"$3", :eng}, [], [{{:"$1", :"$2", {:+, :"$3", 1}, :eng}}]}]), label: "select_replace")
    IO.inspect(:ets.lookup(t, 3), label: "after replace")
    IO.inspect(:ets.select_reverse(t, [{{:"$1", :_, :_, :_}, [], [:"$1"]}]), label: "select_reverse")

    # match_delete and match with limit
    :ets.match_delete(t, {:_, :_, :_, :mgmt})
    IO.inspect(:ets.tab2list(t) |> length(), label: "after match_delete")

    # test_ms and match_spec_run
    IO.inspect(:ets.test_ms({:a, 5}, [{{:a, :"$1"}, [{:>, :"$1", 3}], [{:*, :"$1", 2}]}]), label: "test_ms")
    IO.inspect(:ets.match_spec_run([{1, 2}, {3, 4}], :ets.match_spec_compile([{{:"$1", :"$2"}, [], [{:+, :"$1", :"$2"}]}])), label: "match_spec_run")
  end
end
