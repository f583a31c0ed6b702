namespace ValueFirst.Testing.Data;

/// <summary>
/// How much data a run generates. The targets are stated for <see cref="Full"/>; <see cref="Quick"/>
/// keeps a whole run under two minutes. Counts are for the benchmarked user; a few other users get a
/// twentieth as much each, so every query's owner filter has rows to skip.
/// </summary>
public sealed record BenchmarkScale(string Name, int Contacts, int Interactions, int Drafts, int ImportRows, int Digests)
{
    public static readonly BenchmarkScale Quick = new("quick", 2_000, 50_000, 200, 10_000, 1_000) { Export = new(2_000, 10_000, 200, 50) };

    public static readonly BenchmarkScale Full = new("full", 20_000, 500_000, 1_000, 10_000, 1_000) { Export = new(20_000, 100_000, 2_000, 500) };

    /// <summary>For the generator's smoke test: realistic shape, seconds to build.</summary>
    public static readonly BenchmarkScale Tiny = new("tiny", 200, 3_000, 20, 100, 10) { Export = new(50, 300, 20, 10) };

    /// <summary>The LinkedIn export the whole-export import reads.</summary>
    public ExportScale Export { get; init; } = new(0, 0, 0, 0);

    /// <summary>Users besides the benchmarked one (their data is <see cref="OtherUserShare"/> of the main user's).</summary>
    public const int OtherUsers = 3;

    public const int OtherUserShare = 20;
}
