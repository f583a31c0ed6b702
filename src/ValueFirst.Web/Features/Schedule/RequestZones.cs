using System.Collections.Concurrent;

namespace ValueFirst.Web.Features.Schedule;

/// <summary>
/// The users' time zones as read once during one HTTP request: the dashboard's cards each ask for "today", six reads
/// of the same row per page. Only a request's own scope remembers (<see cref="RequestZonesExtensions.UseRequestZones"/>
/// turns it on); an interactive circuit's scope, which lives as long as the browser tab, reads the zone every time,
/// so a zone saved in one tab is what the next render of any other tab uses.
/// </summary>
public sealed class RequestZones
{
    // The reads themselves, not their results: a page's cards start together, each before the first read has answered.
    private readonly ConcurrentDictionary<string, Task<TimeZoneInfo>> zones = new(StringComparer.Ordinal);

    private bool remembers;

    internal void RememberForThisRequest() => remembers = true;

    public bool TryGet(string ownerId, out Task<TimeZoneInfo> zone) => zones.TryGetValue(ownerId, out zone!);

    /// <summary>The zone this request has read or is reading, else <paramref name="read"/>'s (remembered if it may).</summary>
    public Task<TimeZoneInfo> ReadAsync(string ownerId, Func<Task<TimeZoneInfo>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return remembers ? zones.GetOrAdd(ownerId, _ => read()) : read();
    }

    /// <summary>After the zone was saved: the rest of the request reads it again.</summary>
    public void Forget(string ownerId) => zones.TryRemove(ownerId, out _);
}

public static class RequestZonesExtensions
{
    /// <summary>Lets each HTTP request's scope remember the zones it read (see <see cref="RequestZones"/>).</summary>
    public static IApplicationBuilder UseRequestZones(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.RequestServices.GetRequiredService<RequestZones>().RememberForThisRequest();
            return next(context);
        });
}
