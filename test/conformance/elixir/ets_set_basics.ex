defmodule EtsSetBasics do
  def main do
    t = :ets.new(:esb, [:set, :public])
    IO.inspect(:ets.insert(t, {:a, 1}), label: "insert")
    :ets.insert(t, [{:b, 2}, {:c, 3, :extra}, {"str", [1]}])
    IO.inspect(:ets.lookup(t, :a), label: "lookup")
    IO.inspect(:ets.lookup(t, :missing), label: "lookup missing")
    IO.inspect(:ets.insert(t, {:a, 10}), label: "overwrite")
    IO.inspect(:ets.lookup(t, :a), label: "after overwrite")
    IO.inspect(:ets.insert_new(t, {:a, 99}), label: "insert_new existing")
    IO.inspect(:ets.insert_new(t, {:z, 26}), label: "insert_new fresh")
    IO.inspect(:ets.member(t, :b), label: "member")
    IO.inspect(:ets.lookup_element(t, :c, 3), label: "lookup_element")
    r = try do
      :ets.lookup_element(t, :nope, 2)
    rescue
      ArgumentError -> :badarg
    end
    IO.inspect(r, label: "lookup_element missing")
    IO.inspect(:ets.info(t, :size), label: "size")
    IO.inspect(:ets.info(t, :type), label: "type")
    IO.inspect(:ets.info(t, :protection), label: "protection")
    IO.inspect(:ets.info(t, :keypos), label: "keypos")
    IO.inspect(:ets.info(t, :named_table), label: "named_table")
    IO.inspect(:ets.tab2list(t) |> Enum.sort(), label: "tab2list")
    IO.inspect(:ets.delete(t, :b), label: "delete key")
    IO.inspect(:ets.delete_object(t, {:z, 0}), label: "delete_object mismatch")
    IO.inspect(:ets.member(t, :z), label: "z still there")
    IO.inspect(:ets.take(t, :z), label: "take")
    IO.inspect(:ets.member(t, :z), label: "z after take")

    # counters and element updates
    :ets.insert(t, {:cnt, 0, 100})
    IO.inspect(:ets.update_counter(t, :cnt, 5), label: "update_counter")
    IO.inspect(:ets.update_counter(t, :cnt, {3, -10}), label: "update_counter pos")
    IO.inspect(:ets.update_counter(t, :cnt, [{2, 1}, {3, 1}]), label: "update_counter list")
    IO.inspect(:ets.update_counter(t, :cnt, {2, 10, 12, 0}), label: "update_counter wrap")
    IO.inspect(:ets.update_counter(t, :new_cnt, 1, {:new_cnt, 41}), label: "update_counter default")
    IO.inspect(:ets.update_element(t, :cnt, {3, :replaced}), label: "update_element")
    IO.inspect(:ets.lookup(t, :cnt), label: "cnt row")
    IO.inspect(:ets.update_element(t, :nope, {2, 1}), label: "update_element missing")

    # keypos
    k = :ets.new(:esb_k, [keypos: 2])
    :ets.insert(k, {:rec, :key1, "v"})
    IO.inspect(:ets.lookup(k, :key1), label: "keypos 2")

    # named tables
    :ets.new(EtsSetBasics.Named, [:named_table, :protected, read_concurrency: true])
    :ets.insert(EtsSetBasics.Named, {1, :one})
    IO.inspect(:ets.lookup(EtsSetBasics.Named, 1), label: "named lookup")
    IO.inspect(:ets.whereis(EtsSetBasics.Named) |> is_reference(), label: "whereis")
    r = try do
      :ets.new(EtsSetBasics.Named, [:named_table])
    rescue
      ArgumentError -> :already_exists
    end
    IO.inspect(r, label: "duplicate name")
    IO.inspect(:ets.delete(EtsSetBasics.Named), label: "delete table")
    IO.inspect(:ets.info(EtsSetBasics.Named), label: "info deleted")
    IO.inspect(:ets.whereis(EtsSetBasics.Named), label: "whereis deleted")

    IO.inspect(:ets.delete_all_objects(t), label: "delete_all_objects")
    IO.inspect(:ets.info(t, :size), label: "size after clear")
  end
end
