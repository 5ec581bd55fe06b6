# Runs on the HOST inside `mix run --no-start popcorn_mix_host.exs OUT MODE ARG...`
# for `popcorn run DIR` (MODE "run") and `popcorn test DIR` (MODE "test").
# By the time it runs, mix has compiled the project and loaded its config,
# as `mix run` and `mix test` do before starting anything. Our VM does not
# run the Elixir compiler, so this does the compile-time half here (config
# evaluation; for tests also test_helper.exs and the test files, compiled to
# .beam files) and writes what the VM needs to do the start-up half as mix
# would, as one term in the external term format, to OUT.

defmodule PopcornMixHost do
  # Mix.Tasks.Test's switches (v1.14), so the test arguments parse as there
  @test_switches [
    all_warnings: :boolean,
    breakpoints: :boolean,
    force: :boolean,
    color: :boolean,
    cover: :boolean,
    export_coverage: :string,
    trace: :boolean,
    max_cases: :integer,
    max_failures: :integer,
    include: :keep,
    exclude: :keep,
    seed: :integer,
    only: :keep,
    compile: :boolean,
    start: :boolean,
    timeout: :integer,
    raise: :boolean,
    deps_check: :boolean,
    archives_check: :boolean,
    elixir_version_check: :boolean,
    failed: :boolean,
    stale: :boolean,
    listen_on_stdin: :boolean,
    formatter: :keep,
    slowest: :integer,
    partitions: :integer,
    preload_modules: :boolean,
    warnings_as_errors: :boolean,
    profile_require: :string,
    exit_status: :integer
  ]

  def main([out, mode | args]) do
    project = Mix.Project.config()
    info = Map.merge(common(project, args), mode(mode, project, args))
    File.write!(out, :erlang.term_to_binary(info))
  end

  defp common(project, args) do
    {opts, _, _} = OptionParser.parse(args, switches: [permanent: :boolean, temporary: :boolean])

    %{
      apps: if(app = project[:app], do: [app], else: []),
      type: Mix.Tasks.App.Start.type(project, opts),
      # app.start does nothing under --no-start
      start: "--no-start" not in args,
      code_path: code_path(project),
      # config/config.exs (and its imports) as `mix` loaded it at start-up
      config: Mix.Tasks.Loadconfig.read_compile(),
      runtime_config: runtime_config(project)
    }
  end

  # The project's build: consolidated protocols first, as mix puts them.
  defp code_path(project) do
    consolidated =
      if project[:consolidate_protocols] != false do
        [Mix.Project.consolidation_path(project)]
      else
        []
      end

    build_ebins = Path.wildcard(Path.join(Mix.Project.build_path(project), "lib/*/ebin"))
    for dir <- consolidated ++ build_ebins, File.dir?(dir), do: Path.expand(dir)
  end

  # config/runtime.exs: mix's app.config already evaluated it (and printed
  # whatever it prints); evaluate it again without output for its value.
  defp runtime_config(project) do
    runtime = project[:config_path] |> Path.dirname() |> Path.join("runtime.exs")

    if File.exists?(runtime) do
      silently(fn ->
        Config.Reader.read!(runtime, env: Mix.env(), target: Mix.target(), imports: :disabled)
      end)
    else
      []
    end
  end

  defp silently(fun) do
    {:ok, dev} = StringIO.open("")
    leader = Process.group_leader()
    Process.group_leader(self(), dev)

    try do
      fun.()
    after
      Process.group_leader(self(), leader)
      StringIO.close(dev)
    end
  end

  defp mode("run", _project, _args), do: %{mode: :run}

  # What `mix test` does before it runs the suite (Mix.Tasks.Test.do_run/3
  # in v1.14), with the test files compiled to .beam files in OUT_DIR
  # instead of only loaded.
  defp mode("test", project, args) do
    [out_dir | args] = args
    {opts, files} = OptionParser.parse!(args, strict: @test_switches)
    Application.ensure_loaded(:ex_unit)

    {ex_unit_opts, allowed_files} = Mix.Tasks.Test.process_ex_unit_opts(opts)
    ExUnit.configure(ex_unit_opts)

    test_paths = project[:test_paths] || if(File.dir?("test"), do: ["test"], else: [])

    for dir <- test_paths do
      helper = Path.join(dir, "test_helper.exs")

      unless File.exists?(helper) do
        Mix.raise("Cannot run tests because test helper file #{inspect(helper)} does not exist")
      end

      # compiled rather than required, so modules it defines reach the VM
      {:ok, _, _} = Kernel.ParallelCompiler.compile_to_path([helper], out_dir)
    end

    exclude = List.wrap(Application.get_env(:ex_unit, :exclude, []))
    ExUnit.configure(Keyword.update(ex_unit_opts, :exclude, exclude, &Enum.uniq(&1 ++ exclude)))

    test_files = parse_files(files, test_paths)
    pattern = project[:test_pattern] || "*_test.exs"

    matched =
      test_files
      |> Mix.Utils.extract_files(pattern)
      |> then(fn found ->
        if allowed_files, do: Enum.filter(found, &MapSet.member?(allowed_files, Path.expand(&1))), else: found
      end)

    # a test file that does not compile: the errors are printed, and mix
    # test exits with status 1 (here before the VM starts anything)
    compiled? = matched == [] or compile_tests(matched, project, out_dir)
    unless compiled?, do: exit({:shutdown, 1})
    %{async_modules: async, sync_modules: sync} = :sys.get_state(ExUnit.Server)

    %{
      mode: :test,
      argv: Enum.map(["test" | args], &to_string/1),
      ex_unit: Application.get_all_env(:ex_unit),
      # in the order they were added: the server keeps them newest first
      async_modules: Enum.reverse(async),
      sync_modules: Enum.reverse(sync),
      test_files: matched,
      compiled: compiled?,
      files_given: files,
      only_given: Keyword.has_key?(opts, :only),
      raise: Keyword.get(opts, :raise, false)
    }
  end

  defp parse_files([], test_paths), do: test_paths

  defp parse_files([single], _test_paths) do
    {file, opts} = ExUnit.Filters.parse_path(single)
    ExUnit.configure(opts)
    [file]
  end

  defp parse_files(files, _test_paths) do
    if Enum.any?(files, &match?({_, [_ | _]}, ExUnit.Filters.parse_path(&1))) do
      Mix.raise("Line numbers can only be used when running a single test file")
    else
      files
    end
  end

  # As Mix.Compilers.Test.require/3 compiles them (no docs, no debug info)
  defp compile_tests(files, project, out_dir) do
    opts = Keyword.merge([docs: false, debug_info: false], project[:test_elixirc_options] || [])
    previous = Code.compiler_options(opts)

    try do
      match?({:ok, _, _}, Kernel.ParallelCompiler.compile_to_path(files, out_dir))
    after
      Code.compiler_options(previous)
    end
  end
end

PopcornMixHost.main(System.argv())
