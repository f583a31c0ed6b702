using ValueFirst.Benchmarks.Harness;
using ValueFirst.Testing.Load;

namespace ValueFirst.Benchmarks.Benchmarks;

/// <summary>
/// <c>--load</c>: N signed-in clients on loopback, each requesting the dashboard, the biggest page and the
/// calendar feed in turn for a bounded time. Reports requests/s, p95 latency, errors and the app's working set
/// before and after, and passes only with 0 errors, at most 20 % growth, a p95 under 300 ms and (where asked, as
/// on SQLite) at least 60 requests/s.
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

    public const double MaxP95Ms = 300;

    public const double MinRequestsPerSecond = 60;

    public static async Task<bool> RunAsync(WebProcess web, string email, string password, string feedToken, int clients, TimeSpan duration, bool requireThroughput, TextWriter log)
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

            var cpuBefore = web.CpuTime;
            var run = await LoadClients.RunAsync(signedIn, pages, duration);
            var cpuAfter = web.CpuTime;
            var after = web.WorkingSetBytes;
            var afterLog = await web.FreshMemoryLogAsync();

            var errors = warmUp.Errors.Concat(run.Errors).ToList();
            var growth = (after - before) / (double)before;
            var errorsOk = errors.Count == 0;
            var growthOk = growth <= MaxGrowth;
            var latencyOk = run.P95Ms < MaxP95Ms;
            var throughputOk = !requireThroughput || run.RequestsPerSecond >= MinRequestsPerSecond;
            log.WriteLine();
            log.WriteLine($"Load: {clients} clients × {duration.TotalSeconds:0} s after a {warmUpFor.TotalSeconds:0} s warm-up, on {web.Address} ({string.Join(", ", pages.Select(LoadClients.Describe))})");
            log.WriteLine($"  {run.RequestsPerSecond:0.0} requests/s ({run.Requests:N0} requests) · median {run.MedianMs:0.0} ms · p95 {run.P95Ms:0.0} ms");
            foreach (var (page, requests, median, p95) in run.PerPage.OrderBy(p => p.Page, StringComparer.Ordinal))
            {
                log.WriteLine($"    {page}: {requests:N0} requests · median {median:0.0} ms · p95 {p95:0.0} ms");
            }

            // CPU per request varies less than requests/s with what else the machine runs: the figure to compare changes by.
            var userMs = (cpuAfter.User - cpuBefore.User).TotalMilliseconds / Math.Max(1, run.Requests);
            var kernelMs = (cpuAfter.Kernel - cpuBefore.Kernel).TotalMilliseconds / Math.Max(1, run.Requests);
            log.WriteLine($"  app CPU per request {userMs + kernelMs:0.0} ms ({userMs:0.0} user, {kernelMs:0.0} kernel; the database server's own is not counted)");
            log.WriteLine($"  p95 {run.P95Ms:0} ms (limit < {MaxP95Ms:0} ms) → {(latencyOk ? "met" : "MISSED")}");
            log.WriteLine(requireThroughput
                ? $"  {run.RequestsPerSecond:0.0} requests/s (at least {MinRequestsPerSecond:0}) → {(throughputOk ? "met" : "MISSED")}"
                : "  requests/s: no target on this provider");
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

            var ok = errorsOk && growthOk && latencyOk && throughputOk;
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
