# Popcorn.Wasm: the Elixir side of the page <-> VM bridge, API-compatible
# with Popcorn's. The natives it calls (module :popcorn_js, see
# src/bifs/popcorn_js.ts) never wait: a request to the iframe returns an id
# and the answer arrives as {:popcorn_js_reply, id, result} in this
# process's mailbox. Values cross as JSON-compatible data.

defmodule Popcorn.TrackedObject do
  @moduledoc """
  A JS value kept alive in the iframe on behalf of the Elixir side; it is
  released once no process holds this struct's `ref` any more.
  """
  @type t :: %__MODULE__{ref: reference() | nil}
  defstruct ref: nil
end

defmodule Popcorn.Wasm do
  @moduledoc """
  Messages from JS, replies to them, and JS run on the page.
  """
  @compile {:no_warn_undefined, [:popcorn_js]}
  alias Popcorn.TrackedObject

  defguardp is_tagged_emscripten(msg) when elem(msg, 0) == :emscripten

  defguardp is_call(msg)
            when is_tuple(elem(msg, 1)) and tuple_size(elem(msg, 1)) == 3 and
                   elem(elem(msg, 1), 0) == :call

  defguardp is_cast(msg)
            when is_tuple(elem(msg, 1)) and tuple_size(elem(msg, 1)) == 2 and
                   elem(elem(msg, 1), 0) == :cast

  @doc "Matches a raw call or cast message from JS."
  defguard is_wasm_message(msg)
           when is_tuple(msg) and tuple_size(msg) == 2 and is_tagged_emscripten(msg) and
                  (is_call(msg) or is_cast(msg))

  @type promise :: non_neg_integer()
  @type raw_message :: {:emscripten, {:call, promise(), term()}} | {:emscripten, {:cast, term()}}
  @type wasm_message ::
          {:wasm_call, term(), promise()}
          | {:wasm_cast, term()}
          | {:wasm_event, atom(), map(), term()}

  @doc """
  Parses `raw_msg` and calls `handler` with it. For a call the handler
  returns `{:resolve | :reject, reply, result}`: the JS promise is settled
  with `reply` and `result` is returned. For anything else the handler's
  value is returned as it is.
  """
  def handle_message!(raw_msg, handler) when is_wasm_message(raw_msg) do
    case parse_message!(raw_msg) do
      {:wasm_call, message, promise} ->
        {promise_state, promise_reply, result} = handler.({:wasm_call, message})

        case promise_state do
          :resolve -> resolve(promise_reply, promise)
          :reject -> reject(promise_reply, promise)
        end

        result

      message ->
        handler.(message)
    end
  end

  @doc "A raw message from JS as `t:wasm_message/0`."
  def parse_message!({:emscripten, {:call, promise, message}}), do: {:wasm_call, message, promise}

  def parse_message!({:emscripten, {:cast, ["_popcorn_dom_event", name, data, custom]}}),
    do: {:wasm_event, String.to_atom(name), data, custom}

  def parse_message!({:emscripten, {:cast, message}}), do: {:wasm_cast, message}

  @doc "Settles a JS call's promise with `term`."
  def resolve(term, promise), do: :popcorn_js.settle(promise, :ok, term)

  @doc "Rejects a JS call's promise with `term`."
  def reject(term, promise), do: :popcorn_js.settle(promise, :error, term)

  @doc """
  Runs a JS function (given as source text) on the iframe's main thread,
  called as `({args, wasm, iframeWindow}) => ...`, where `window` and
  `document` are the parent page's. It returns an array of values (or a
  single value, or a Promise of either). Option `return:` `:ref` (default:
  a `TrackedObject` for the one value), `:refs`, `:value`, `:values`.
  """
  def run_js(function, args \\ %{}, opts \\ []) do
    return = Keyword.get(opts, :return, :ref)
    timeout = Keyword.get(opts, :timeout, :infinity)
    id = :popcorn_js.run_js(function, args, return)

    receive do
      {:popcorn_js_reply, ^id, {:ok, items}} -> {:ok, shape(return, items)}
      {:popcorn_js_reply, ^id, {:error, reason}} -> {:error, reason}
    after
      timeout -> {:error, :timeout}
    end
  rescue
    e -> {:error, e}
  end

  defp shape(:refs, refs), do: Enum.map(refs, &%TrackedObject{ref: &1})
  defp shape(:ref, [ref | _]), do: %TrackedObject{ref: ref}
  defp shape(:ref, []), do: nil
  defp shape(:values, values), do: values
  defp shape(:value, [value | _]), do: value
  defp shape(:value, []), do: nil

  @doc "As `run_js/3`, raising on error."
  def run_js!(function, args \\ %{}, opts \\ []) do
    case run_js(function, args, opts) do
      {:ok, value} -> value
      {:error, %{__exception__: true} = e} -> raise e
      {:error, reason} -> raise RuntimeError, "run_js failed: #{format(reason)}"
    end
  end

  defp format(reason) when is_binary(reason), do: reason
  defp format(reason), do: inspect(reason)

  @doc """
  The values of tracked objects: `{:ok, value}`, `{:error, :not_found}` or
  `{:error, :unserializable}` for each.
  """
  def get_tracked_values(objects) when is_list(objects) do
    id = :popcorn_js.get_tracked(Enum.map(objects, fn %TrackedObject{ref: ref} -> ref end))

    receive do
      {:popcorn_js_reply, ^id, {:ok, results}} ->
        Enum.map(results, fn
          {:error, :badvalue} -> {:error, :unserializable}
          other -> other
        end)
    end
  end

  @doc "As `get_tracked_values/1`, assuming each succeeds."
  def get_tracked_values!(objects) when is_list(objects) do
    objects |> get_tracked_values() |> Enum.map(fn {:ok, value} -> value end)
  end

  @doc "Sends an event to the page's `onMessage` handlers. Fire-and-forget."
  def send_event(event_name, payload \\ nil) when is_binary(event_name) do
    :popcorn_js.send_event(event_name, payload)
  end

  @doc """
  Tells the page the app is ready (`Popcorn.init` resolves); with a name,
  registers the caller under it as the default receiver of calls and casts.
  """
  def ready(name \\ nil)
  def ready(nil), do: send_event("popcorn_app_ready", %{name: nil})

  def ready(name) when is_atom(name) do
    register!(name)
    send_event("popcorn_app_ready", %{name: Atom.to_string(name)})
  end

  @doc "Registers the caller under `name` and makes it the default receiver."
  def set_default_receiver(name) when is_atom(name) do
    register!(name)
    send_event("popcorn_set_default_receiver", %{name: Atom.to_string(name)})
  end

  defp register!(name) do
    case Process.whereis(name) do
      nil -> Process.register(self(), name)
      pid when pid == self() -> true
      _other -> raise "Name #{name} already registered to another process"
    end
  end

  @doc """
  Listens for DOM `event_name` events on `target_node` (a `TrackedObject`;
  default: the page's document). Each event is cast to the process named
  `event_receiver` (default receiver when nil) as `{:wasm_event, name,
  data, custom_data}` after `parse_message!/1`, with `data` holding the
  `event_keys`. Returns `{:ok, listener}` for `unregister_event_listener/1`.
  """
  def register_event_listener(event_name, opts) do
    args = %{
      event_name: event_name,
      event_keys: Keyword.get(opts, :event_keys, []),
      target_node: Keyword.get(opts, :target_node),
      event_receiver: Keyword.get(opts, :event_receiver, Keyword.get(opts, :receiver_name)),
      custom_data: Keyword.get(opts, :custom_data)
    }

    run_js(
      """
      ({ wasm, args }) => {
        const node = args.target_node ?? document;
        const fn = (event) => {
          const data = {};
          for (const key of args.event_keys) data[key] = event[key];
          wasm.cast(args.event_receiver, ["_popcorn_dom_event", args.event_name, data, args.custom_data]);
        };
        node.addEventListener(args.event_name, fn);
        return [new TrackedValue(fn, () => node.removeEventListener(args.event_name, fn))];
      }
      """,
      args,
      return: :ref
    )
  end

  @doc "Stops a listener from `register_event_listener/2`."
  def unregister_event_listener(%TrackedObject{ref: ref}) do
    :popcorn_js.release(ref)
    :ok
  end
end
