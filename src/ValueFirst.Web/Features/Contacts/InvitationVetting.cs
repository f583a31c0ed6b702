using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ValueFirst.Core.Contacts;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// Think before you connect: the rules' recommendation for an invitation, the queue of pending invitations, and the
/// owner's decision on one (kept with the override reason when it differs from the recommendation).
/// </summary>
public sealed class InvitationVetting(IDbContextFactory<ApplicationDbContext> dbFactory, UserClock clock, IOptions<VettingOptions> options)
{
    /// <summary>What the rules say about an incoming invitation with these signals, with the configured thresholds.</summary>
    public VettingDecision Recommend(VettingSignals signals, int? connectionCount) =>
        VettingRules.Decide(new VettingInput(signals, connectionCount), options.Value.ToThresholds());

    /// <summary>The rules' advice for a contact in its state: an invitation to answer or a target to invite; null for anyone else.</summary>
    public VettingDecision? AdviceFor(Contact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return VettingRules.AdviceFor(contact.State, contact.VettingSignals, contact.ConnectionCount, options.Value.ToThresholds());
    }

    public async Task<int> CountPendingAsync(string ownerId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<Contact>().CountAsync(c => c.OwnerId == ownerId && c.State == ConnectionState.Pending, ct);
    }

    /// <summary>
    /// The next pending invitation to vet: never-vetted ones first (oldest first), then held ones by when
    /// they were held; <paramref name="exclude"/> holds the ones already seen in this sitting.
    /// </summary>
    public async Task<Contact?> NextToVetAsync(string ownerId, IReadOnlyCollection<int> exclude, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var excluded = exclude.ToList();
        return await db.Set<Contact>().AsNoTracking()
            .Where(c => c.OwnerId == ownerId && c.State == ConnectionState.Pending && !excluded.Contains(c.Id))
            .OrderBy(c => c.VettedUtc != null)
            .ThenBy(c => c.VettedUtc)
            .ThenBy(c => c.Id)
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// Records the owner's decision on an invitation. Choosing something other than the recommendation is an
    /// override and needs a reason, which is kept. Accept connects, decline declines, hold keeps it pending.
    /// </summary>
    public async Task<ContactSaveResult> DecideAsync(
        string ownerId, int id, VettingSignals signals, int? connectionCount, VettingOutcome choice, string? overrideReason, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await DecideAsync(db, ownerId, id, signals, connectionCount, choice, overrideReason, ct);
    }

    /// <summary>The same decision in the caller's unit of work (the weekly checklist's vetting item).</summary>
    public async Task<ContactSaveResult> DecideAsync(
        ApplicationDbContext db, string ownerId, int id, VettingSignals signals, int? connectionCount, VettingOutcome choice, string? overrideReason,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        var contact = await db.Set<Contact>().SingleOrDefaultAsync(c => c.Id == id && c.OwnerId == ownerId, ct);
        if (contact is null)
        {
            return ContactSaveResult.NotFound;
        }

        var recommended = Recommend(signals, connectionCount).Outcome;
        var reason = string.IsNullOrWhiteSpace(overrideReason) ? null : overrideReason.Trim();
        if (choice != recommended && reason is null)
        {
            return new ContactSaveResult(null, $"The rules recommend {recommended.ToString().ToLowerInvariant()}: say why you choose to {choice.ToString().ToLowerInvariant()} instead.", "OverrideReason");
        }

        var now = await clock.NowAsync(db, ownerId, ct);
        contact.VettingSignals = signals;
        contact.ConnectionCount = connectionCount;
        contact.VettingRecommendation = recommended;
        contact.VettingDecision = choice;
        contact.VettingOverrideReason = choice == recommended ? null : reason;
        contact.VettedUtc = now.Instant.UtcDateTime;
        contact.UpdatedUtc = now.Instant.UtcDateTime;
        switch (choice)
        {
            case VettingOutcome.Accept:
                contact.State = ConnectionState.Connected;
                contact.ConnectedOn ??= now.Today;
                break;
            case VettingOutcome.Decline:
                contact.State = ConnectionState.Declined;
                break;
        }

        await db.SaveChangesAsync(ct);
        return new ContactSaveResult(contact.Id);
    }
}
