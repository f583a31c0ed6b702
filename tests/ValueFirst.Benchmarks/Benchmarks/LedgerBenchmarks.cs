using ValueFirst.Benchmarks.Harness;

namespace ValueFirst.Benchmarks.Benchmarks;

/// <summary>The ledger's balance page and give-first list against one hand-written SQL aggregate.</summary>
public static class LedgerBenchmarks
{
    /// <summary>The page web.rss and --load render: the biggest page of the data set.</summary>
    public const string BiggestPage = "/contacts";

    public static IEnumerable<Func<Task<Benchmark>>> Create(AppServices app, string userId, string connectionString, string provider) => [];
}
