using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Reminders;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;

namespace ValueFirst.Web.Features.Reminders;

/// <summary>Gathers the digest's inputs from the database, every query scoped to the owner.</summary>
public sealed class DbReminderInputs(ApplicationDbContext db, TimeProvider time) : IReminderInputs
{
    public async Task<ReminderInputs> GatherAsync(string ownerId, DateOnly weekStart, CancellationToken ct)
    {
        var ranked = await GiveFirstAsync(ownerId, ReminderDigest.MaxGives + ReminderDigest.MaxAsks, ct);
        var earned = ranked.Where(e => e.State == AskState.AskEarned).Select(e => new EarnedAsk(e.Name, e.Reason)).ToList();
        var gives = ranked.Where(e => e.State != AskState.AskEarned).ToList();

        // TODO(merge content calendar): the calendar branch owns content items; until it lands nothing is due.
        return new ReminderInputs(gives, earned, ContentDue: null);
    }

    // REPLACED AT MERGE by ValueFirst.Web.Features.Ledger.GiveFirstQuery.GetAsync(ownerId, take, ct), which ranks
    // by the ledger's readiness rules and marks earned asks. Until then, the simplest honest ranking: connected
    // contacts with the fewest gives first, then the longest since a give, then by name; nobody is "ask earned".
    private async Task<IReadOnlyList<GiveFirstEntry>> GiveFirstAsync(string ownerId, int take, CancellationToken ct)
    {
        var rows = await db.Set<Contact>()
            .Where(c => c.OwnerId == ownerId && c.State == ConnectionState.Connected)
            .Select(c => new
            {
                c.Id,
                c.Name,
                c.Company,
                c.Tags,
                c.Role,
                c.FitScore,
                Gives = db.Set<Interaction>().Count(i => i.OwnerId == ownerId && i.ContactId == c.Id && i.Direction == InteractionDirection.Give),
                LastGiveUtc = db.Set<Interaction>()
                    .Where(i => i.OwnerId == ownerId && i.ContactId == c.Id && i.Direction == InteractionDirection.Give)
                    .Max(i => (DateTime?)i.OccurredUtc),
            })
            .OrderBy(r => r.Gives)
            .ThenBy(r => r.LastGiveUtc)
            .ThenBy(r => r.Name)
            .Take(take)
            .ToListAsync(ct);

        var today = time.GetUtcNow().UtcDateTime;
        return rows.Select(r =>
        {
            int? days = r.LastGiveUtc is { } last ? (int)(today - last).TotalDays : null;
            var reason = r.Gives switch
            {
                0 => "No give yet",
                1 => $"1 give so far, the last {days} days ago",
                _ => $"{r.Gives} gives so far, the last {days} days ago",
            };
            return new GiveFirstEntry(
                r.Id, r.Name, r.Company,
                r.Tags.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                r.Role, r.FitScore, AskState.GiveFirst, OverdueDays: 0, DaysSinceLastGive: days, reason);
        }).ToList();
    }
}
