defmodule UncaughtCaseClause do
  def classify(v) do
    case v do
      {:ok, n} when n > 10 -> :big
      {:ok, _} -> :small
    end
  end

  def main do
    IO.inspect(classify({:ok, 20}))
    classify({:error, %{reason: "bad", list: [1, 2, 3]}})
  end
end
