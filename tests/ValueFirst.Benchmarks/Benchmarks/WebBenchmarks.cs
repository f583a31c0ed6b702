using System.Diagnostics;
using System.Net;
using ValueFirst.Benchmarks.Harness;
using ValueFirst.Testing.Load;

namespace ValueFirst.Benchmarks.Benchmarks;

/// <summary>
/// <c>web.rss</c>: the app process's working set after it has served the data set's biggest page (the
/// balance page; the contacts list until the ledger lands) to a signed-in user. The timings are the page's
/// full HTTP round trips, for information.
/// </summary>
public static class WebBenchmarks
{
    public const double MaxWorkingSetMb = 250;

    public static async Task<BenchmarkResult> WorkingSetAsync(WebProcess web, string email, string password, string page, int runs, TextWriter log)
    {
        log.Write($"  {"web.rss",-22} ");
        using var client = await web.SignInAsync(email, password);
        var timings = new List<double>(runs);
        for (var i = 0; i < runs + 2; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            clock.Stop();
            if (response.StatusCode != HttpStatusCode.OK || body.Length < 1000)
            {
                throw new InvalidOperationException($"GET {page} answered {(int)response.StatusCode} ({body.Length} characters).");
            }

            if (i >= 2)
            {
                timings.Add(clock.Elapsed.TotalMilliseconds);
                log.Write('.');
            }
        }

        var mb = web.WorkingSetBytes / 1024.0 / 1024.0;
        log.WriteLine($" {mb:0} MB");
        if (await web.FreshMemoryLogAsync() is { } memory)
        {
            log.WriteLine($"    app: {memory}");
        }

        return new BenchmarkResult(
            "web.rss", Statistics.Median(timings), Statistics.Percentile(timings, 95), null, null, null,
            $"< {MaxWorkingSetMb:0} MB", mb < MaxWorkingSetMb, runs)
        {
            WorkingSetMb = mb,
        };
    }
}
