using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Settings;

/// <summary>
/// The user's time zone (<see cref="UserSettings.TimeZoneId"/>, set when they save their weekly slot), in which the
/// calendar, the ledger and the contact book count days. UTC when unset or unknown on this machine.
/// </summary>
public static class UserTimeZone
{
    public static TimeZoneInfo OrUtc(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : TimeZoneInfo.Utc;

    public static async Task<TimeZoneInfo> FindAsync(ApplicationDbContext db, string userId, CancellationToken ct = default) =>
        OrUtc(await db.Set<UserSettings>().AsNoTracking()
            .Where(s => s.UserId == userId)
            .Select(s => s.TimeZoneId)
            .SingleOrDefaultAsync(ct));
}
