using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Time;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Schedule;

/// <summary>
/// "Now", "today" and "this week" for one user, in their time zone: the one place the app reads the clock and
/// the zone together. UTC for a user who has not chosen a zone yet (it is set with the weekly slot).
/// </summary>
public sealed class UserClock(IDbContextFactory<ApplicationDbContext> dbFactory, TimeProvider time, RequestZones zones)
{
    public async Task<UserNow> NowAsync(string ownerId, CancellationToken ct = default)
    {
        if (zones.TryGet(ownerId, out var zone))
        {
            return new(time.GetUtcNow(), await zone);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await NowAsync(db, ownerId, ct);
    }

    /// <summary>The same, reading the zone in the caller's context (unless this request has read it already).</summary>
    public async Task<UserNow> NowAsync(ApplicationDbContext db, string ownerId, CancellationToken ct = default) =>
        new(time.GetUtcNow(), await zones.ReadAsync(ownerId, () => ZoneAsync(db, ownerId, ct)));

    /// <summary>
    /// Now in the zone the caller read along with other settings (<paramref name="zoneId"/>, null when none is set), or
    /// in the one this request has read already, which it remembers.
    /// </summary>
    internal async Task<UserNow> WithZoneAsync(string ownerId, string? zoneId) =>
        new(time.GetUtcNow(), await zones.ReadAsync(ownerId, () => Task.FromResult(TimeZones.OrUtc(zoneId))));

    /// <summary>Now in a zone the caller already knows (a job that loaded the user's slot).</summary>
    public UserNow In(TimeZoneInfo zone) => new(time.GetUtcNow(), zone);

    public static async Task<TimeZoneInfo> ZoneAsync(ApplicationDbContext db, string ownerId, CancellationToken ct = default) =>
        TimeZones.OrUtc(await db.Set<UserSettings>().AsNoTracking()
            .Where(s => s.UserId == ownerId)
            .Select(s => s.TimeZoneId)
            .SingleOrDefaultAsync(ct));
}
