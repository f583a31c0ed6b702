using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Content;

/// <summary>Reads and changes one user's <see cref="ContentSettings"/>, creating them with a fresh feed token on first use.</summary>
public sealed class ContentSettingsService(IDbContextFactory<ApplicationDbContext> dbFactory)
{
    public async Task<ContentSettings> GetAsync(string ownerId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var settings = await db.Set<ContentSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.UserId == ownerId);
        if (settings is not null)
        {
            return settings;
        }

        settings = new ContentSettings { UserId = ownerId, FeedToken = NewToken() };
        db.Add(settings);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Two first visits at once: the other request created the row.
            db.ChangeTracker.Clear();
            return await db.Set<ContentSettings>().AsNoTracking().SingleAsync(s => s.UserId == ownerId);
        }

        return settings;
    }

    public async Task SetPreferredWeekdayAsync(string ownerId, DayOfWeek weekday)
    {
        await GetAsync(ownerId);
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.Set<ContentSettings>().Where(s => s.UserId == ownerId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.PreferredWeekday, weekday));
    }

    /// <summary>Replaces the feed token, so the old feed URL answers 404 from now on.</summary>
    public async Task<string> RegenerateFeedTokenAsync(string ownerId)
    {
        await GetAsync(ownerId);
        var token = NewToken();
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.Set<ContentSettings>().Where(s => s.UserId == ownerId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.FeedToken, token));
        return token;
    }

    /// <summary>The settings whose feed token is <paramref name="token"/>, or null.</summary>
    public async Task<ContentSettings?> FindByFeedTokenAsync(string token)
    {
        if (token.Length is < 20 or > 64)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        return await db.Set<ContentSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.FeedToken == token);
    }

    // 256 bits, URL-safe: the token is the only thing guarding the feed.
    private static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
