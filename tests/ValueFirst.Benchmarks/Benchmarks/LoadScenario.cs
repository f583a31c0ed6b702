using ValueFirst.Benchmarks.Harness;
using ValueFirst.Testing.Load;

namespace ValueFirst.Benchmarks.Benchmarks;

/// <summary>
/// <c>--load</c>: N signed-in clients on loopback, each requesting the dashboard, the biggest page and the
/// calendar feed in turn for a bounded time. Reports requests/s, p95 latency, errors and the app's working set
/// before and after, and passes only with 0 errors and at most 20 % growth.
/// </summary>
/// <remarks>
/// "Before" is measured after a warm-up pass of the same load, not after the app's first requests: the first
/// seconds under N concurrent clients JIT the hot paths again at higher tiers, fill the connection, buffer and
/// EF query caches, and let the GC size its budgets for N requests in flight. That is a one-off cost of reaching
/// steady state; growth beyond it, under steady load, is what would keep going (a leak).
/// </remarks>
public static class LoadScenario
{
    public const double MaxGrowth = 0.20;

    public static async Task<bool> RunAsync(WebProcess web, string email, string password, string feedToken, int clients, TimeSpan duration, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(web);
        ArgumentNullException.ThrowIfNull(log);
        LoadClients.RequireLoopback(web.Address);

        string[] pages = ["/", LedgerBenchmarks.BiggestPage, $"/calendar/{feedToken}.ics"];
        var signedIn = new List<HttpClient>(clients);
        try
        {
            for (var i = 0; i < clients; i++)
            {
                signedIn.Add(await web.SignInAsync(email, password));
            }

            var warmUpFor = TimeSpan.FromSeconds(Math.Clamp(duration.TotalSeconds / 6, 2, 10));
            var warmUp = await LoadClients.RunAsync(signedIn, pages, warmUpFor);
            var before = web.WorkingSetBytes;
            var beforeLog = await web.FreshMemoryLogAsync();

            var run = await LoadClients.RunAsync(signedIn, pages, duration);
            var after = web.WorkingSetBytes;
            var afterLog = await web.FreshMemoryLogAsync();

            var errors = warmUp.Errors.Concat(run.Errors).ToList();
            var growth = (after - before) / (double)before;
            var errorsOk = errors.Count == 0;
            var growthOk = growth <= MaxGrowth;
            log.WriteLine();
            log.WriteLine($"Load: {clients} clients × {duration.TotalSeconds:0} s after a {warmUpFor.TotalSeconds:0} s warm-up, on {web.Address} ({string.Join(", ", pages.Select(LoadClients.Describe))})");
            log.WriteLine($"  {run.RequestsPerSecond:0.0} requests/s ({run.Requests:N0} requests) · median {run.MedianMs:0.0} ms · p95 {run.P95Ms:0.0} ms");
            foreach (var (page, requests, median, p95) in run.PerPage.OrderBy(p => p.Page, StringComparer.Ordinal))
            {
                log.WriteLine($"    {page}: {requests:N0} requests · median {median:0.0} ms · p95 {p95:0.0} ms");
            }

            log.WriteLine($"  errors: {errors.Count} (warm-up included; must be 0) → {(errorsOk ? "met" : "MISSED")}");
            log.WriteLine($"  app working set {Mb(before):0} MB before (after warm-up), {Mb(after):0} MB after ({growth:+0%;-0%}; limit +{MaxGrowth:0%}) → {(growthOk ? "met" : "MISSED")}");
            if (beforeLog is not null && afterLog is not null)
            {
                log.WriteLine($"    before: {beforeLog}");
                log.WriteLine($"    after:  {afterLog}");
            }

            foreach (var error in errors.Distinct().Take(5))
            {
                log.WriteLine($"  error: {error}");
            }

            var ok = errorsOk && growthOk;
            log.WriteLine($"  load scenario: {(ok ? "PASS" : "FAIL")}");
            return ok;
        }
        finally
        {
            foreach (var client in signedIn)
            {
                client.Dispose();
            }
        }
    }

    private static double Mb(long bytes) => bytes / 1048576.0;
}
