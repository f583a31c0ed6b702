using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Infrastructure;
using ValueFirst.Core.Time;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// The signed-in user's contact book: list, details, add and edit. Every query is scoped to the owner,
/// so another user's id behaves exactly like a missing one. Each call uses its own DbContext
/// (Blazor Server keeps a component alive across many events).
/// </summary>
public sealed class ContactService(
    IDbContextFactory<ApplicationDbContext> dbFactory,
    CurrentUser currentUser,
    IdealClientProfileService profiles,
    TimeProvider clock,
    IOptions<VettingOptions> vetting)
{
    public const int PageSize = 50;

    public async Task<ContactPage> ListAsync(ContactQuery query, CancellationToken cancellationToken = default)
    {
        var owner = await currentUser.GetIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contacts = db.Set<Contact>().AsNoTracking().Where(c => c.OwnerId == owner);

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = "%" + EscapeLike(query.Search.Trim()) + "%";
            contacts = contacts.Where(c =>
                EF.Functions.Like(c.Name, pattern, "\\")
                || EF.Functions.Like(c.Company!, pattern, "\\")
                || EF.Functions.Like(c.Position!, pattern, "\\")
                || EF.Functions.Like(c.Headline!, pattern, "\\")
                || EF.Functions.Like(c.Email!, pattern, "\\"));
        }

        if (query.State is { } state)
        {
            contacts = contacts.Where(c => c.State == state);
        }

        if (query.Role is { } role)
        {
            contacts = contacts.Where(c => c.Role == role);
        }

        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            var tag = ";" + query.Tag.Trim().ToLowerInvariant() + ";";
            contacts = contacts.Where(c => (";" + c.Tags + ";").Contains(tag));
        }

        var total = await contacts.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = contacts.Select(c => new ContactRow
        {
            Id = c.Id,
            Name = c.Name,
            Position = c.Position ?? c.Headline,
            Company = c.Company,
            State = c.State,
            Role = c.Role,
            FitScore = c.FitScore,
            Tags = c.Tags,
            LastInteractionUtc = db.Set<Interaction>()
                .Where(i => i.ContactId == c.Id && i.OwnerId == owner)
                .Max(i => (DateTime?)i.OccurredUtc),
        });

        rows = query.Sort switch
        {
            ContactSort.Fit => rows.OrderByDescending(r => r.FitScore).ThenBy(r => r.Name.ToLower()).ThenBy(r => r.Id),
            ContactSort.LastInteraction => rows.OrderBy(r => r.LastInteractionUtc == null).ThenByDescending(r => r.LastInteractionUtc).ThenBy(r => r.Name.ToLower()).ThenBy(r => r.Id),
            _ => rows.OrderBy(r => r.Name.ToLower()).ThenBy(r => r.Id),
        };

        var list = await rows.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new ContactPage(list, total, page, PageSize);
    }

    public async Task<ContactDetails?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        var owner = await currentUser.GetIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contact = await db.Set<Contact>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.OwnerId == owner, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        var introducedBy = await IntroducerNameAsync(db, owner, contact.IntroducedByContactId, cancellationToken);
        var lastInteraction = await db.Set<Interaction>()
            .Where(i => i.ContactId == id && i.OwnerId == owner)
            .MaxAsync(i => (DateTime?)i.OccurredUtc, cancellationToken);
        var terms = await profiles.GetTermsAsync(db, owner, cancellationToken);
        return new ContactDetails(contact, ContactFit.Score(contact, terms), Recommend(contact.VettingSignals, contact.ConnectionCount), introducedBy, lastInteraction);
    }

    /// <summary>The edit form filled from the contact, or null when it is not the user's.</summary>
    public async Task<ContactForm?> GetFormAsync(int id, CancellationToken cancellationToken = default)
    {
        var owner = await currentUser.GetIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contact = await db.Set<Contact>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.OwnerId == owner, cancellationToken);
        return contact is null
            ? null
            : ContactForm.From(contact, await IntroducerNameAsync(db, owner, contact.IntroducedByContactId, cancellationToken));
    }

    public async Task<ContactSaveResult> CreateAsync(ContactForm form, CancellationToken cancellationToken = default)
    {
        var owner = await currentUser.GetIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var contact = new Contact { OwnerId = owner, Name = form.Name.Trim(), CreatedUtc = now };
        var error = await ApplyAsync(db, owner, contact, form, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        // A contact typed in by hand is the user's word on every field: imports fill only the blanks.
        contact.HandEdited = FilledFields(contact);
        contact.UpdatedUtc = now;
        ContactFit.Rescore(contact, await profiles.GetTermsAsync(db, owner, cancellationToken));
        db.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        return new ContactSaveResult(contact.Id);
    }

    /// <summary>Saves an edit; fields whose value changed are marked hand-edited so re-imports keep them.</summary>
    public async Task<ContactSaveResult> UpdateAsync(int id, ContactForm form, CancellationToken cancellationToken = default)
    {
        var owner = await currentUser.GetIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contact = await db.Set<Contact>().SingleOrDefaultAsync(c => c.Id == id && c.OwnerId == owner, cancellationToken);
        if (contact is null)
        {
            return ContactSaveResult.NotFound;
        }

        var before = Snapshot(contact);
        var error = await ApplyAsync(db, owner, contact, form, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        contact.HandEdited |= ChangedFields(before, Snapshot(contact));
        contact.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        ContactFit.Rescore(contact, await profiles.GetTermsAsync(db, owner, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return new ContactSaveResult(contact.Id);
    }

    /// <summary>What the rules say for these signals, with the configured thresholds.</summary>
    public VettingDecision Recommend(VettingSignals signals, int? connectionCount) =>
        VettingRules.Decide(new VettingInput(signals, connectionCount), vetting.Value.ToThresholds());

    public async Task<int> CountPendingAsync(CancellationToken cancellationToken = default)
    {
        var owner = await currentUser.GetIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Set<Contact>().CountAsync(c => c.OwnerId == owner && c.State == ConnectionState.Pending, cancellationToken);
    }

    /// <summary>
    /// The next pending invitation to vet: never-vetted ones first (oldest first), then held ones by when
    /// they were held; <paramref name="exclude"/> holds the ones already seen in this sitting.
    /// </summary>
    public async Task<Contact?> NextToVetAsync(IReadOnlyCollection<int> exclude, CancellationToken cancellationToken = default)
    {
        var owner = await currentUser.GetIdAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var excluded = exclude.ToList();
        return await db.Set<Contact>().AsNoTracking()
            .Where(c => c.OwnerId == owner && c.State == ConnectionState.Pending && !excluded.Contains(c.Id))
            .OrderBy(c => c.VettedUtc != null)
            .ThenBy(c => c.VettedUtc)
            .ThenBy(c => c.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Records the user's decision on an invitation. Choosing something other than the recommendation is an
    /// override and needs a reason, which is kept. Accept connects, decline declines, hold keeps it pending.
    /// </summary>
    public async Task<ContactSaveResult> DecideAsync(
        int id, VettingSignals signals, int? connectionCount, VettingOutcome choice, string? overrideReason, CancellationToken cancellationToken = default) =>
        await DecideAsync(await currentUser.GetIdAsync(), id, signals, connectionCount, choice, overrideReason, cancellationToken);

    /// <summary>The same decision for an explicit owner (the weekly session ticks a vetting item by owner id).</summary>
    public async Task<ContactSaveResult> DecideAsync(
        string owner, int id, VettingSignals signals, int? connectionCount, VettingOutcome choice, string? overrideReason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contact = await db.Set<Contact>().SingleOrDefaultAsync(c => c.Id == id && c.OwnerId == owner, cancellationToken);
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

        var now = clock.GetUtcNow();
        contact.VettingSignals = signals;
        contact.ConnectionCount = connectionCount;
        contact.VettingRecommendation = recommended;
        contact.VettingDecision = choice;
        contact.VettingOverrideReason = choice == recommended ? null : reason;
        contact.VettedUtc = now.UtcDateTime;
        contact.UpdatedUtc = now.UtcDateTime;
        switch (choice)
        {
            case VettingOutcome.Accept:
                contact.State = ConnectionState.Connected;
                contact.ConnectedOn ??= await TodayAsync(db, owner, now, cancellationToken);
                break;
            case VettingOutcome.Decline:
                contact.State = ConnectionState.Declined;
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ContactSaveResult(contact.Id);
    }

    private async Task<ContactSaveResult?> ApplyAsync(ApplicationDbContext db, string owner, Contact contact, ContactForm form, CancellationToken cancellationToken)
    {
        var url = Core.Contacts.ProfileUrl.Normalize(form.ProfileUrl);
        if (url is not null)
        {
            var other = await db.Set<Contact>()
                .Where(c => c.OwnerId == owner && c.ProfileUrl == url && c.Id != contact.Id)
                .Select(c => c.Name)
                .FirstOrDefaultAsync(cancellationToken);
            if (other is not null)
            {
                return new ContactSaveResult(null, $"{other} already has this profile URL.", nameof(ContactForm.ProfileUrl));
            }
        }

        int? introducerId = null;
        if (form.Origin == RelationshipOrigin.IntroducedByContact && !string.IsNullOrWhiteSpace(form.IntroducedByName))
        {
            var name = form.IntroducedByName.Trim().ToLower();
            introducerId = await db.Set<Contact>()
                .Where(c => c.OwnerId == owner && c.Name.ToLower() == name && c.Id != contact.Id)
                .Select(c => (int?)c.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (introducerId is null)
            {
                return new ContactSaveResult(null, $"You have no contact named \"{form.IntroducedByName.Trim()}\": add them first, or check the spelling.", nameof(ContactForm.IntroducedByName));
            }
        }

        contact.Name = form.Name.Trim();
        contact.Headline = Clean(form.Headline);
        contact.Position = Clean(form.Position);
        contact.Company = Clean(form.Company);
        contact.ProfileUrl = url;
        contact.Email = Clean(form.Email);
        contact.Location = Clean(form.Location);
        contact.Tags = ContactForm.NormalizeTags(form.Tags);
        contact.Notes = Clean(form.Notes);
        contact.ConnectedOn = form.ConnectedOn;
        contact.State = form.State;
        contact.Strength = form.Strength;
        contact.Origin = form.Origin;
        contact.OriginGroup = form.Origin == RelationshipOrigin.MetInGroup ? Clean(form.OriginGroup) : null;
        contact.IntroducedByContactId = introducerId;
        contact.Role = form.Role;
        contact.FollowUpOn = form.FollowUpOn;
        contact.ConnectionCount = form.ConnectionCount;
        contact.GiveCadenceDays = form.GiveCadenceDays;
        return null;
    }

    private static async Task<string?> IntroducerNameAsync(ApplicationDbContext db, string owner, int? introducerId, CancellationToken cancellationToken) =>
        introducerId is null
            ? null
            : await db.Set<Contact>().Where(c => c.Id == introducerId && c.OwnerId == owner).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);

    private static async Task<DateOnly> TodayAsync(ApplicationDbContext db, string owner, DateTimeOffset now, CancellationToken cancellationToken) =>
        LocalDays.Today(now, await Settings.UserTimeZone.FindAsync(db, owner, cancellationToken));

    private static (string Name, string? Url, string? Email, string? Company, string? Position, DateOnly? ConnectedOn) Snapshot(Contact c) =>
        (c.Name, c.ProfileUrl, c.Email, c.Company, c.Position, c.ConnectedOn);

    private static ContactFields ChangedFields(
        (string Name, string? Url, string? Email, string? Company, string? Position, DateOnly? ConnectedOn) before,
        (string Name, string? Url, string? Email, string? Company, string? Position, DateOnly? ConnectedOn) after) =>
        (before.Name != after.Name ? ContactFields.Name : 0)
        | (before.Url != after.Url ? ContactFields.ProfileUrl : 0)
        | (before.Email != after.Email ? ContactFields.Email : 0)
        | (before.Company != after.Company ? ContactFields.Company : 0)
        | (before.Position != after.Position ? ContactFields.Position : 0)
        | (before.ConnectedOn != after.ConnectedOn ? ContactFields.ConnectedOn : 0);

    private static ContactFields FilledFields(Contact c) =>
        ContactFields.Name
        | (c.ProfileUrl is not null ? ContactFields.ProfileUrl : 0)
        | (c.Email is not null ? ContactFields.Email : 0)
        | (c.Company is not null ? ContactFields.Company : 0)
        | (c.Position is not null ? ContactFields.Position : 0)
        | (c.ConnectedOn is not null ? ContactFields.ConnectedOn : 0);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
