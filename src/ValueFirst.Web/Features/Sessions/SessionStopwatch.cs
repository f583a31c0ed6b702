using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Sessions;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Sessions;

/// <summary>Starts and pauses a session's timer; the timer is stored (elapsed seconds plus running-since), so it survives reloads and restarts.</summary>
public sealed class SessionStopwatch(IDbContextFactory<ApplicationDbContext> dbFactory, TimeProvider time)
{
    public Task<bool> StartAsync(string ownerId, long sessionId, CancellationToken ct = default) =>
        UpdateAsync(ownerId, sessionId, (timer, now) => timer.Start(now), ct);

    public Task<bool> PauseAsync(string ownerId, long sessionId, CancellationToken ct = default) =>
        UpdateAsync(ownerId, sessionId, (timer, now) => timer.Pause(now), ct);

    private async Task<bool> UpdateAsync(string ownerId, long sessionId, Func<SessionTimer, DateTimeOffset, SessionTimer> change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var session = await db.Set<WeeklySession>().SingleOrDefaultAsync(s => s.Id == sessionId && s.OwnerId == ownerId, ct);
        if (session is null)
        {
            return false;
        }

        session.Timer = change(session.Timer, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }
}
