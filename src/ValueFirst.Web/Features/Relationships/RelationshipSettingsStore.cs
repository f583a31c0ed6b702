using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Relationships;

/// <summary>Reads and saves one user's relationship path settings, and records when they last did the review.</summary>
public sealed class RelationshipSettingsStore(IDbContextFactory<ApplicationDbContext> dbFactory, ILogger<RelationshipSettingsStore> logger)
{
    public async Task<RelationshipSettings> GetAsync(string ownerId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await FindAsync(db, ownerId, ct) ?? new RelationshipSettings { UserId = ownerId };
    }

    /// <summary>Validates and stores <paramref name="form"/>; returns the validation errors, empty when saved.</summary>
    public async Task<IReadOnlyList<ValidationResult>> SaveAsync(string ownerId, RelationshipSettingsForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(form, new ValidationContext(form), errors, validateAllProperties: true))
        {
            return errors;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await RowAsync(db, ownerId, ct);
        row.TouchesBeforeInvite = form.TouchesBeforeInvite;
        row.WelcomeDay = form.WelcomeDay;
        row.AnswersDay = form.AnswersDay;
        row.ChannelDay = form.ChannelDay;
        row.ProgramDays = form.ProgramDays;
        row.BlogUrl = Clean(form.BlogUrl);
        row.NewsletterUrl = Clean(form.NewsletterUrl);
        row.GroupUrl = Clean(form.GroupUrl);
        row.ProspectGoal = form.ProspectGoal;
        row.ReferralSourceGoal = form.ReferralSourceGoal;
        row.ResourceGoal = form.ResourceGoal;
        row.GivesPerMonthGoal = form.GivesPerMonthGoal;
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Relationship path settings saved for user {UserId}", ownerId);
        return [];
    }

    /// <summary>Records that the owner did the review on <paramref name="on"/>, in the caller's unit of work (saved with it).</summary>
    public static async Task MarkReviewedAsync(ApplicationDbContext db, string ownerId, DateOnly on, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await RowAsync(db, ownerId, ct);
        row.LastReviewOn = on;
        await db.SaveChangesAsync(ct);
    }

    internal static async Task<RelationshipSettings?> FindAsync(ApplicationDbContext db, string ownerId, CancellationToken ct) =>
        await db.Set<RelationshipSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.UserId == ownerId, ct);

    private static async Task<RelationshipSettings> RowAsync(ApplicationDbContext db, string ownerId, CancellationToken ct)
    {
        var row = await db.Set<RelationshipSettings>().SingleOrDefaultAsync(s => s.UserId == ownerId, ct);
        if (row is null)
        {
            row = new RelationshipSettings { UserId = ownerId };
            db.Add(row);
        }

        return row;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
