namespace ValueFirst.Benchmarks.Harness;

/// <summary>One line of the report (and of the JSON file).</summary>
public sealed record BenchmarkResult(
    string Name,
    double MedianMs,
    double P95Ms,
    string? BaselineName,
    double? BaselineMedianMs,
    double? Ratio,
    string Target,
    bool Met,
    int Runs)
{
    /// <summary>For <c>web.rss</c>: the app process's working set in MB (its target is on memory, not time).</summary>
    public double? WorkingSetMb { get; init; }
}
