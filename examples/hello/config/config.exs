import Config

# Evaluated by `popcorn build` on the host and applied in the page before
# the app starts, as `mix run` applies it.
config :hello, audience: "your browser"
