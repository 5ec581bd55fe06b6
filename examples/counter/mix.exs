defmodule Counter.MixProject do
  use Mix.Project

  def project do
    [app: :counter, version: "0.1.0", elixir: "~> 1.14", deps: [], xref: [exclude: [Popcorn.Wasm]]]
  end

  def application do
    [mod: {Counter.Application, []}, extra_applications: [:logger]]
  end
end
