using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Sessions;
using ValueFirst.Core.Time;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Sessions;

/// <summary>Finds an owner's weekly sessions (by id, by week) and lists past weeks with the streak. Another user's session answers like a missing one.</summary>
public sealed class SessionRecords(IDbContextFactory<ApplicationDbContext> dbFactory, TimeProvider time)
{
    /// <summary>Weeks shown in the history (and counted for the streak).</summary>
    public const int HistoryWeeks = 52;

    public async Task<WeeklySession?> GetAsync(string ownerId, long sessionId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await WithItems(db).SingleOrDefaultAsync(s => s.Id == sessionId && s.OwnerId == ownerId, ct);
    }

    public async Task<WeeklySession?> FindAsync(string ownerId, IsoWeek week, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await FindAsync(db, ownerId, week, ct);
    }

    internal static Task<WeeklySession?> FindAsync(ApplicationDbContext db, string ownerId, IsoWeek week, CancellationToken ct) =>
        WithItems(db).SingleOrDefaultAsync(s => s.OwnerId == ownerId && s.IsoYear == week.Year && s.IsoWeek == week.Week, ct);

    /// <summary>The last <see cref="HistoryWeeks"/> weeks with completion figures, aggregated by the database, and the streak.</summary>
    public async Task<SessionHistory> HistoryAsync(string ownerId, IsoWeek current, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Set<WeeklySession>().AsNoTracking()
            .Where(s => s.OwnerId == ownerId)
            .OrderByDescending(s => s.IsoYear).ThenByDescending(s => s.IsoWeek)
            .Take(HistoryWeeks)
            .Select(s => new
            {
                s.Id,
                s.IsoYear,
                s.IsoWeek,
                s.DurationMinutes,
                s.ElapsedSeconds,
                s.RunningSinceUtc,
                Fitted = s.Items.Count(i => i.Fitted),
                Done = s.Items.Count(i => i.Fitted && i.DoneUtc != null),
                MinutesDone = s.Items.Where(i => i.DoneUtc != null).Sum(i => (int?)i.EstimateMinutes) ?? 0,
            })
            .ToListAsync(ct);
        var now = time.GetUtcNow();
        var weeks = rows.Select(r => new PastSession(r.Id, new IsoWeek(r.IsoYear, r.IsoWeek), r.Fitted, r.Done, r.MinutesDone,
                new SessionTimer(r.ElapsedSeconds, r.RunningSinceUtc).Elapsed(now), r.DurationMinutes))
            .ToList();
        return new SessionHistory(weeks, SessionStreak.Count(weeks.Where(w => w.Completed).Select(w => w.Week), current));
    }

    private static IQueryable<WeeklySession> WithItems(ApplicationDbContext db) =>
        db.Set<WeeklySession>().AsNoTracking().Include(s => s.Items.OrderBy(i => i.Order));
}
