defmodule BehaviourCallbacks do
  defmodule Greeter do
    @callback greet(name :: String.t()) :: String.t()
    @callback farewell(String.t()) :: String.t()
    @optional_callbacks farewell: 1
    @macrocallback shout(term) :: Macro.t()

    defmacro __using__(opts) do
      punct = Keyword.get(opts, :punct, "!")
      quote do
        @behaviour BehaviourCallbacks.Greeter
        def punct, do: unquote(punct)
        def greet_all(names), do: Enum.map(names, &greet/1)
        defoverridable greet_all: 1
      end
    end
  end

  defmodule English do
    use BehaviourCallbacks.Greeter
    @impl true
    def greet(n), do: "Hello, #{n}" <> punct()
    @impl BehaviourCallbacks.Greeter
    def farewell(n), do: "Bye, #{n}"
  end

  defmodule Spanish do
    use BehaviourCallbacks.Greeter, punct: "¡"
    @impl true
    def greet(n), do: punct() <> "Hola, #{n}!"
    def greet_all(names), do: ["override" | super(names)]
  end

  def main do
    for mod <- [English, Spanish] do
      IO.puts(mod.greet("Ana"))
      IO.inspect(mod.greet_all(["x", "y"]))
      IO.inspect(function_exported?(mod, :farewell, 1))
      IO.inspect(mod.module_info(:attributes) |> Keyword.get_values(:behaviour))
    end
    IO.inspect(Greeter.behaviour_info(:callbacks) |> Enum.sort())
    IO.inspect(Greeter.behaviour_info(:optional_callbacks))
    IO.inspect(GenServer.behaviour_info(:callbacks) |> Enum.sort() |> Enum.take(4))
  end
end
