namespace ValueFirst.Benchmarks.Harness;

/// <summary>
/// One measured operation and the floor it is compared with. <see cref="Run"/> is the app's real code path;
/// <see cref="Baseline"/> is the simplest thing that does the same I/O (measured in the same run, interleaved,
/// so a busy machine slows both). <see cref="Reset"/> runs before each timed call of either, untimed.
/// </summary>
public sealed class Benchmark
{
    public required string Name { get; init; }

    public required Func<Task> Run { get; init; }

    public string? BaselineName { get; init; }

    public Func<Task>? Baseline { get; init; }

    public Func<Task>? Reset { get; init; }

    /// <summary>The limit on the median, in ms (null: none).</summary>
    public double? MaxMedianMs { get; init; }

    /// <summary>The limit on median(run) / median(baseline) (null: none).</summary>
    public double? MaxRatio { get; init; }

    public string Target => string.Join(", ", new[]
    {
        MaxMedianMs is { } ms ? (ms >= 1000 ? $"< {ms / 1000:0.#} s" : $"< {ms:0} ms") : null,
        MaxRatio is { } ratio ? $"ratio <= {ratio:0.0#}" : null,
    }.Where(t => t is not null));
}
