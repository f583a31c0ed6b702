using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ValueFirst.Web.Infrastructure;

/// <summary>
/// Works on at most a few page and feed requests at once and queues the rest (first come, first served).
/// A page such as the balance list reads one row per contact: on a two-core server twenty of them at once finish
/// no sooner than one after the other, but each holds its rows for the whole time, so memory grew with the number
/// of clients (the load scenario: 20 clients, 446 → 623 MB). Queued, the same throughput needs a few requests'
/// worth of memory. Blazor's circuits (<c>/_blazor</c>, long-lived), static files, the Hangfire dashboard and the
/// health check are not limited.
/// </summary>
public static class RequestLimits
{
    public static IServiceCollection AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RequestLimitsOptions>()
            .Bind(configuration.GetSection(RequestLimitsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RequestLimitsOptions>>((limiter, limits) =>
        {
            var max = limits.Value.EffectiveMaxConcurrent;
            var queue = limits.Value.QueueLimit;
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => IsLimited(http.Request.Path)
                ? RateLimitPartition.GetConcurrencyLimiter("pages", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = max,
                    QueueLimit = queue,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                })
                : RateLimitPartition.GetNoLimiter("unlimited"));
        });
        // First in the pipeline, before Program.cs's middleware: a queued request has not started any work yet.
        services.AddTransient<IStartupFilter, RequestLimitsStartupFilter>();
        return services;
    }

    /// <summary>Pages, form posts, exports and the calendar feed; not circuits, static files, the dashboard or health.</summary>
    public static bool IsLimited(PathString path)
    {
        var value = path.Value ?? "/";
        if (value.StartsWith("/_", StringComparison.Ordinal)
            || value.StartsWith("/hangfire", StringComparison.OrdinalIgnoreCase)
            || value.Equals("/health", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var extension = Path.GetExtension(value);
        return extension.Length == 0 || extension is ".ics" or ".csv";
    }

    private sealed class RequestLimitsStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseRateLimiter();
            next(app);
        };
    }
}
