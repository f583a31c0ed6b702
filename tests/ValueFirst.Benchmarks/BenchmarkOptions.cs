namespace ValueFirst.Benchmarks;

/// <summary>The command line: <c>[--quick] [--json FILE] [--provider sqlite|postgres] [--connection CS] [--runs N] [--warmup-seconds S] [--only a,b] [--load [--clients N] [--seconds S]]</c>.</summary>
public sealed record BenchmarkOptions
{
    public bool Quick { get; init; }

    public string? JsonFile { get; init; }

    public string Provider { get; init; } = "sqlite";

    public string? Connection { get; init; }

    public int Runs { get; init; } = 10;

    public int Warmups { get; init; } = 1;

    /// <summary>Least time spent warming up each benchmark (see <see cref="Harness.Runner"/>).</summary>
    public double WarmupSeconds { get; init; } = 6;

    public IReadOnlySet<string>? Only { get; init; }

    public bool Load { get; init; }

    public int Clients { get; init; } = 20;

    public int Seconds { get; init; } = 30;

    public string? WorkDirectory { get; init; }

    /// <summary>Print every run's time (A/B) instead of a dot.</summary>
    public bool Verbose { get; init; }

    public const string Usage =
        "Usage: dotnet run -c Release --project tests/ValueFirst.Benchmarks -- [--quick] [--json FILE] [--provider sqlite|postgres] " +
        "[--connection CONNECTION_STRING] [--runs N (>= 10)] [--warmup-seconds S (default 6)] [--only name,name] [--work DIR] [--verbose] [--load [--clients N] [--seconds S]]\n" +
        "PostgreSQL reads VALUEFIRST_TEST_POSTGRES unless --connection is given; the benchmark creates and drops its own database.\n" +
        "--load exits 1 when the load scenario fails (any error, the app's working set grows more than 20 %, a p95 of 300 ms or more, or on SQLite under 60 requests/s).";

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--quick" => options with { Quick = true },
                "--json" => options with { JsonFile = Next() },
                "--provider" => options with { Provider = Next().ToLowerInvariant() },
                "--connection" => options with { Connection = Next() },
                "--warmup-seconds" => options with { WarmupSeconds = double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                "--runs" => options with { Runs = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                "--only" => options with { Only = Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet() },
                "--work" => options with { WorkDirectory = Next() },
                "--load" => options with { Load = true },
                "--verbose" => options with { Verbose = true },
                "--clients" => options with { Clients = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                "--seconds" => options with { Seconds = int.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        if (options.Provider is not ("sqlite" or "postgres"))
        {
            throw new ArgumentException("--provider must be sqlite or postgres.");
        }

        if (options.Runs < 10)
        {
            throw new ArgumentException("--runs must be at least 10.");
        }

        if (options.WarmupSeconds is < 0 or > 60)
        {
            throw new ArgumentException("--warmup-seconds must be 0–60.");
        }

        if (options.Clients is < 1 or > 200 || options.Seconds is < 1 or > 600)
        {
            throw new ArgumentException("--clients must be 1–200 and --seconds 1–600.");
        }

        return options;
    }

    public bool Includes(string name) => Only is null || Only.Contains(name) || Only.Any(o => name.StartsWith(o + ".", StringComparison.Ordinal));
}
