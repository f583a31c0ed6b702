using System.Diagnostics;
using ValueFirst.Testing.Load;

namespace ValueFirst.Benchmarks.Harness;

/// <summary>
/// Warm-up, then measured runs with the baseline interleaved (A B A B ...), reporting the median and the 95th
/// percentile. A full GC before each timed call keeps one run's garbage out of the next one's figure.
/// The warm-up lasts at least <paramref name="warmupTime"/> as well as <paramref name="warmups"/> pairs: .NET
/// first runs code compiled quickly and recompiles hot methods seconds later, so a fast benchmark measured
/// straight after one warm-up run (as before) reported the quick code's figures, several times slower.
/// </summary>
public sealed class Runner(int warmups, TimeSpan warmupTime, int runs, TextWriter log, bool verbose = false)
{
    public async Task<BenchmarkResult> MeasureAsync(Benchmark benchmark)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        log.Write($"  {benchmark.Name,-26} ");
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < warmups || warming.Elapsed < warmupTime; i++)
        {
            await TimeAsync(benchmark.Run, benchmark.Reset);
            if (benchmark.Baseline is not null)
            {
                await TimeAsync(benchmark.Baseline, benchmark.Reset);
            }
        }

        var a = new List<double>(runs);
        var b = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            a.Add(await TimeAsync(benchmark.Run, benchmark.Reset));
            if (benchmark.Baseline is not null)
            {
                b.Add(await TimeAsync(benchmark.Baseline, benchmark.Reset));
            }

            log.Write(verbose ? $" {a[^1]:0.0}/{(b.Count > 0 ? b[^1] : double.NaN):0.0}" : ".");
        }

        var median = Statistics.Median(a);
        double? baselineMedian = b.Count > 0 ? Statistics.Median(b) : null;
        double? ratio = baselineMedian is > 0 ? median / baselineMedian : null;
        var met = (benchmark.MaxMedianMs is not { } max || median < max)
            && (benchmark.MaxRatio is not { } maxRatio || (ratio is { } r && r <= maxRatio));
        log.WriteLine($" {median:0.0} ms");
        return new BenchmarkResult(
            benchmark.Name, median, Statistics.Percentile(a, 95), benchmark.BaselineName, baselineMedian, ratio,
            benchmark.Target, met, runs);
    }

    private static async Task<double> TimeAsync(Func<Task> action, Func<Task>? reset)
    {
        if (reset is not null)
        {
            await reset();
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed.TotalMilliseconds;
    }
}
