defmodule ExcCustom do
  defmodule Simple do
    defexception [:message]
  end

  defmodule WithDefault do
    defexception message: "default message here"
  end

  defmodule Computed do
    defexception [:value, :limit]

    @impl true
    def message(%{value: v, limit: l}), do: "value #{v} exceeds limit #{l}"
  end

  defmodule Builder do
    defexception [:message, :code]

    @impl true
    def exception(opts) when is_list(opts) do
      code = Keyword.get(opts, :code, 0)
      %__MODULE__{message: "failed with code #{code}", code: code}
    end

    def exception(code) when is_integer(code), do: exception(code: code)
  end

  def main do
    e = try do raise Simple, message: "hi" rescue x -> x end
    IO.inspect(e)
    IO.puts(Exception.message(e))
    IO.inspect(Exception.exception?(e))
    IO.inspect(Exception.exception?(%{a: 1}))

    try do
      raise WithDefault
    rescue
      x in WithDefault -> IO.puts("caught: " <> x.message)
    end

    try do
      raise WithDefault, "overridden"
    rescue
      x -> IO.inspect(x)
    end

    try do
      raise Computed, value: 10, limit: 5
    rescue
      x in [Computed, ArgumentError] -> IO.puts(Exception.message(x)); IO.inspect(x)
    end

    try do
      raise Builder, 42
    rescue
      x -> IO.inspect({x.code, Exception.message(x)})
    end

    try do
      raise Builder, code: 7
    rescue
      x -> IO.inspect(x)
    end

    ex = Builder.exception(3)
    IO.inspect(ex)
    try do
      raise ex
    rescue
      x -> IO.inspect(x == ex)
    end

    try do
      raise Simple
    rescue
      x -> IO.inspect(x)
    end

    IO.inspect(Simple.exception(message: "direct"))
    IO.inspect(Map.keys(%Computed{}) |> Enum.sort())
    IO.inspect(%Computed{value: 1}.__exception__)
    IO.puts(Exception.format(:error, Computed.exception(value: 3, limit: 1)))
    IO.puts(Exception.format_banner(:error, %Simple{message: "banner"}))
  end
end
