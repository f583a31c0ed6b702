using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>Reads and saves one user's ledger settings, and the time zone their day counts use.</summary>
public sealed class LedgerSettingsStore(IDbContextFactory<ApplicationDbContext> dbFactory, LedgerRecounter recounter, ILogger<LedgerSettingsStore> logger)
{
    public async Task<LedgerSettings> GetAsync(string ownerId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await FindAsync(db, ownerId, ct) ?? new LedgerSettings { UserId = ownerId };
    }

    /// <summary>Validates and stores <paramref name="form"/>; returns the validation errors, empty when saved.</summary>
    public async Task<IReadOnlyList<ValidationResult>> SaveAsync(string ownerId, LedgerSettingsForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(form, new ValidationContext(form), errors, validateAllProperties: true))
        {
            return errors;
        }

        LedgerSettings.TryParseTagCadences(form.TagCadences, out var byTag, out _);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.Set<LedgerSettings>().SingleOrDefaultAsync(s => s.UserId == ownerId, ct);
        if (row is null)
        {
            row = new LedgerSettings { UserId = ownerId };
            db.Add(row);
        }

        row.RequiredGivesBeforeAsk = form.RequiredGivesBeforeAsk;
        row.MinDaysBeforeFirstAsk = form.MinDaysBeforeFirstAsk;
        row.MinDaysBetweenAsks = form.MinDaysBetweenAsks;
        row.ProspectCadenceDays = form.ProspectCadenceDays;
        row.ReferralSourceCadenceDays = form.ReferralSourceCadenceDays;
        row.ResourceCadenceDays = form.ResourceCadenceDays;
        row.PeerCadenceDays = form.PeerCadenceDays;
        row.TagCadences = LedgerSettings.FormatTagCadences(byTag);
        row.NewRelationshipsPerWeek = form.NewRelationshipsPerWeek;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        // Thresholds and cadences decide every contact's state dates.
        await recounter.MarkStaleAsync(db, ownerId, ct);
        await transaction.CommitAsync(ct);
        recounter.QueueRecount(ownerId);
        logger.LogInformation("Ledger settings saved for user {UserId}", ownerId);
        return [];
    }

    internal static async Task<LedgerSettings?> FindAsync(ApplicationDbContext db, string ownerId, CancellationToken ct) =>
        await db.Set<LedgerSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.UserId == ownerId, ct);
}
