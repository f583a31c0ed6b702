using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace ValueFirst.Testing.Load;

/// <summary>
/// The client side of the load scenario, apart from any process or report so a web test can run it small against
/// the app on a loopback port: signed-in cookie clients (through the real login form) that request pages in turn
/// for a bounded time and count what went wrong. Loopback addresses only.
/// </summary>
public static partial class LoadClients
{
    /// <summary>What one load run saw: every request's latency and every error (a non-200 answer, a failed or timed-out request).</summary>
    public sealed record Result(
        int Clients, TimeSpan Elapsed, IReadOnlyList<double> LatenciesMs, IReadOnlyList<string> Errors, IReadOnlyList<(string Page, double Ms)> ByPage)
    {
        /// <summary>Each page (as <see cref="Describe"/> names it) with its request count, median and 95th percentile.</summary>
        public IEnumerable<(string Page, int Requests, double MedianMs, double P95Ms)> PerPage =>
            ByPage.GroupBy(r => r.Page).Select(g =>
            {
                var ms = g.Select(r => r.Ms).ToList();
                return (g.Key, ms.Count, Statistics.Median(ms), Statistics.Percentile(ms, 95));
            });

        public int Requests => LatenciesMs.Count;

        public double RequestsPerSecond => Requests / Math.Max(Elapsed.TotalSeconds, 0.001);

        public double MedianMs => Statistics.Median(LatenciesMs);

        public double P95Ms => Statistics.Percentile(LatenciesMs, 95);
    }

    /// <summary>A cookie-keeping client on <paramref name="address"/> that signed in through <c>/Account/Login</c> as a browser would.</summary>
    public static async Task<HttpClient> SignInAsync(Uri address, string email, string password)
    {
        RequireLoopback(address);
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, UseCookies = true };
        var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        try
        {
            var page = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
            var token = AntiforgeryToken().Match(page);
            if (!token.Success)
            {
                throw new InvalidOperationException("The login page has no antiforgery token.");
            }

            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = password,
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
                ["_handler"] = "login",
            });
            using var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), form);
            if (response.StatusCode != HttpStatusCode.Redirect || !handler.CookieContainer.GetCookies(address).Any(c => c.Name.Contains("Identity", StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"Signing in as {email} failed ({(int)response.StatusCode}).");
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Every client requests <paramref name="pages"/> in turn (each starting at a different page) until
    /// <paramref name="duration"/> has passed; a request still running then is finished, not cut off.
    /// </summary>
    public static async Task<Result> RunAsync(IReadOnlyList<HttpClient> clients, IReadOnlyList<string> pages, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(pages);
        foreach (var client in clients)
        {
            RequireLoopback(client.BaseAddress ?? throw new ArgumentException("Every client needs a base address.", nameof(clients)));
        }

        var latencies = new ConcurrentQueue<(string Page, double Ms)>();
        var errors = new ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(clients.Select((client, index) => Task.Run(async () =>
        {
            for (var n = index; clock.Elapsed < duration; n++)
            {
                var page = pages[n % pages.Count];
                var timer = Stopwatch.StartNew();
                try
                {
                    using var response = await client.GetAsync(new Uri(page, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        errors.Enqueue($"{Describe(page)}: {(int)response.StatusCode} {response.Headers.Location}");
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    errors.Enqueue($"{Describe(page)}: {e.GetType().Name}: {e.Message}");
                }

                latencies.Enqueue((Describe(page), timer.Elapsed.TotalMilliseconds));
            }
        })));
        var all = latencies.ToArray();
        return new Result(clients.Count, clock.Elapsed, all.Select(l => l.Ms).ToArray(), errors.ToArray(), all);
    }

    /// <summary>A page as the report shows it: the feed's secret token is not printed.</summary>
    public static string Describe(string page) =>
        page.StartsWith("/calendar/", StringComparison.Ordinal) ? "/calendar/{token}.ics" : page;

    public static void RequireLoopback(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!IPAddress.TryParse(address.Host, out var ip) || !IPAddress.IsLoopback(ip))
        {
            throw new InvalidOperationException($"The load clients only run against a loopback address, not {address.Host}.");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" (?:type=\"hidden\" )?value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
