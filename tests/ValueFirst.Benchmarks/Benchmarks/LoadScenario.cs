using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using ValueFirst.Benchmarks.Harness;

namespace ValueFirst.Benchmarks.Benchmarks;

/// <summary>
/// <c>--load</c>: N signed-in clients on loopback, each requesting the dashboard, the biggest page and the
/// calendar feed in turn for a bounded time. Reports requests/s, p95 latency, errors (must be 0) and the app's
/// working set before and after (growth must stay within 20 %).
/// </summary>
public static class LoadScenario
{
    public const double MaxGrowth = 0.20;

    public static async Task<bool> RunAsync(WebProcess web, string email, string password, string feedToken, int clients, TimeSpan duration, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(web);
        ArgumentNullException.ThrowIfNull(log);
        if (!IPAddress.IsLoopback(IPAddress.Parse(web.Address.Host)))
        {
            throw new InvalidOperationException("The load scenario only runs against a loopback address.");
        }

        string[] pages = ["/", LedgerBenchmarks.BiggestPage, $"/calendar/{feedToken}.ics"];
        var signedIn = new List<HttpClient>(clients);
        for (var i = 0; i < clients; i++)
        {
            signedIn.Add(await web.SignInAsync(email, password));
        }

        // One round first so the "before" figure is the warmed-up app, not its first start.
        foreach (var page in pages)
        {
            using var response = await signedIn[0].GetAsync(new Uri(page, UriKind.Relative));
            response.EnsureSuccessStatusCode();
        }

        GC.Collect();
        var before = web.WorkingSetBytes;
        var latencies = new ConcurrentBag<double>();
        var errors = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(signedIn.Select((client, index) => Task.Run(async () =>
        {
            for (var n = index; !stop.IsCancellationRequested; n++)
            {
                var page = pages[n % pages.Length];
                var timer = Stopwatch.StartNew();
                try
                {
                    using var response = await client.GetAsync(new Uri(page, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        errors.Add($"{page}: {(int)response.StatusCode}");
                    }
                }
                catch (HttpRequestException e)
                {
                    errors.Add($"{page}: {e.Message}");
                }

                latencies.Add(timer.Elapsed.TotalMilliseconds);
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        var after = web.WorkingSetBytes;
        foreach (var client in signedIn)
        {
            client.Dispose();
        }

        var samples = latencies.ToArray();
        var growth = (after - before) / (double)before;
        var ok = errors.IsEmpty && growth <= MaxGrowth;
        log.WriteLine();
        log.WriteLine($"Load: {clients} clients × {duration.TotalSeconds:0} s on {web.Address} ({string.Join(", ", pages.Select(p => p.StartsWith("/calendar/", StringComparison.Ordinal) ? "/calendar/{token}.ics" : p))})");
        log.WriteLine($"  {samples.Length / elapsed:0.0} requests/s · median {Statistics.Median(samples):0.0} ms · p95 {Statistics.Percentile(samples, 95):0.0} ms · {errors.Count} errors");
        log.WriteLine($"  app working set {before / 1048576.0:0} MB before, {after / 1048576.0:0} MB after ({growth:+0%;-0%}; limit +{MaxGrowth:0%}) → {(ok ? "met" : "MISSED")}");
        foreach (var error in errors.Distinct().Take(5))
        {
            log.WriteLine($"  error: {error}");
        }

        return ok;
    }
}
