using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Relationships;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// One owner's contact book: list, details, add and edit, and the state changes other features ask for (an
/// invitation sent, a follow-up done). Every query is scoped to the owner, so another user's id behaves exactly
/// like a missing one. Each call uses its own DbContext, or the caller's when it takes part in their unit of work.
/// </summary>
public sealed class ContactBook(
    IDbContextFactory<ApplicationDbContext> dbFactory,
    IdealClientProfileService profiles,
    InvitationVetting vetting,
    UserClock userClock,
    TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<ContactPage> ListAsync(string ownerId, ContactFilter query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contacts = db.Set<Contact>().AsNoTracking().Where(c => c.OwnerId == ownerId);

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // Lower-cased on both sides: PostgreSQL's LIKE is case-sensitive, SQLite's is not.
            var pattern = "%" + EscapeLike(query.Search.Trim().ToLowerInvariant()) + "%";
            contacts = contacts.Where(c =>
                EF.Functions.Like(c.Name.ToLower(), pattern, "\\")
                || EF.Functions.Like(c.Company!.ToLower(), pattern, "\\")
                || EF.Functions.Like(c.Position!.ToLower(), pattern, "\\")
                || EF.Functions.Like(c.Headline!.ToLower(), pattern, "\\")
                || EF.Functions.Like(c.Email!.ToLower(), pattern, "\\"));
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
            LastInteractionUtc = c.LastInteractionUtc,
            LastMessageUtc = c.LastMessageUtc,
        });

        rows = query.Sort switch
        {
            ContactSort.Fit => rows.OrderByDescending(r => r.FitScore).ThenBy(r => r.Name.ToLower()).ThenBy(r => r.Id),
            // Ledger entries and imported messages both count as having been in touch.
            ContactSort.LastInteraction => rows
                .OrderBy(r => r.LastInteractionUtc == null && r.LastMessageUtc == null)
                .ThenByDescending(r => r.LastMessageUtc != null && (r.LastInteractionUtc == null || r.LastMessageUtc > r.LastInteractionUtc) ? r.LastMessageUtc : r.LastInteractionUtc)
                .ThenBy(r => r.Name.ToLower()).ThenBy(r => r.Id),
            _ => rows.OrderBy(r => r.Name.ToLower()).ThenBy(r => r.Id),
        };

        var list = await rows.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new ContactPage(list, total, page, PageSize);
    }

    public async Task<ContactDetails?> GetAsync(string ownerId, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contact = await db.Set<Contact>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.OwnerId == ownerId, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        var introducedBy = await IntroducerNameAsync(db, ownerId, contact.IntroducedByContactId, cancellationToken);
        var terms = await profiles.GetTermsAsync(db, ownerId, cancellationToken);
        return new ContactDetails(contact, ContactFit.Score(contact, terms), vetting.AdviceFor(contact), introducedBy, contact.LastInteractionUtc);
    }

    /// <summary>The edit form filled from the contact, or null when it is not the user's.</summary>
    public async Task<ContactForm?> GetFormAsync(string ownerId, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contact = await db.Set<Contact>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.OwnerId == ownerId, cancellationToken);
        return contact is null
            ? null
            : ContactForm.From(contact, await IntroducerNameAsync(db, ownerId, contact.IntroducedByContactId, cancellationToken));
    }

    public async Task<ContactSaveResult> CreateAsync(string ownerId, ContactForm form, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var contact = new Contact { OwnerId = ownerId, Name = form.Name.Trim(), CreatedUtc = now };
        var error = await ApplyAsync(db, ownerId, contact, form, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        // A contact typed in by hand is the user's word on every field: imports fill only the blanks.
        contact.HandEdited = FilledFields(contact);
        contact.UpdatedUtc = now;
        ContactFit.Rescore(contact, await profiles.GetTermsAsync(db, ownerId, cancellationToken));
        db.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        return new ContactSaveResult(contact.Id);
    }

    /// <summary>Saves an edit; fields whose value changed are marked hand-edited so re-imports keep them.</summary>
    public async Task<ContactSaveResult> UpdateAsync(string ownerId, int id, ContactForm form, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contact = await db.Set<Contact>().SingleOrDefaultAsync(c => c.Id == id && c.OwnerId == ownerId, cancellationToken);
        if (contact is null)
        {
            return ContactSaveResult.NotFound;
        }

        var before = Snapshot(contact);
        var wasConnected = contact.State == ConnectionState.Connected;
        var error = await ApplyAsync(db, ownerId, contact, form, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        contact.HandEdited |= ChangedFields(before, Snapshot(contact));
        // They accepted (or you did): the relationship, and its engagement program, starts today unless a date was given.
        // Not a hand edit, so a later import may still bring LinkedIn's own date.
        if (!wasConnected && contact.State == ConnectionState.Connected && contact.ConnectedOn is null)
        {
            contact.ConnectedOn = (await userClock.NowAsync(db, ownerId, cancellationToken)).Today;
        }
        contact.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        ContactFit.Rescore(contact, await profiles.GetTermsAsync(db, ownerId, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return new ContactSaveResult(contact.Id);
    }

    /// <summary>Marks a target as invited (the invitation went out with a personal note), in the caller's unit of work.</summary>
    /// <returns>False when the contact is not the owner's.</returns>
    public async Task<bool> MarkInvitedAsync(ApplicationDbContext db, string ownerId, int id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await Owned(db, ownerId, id).ExecuteUpdateAsync(set => set
            .SetProperty(c => c.State, ConnectionState.Invited)
            .SetProperty(c => c.InvitedOn, DateOnly.FromDateTime(now))
            .SetProperty(c => c.UpdatedUtc, now), cancellationToken);
        return changed > 0;
    }

    /// <summary>Clears a contact's follow-up date (the follow-up was done), in the caller's unit of work.</summary>
    /// <returns>False when the contact is not the owner's.</returns>
    public async Task<bool> ClearFollowUpAsync(ApplicationDbContext db, string ownerId, int id, CancellationToken cancellationToken)
    {
        var changed = await Owned(db, ownerId, id).ExecuteUpdateAsync(set => set.SetProperty(c => c.FollowUpOn, (DateOnly?)null), cancellationToken);
        return changed > 0;
    }

    /// <summary>Warm-up: records that the owner followed a target (null: takes it back), in the caller's unit of work.</summary>
    /// <returns>False when the contact is not the owner's.</returns>
    public async Task<bool> MarkFollowedAsync(ApplicationDbContext db, string ownerId, int id, DateOnly? on, CancellationToken cancellationToken) =>
        await Owned(db, ownerId, id).ExecuteUpdateAsync(set => set
            .SetProperty(c => c.FollowedOn, on)
            .SetProperty(c => c.UpdatedUtc, clock.GetUtcNow().UtcDateTime), cancellationToken) > 0;

    /// <summary>Warm-up: records that the owner asked <paramref name="introducerId"/> to introduce a target (nulls take it back).</summary>
    /// <returns>False when the target is not the owner's.</returns>
    public async Task<bool> MarkIntroductionAskedAsync(ApplicationDbContext db, string ownerId, int id, int? introducerId, DateOnly? on, CancellationToken cancellationToken)
    {
        if (introducerId is { } introducer && !await Owned(db, ownerId, introducer).AnyAsync(cancellationToken))
        {
            return false;
        }

        return await Owned(db, ownerId, id).ExecuteUpdateAsync(set => set
            .SetProperty(c => c.IntroductionAskedOn, on)
            .SetProperty(c => c.IntroductionAskedOfContactId, on is null ? null : introducerId)
            .SetProperty(c => c.UpdatedUtc, clock.GetUtcNow().UtcDateTime), cancellationToken) > 0;
    }

    /// <summary>Engagement program: records a step as done on <paramref name="on"/> (null: open again), in the caller's unit of work.</summary>
    /// <returns>False when the contact is not the owner's or the step is not one of the program's.</returns>
    public async Task<bool> MarkEngagementStepAsync(ApplicationDbContext db, string ownerId, int id, PathStep step, DateOnly? on, CancellationToken cancellationToken)
    {
        var contacts = Owned(db, ownerId, id);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = step switch
        {
            PathStep.Welcome => await contacts.ExecuteUpdateAsync(set => set.SetProperty(c => c.WelcomedOn, on).SetProperty(c => c.UpdatedUtc, now), cancellationToken),
            PathStep.LearnAnswers => await contacts.ExecuteUpdateAsync(set => set.SetProperty(c => c.AnswersAskedOn, on).SetProperty(c => c.UpdatedUtc, now), cancellationToken),
            PathStep.InviteToChannel => await contacts.ExecuteUpdateAsync(set => set.SetProperty(c => c.ChannelInvitedOn, on).SetProperty(c => c.UpdatedUtc, now), cancellationToken),
            _ => 0,
        };
        return changed > 0;
    }

    /// <summary>
    /// Records a review decision on a connected (or already suspended) contact, in the caller's unit of work: suspend
    /// pauses the relationship; continue and change approach keep it connected, with the note of what changes.
    /// </summary>
    /// <returns>False when the contact is not the owner's, or is neither connected nor suspended.</returns>
    /// <remarks>Saved through the change tracker, not a bulk update: the state is a ledger field, recounted in the same save.</remarks>
    public async Task<bool> RecordReviewAsync(ApplicationDbContext db, string ownerId, int id, ReviewDecision decision, string? note, DateOnly on, CancellationToken cancellationToken)
    {
        var contact = await Owned(db, ownerId, id)
            .Where(c => c.State == ConnectionState.Connected || c.State == ConnectionState.Suspended)
            .SingleOrDefaultAsync(cancellationToken);
        if (contact is null)
        {
            return false;
        }

        var text = Clean(note);
        contact.State = decision == ReviewDecision.Suspend ? ConnectionState.Suspended : ConnectionState.Connected;
        contact.ReviewDecision = decision;
        contact.ReviewNote = text is { Length: > 1000 } ? text[..1000] : text;
        contact.ReviewedOn = on;
        contact.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<ContactSaveResult?> ApplyAsync(ApplicationDbContext db, string ownerId, Contact contact, ContactForm form, CancellationToken cancellationToken)
    {
        var url = Core.Contacts.ProfileUrl.Normalize(form.ProfileUrl);
        if (url is not null)
        {
            var other = await db.Set<Contact>()
                .Where(c => c.OwnerId == ownerId && c.ProfileUrl == url && c.Id != contact.Id)
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
                .Where(c => c.OwnerId == ownerId && c.Name.ToLower() == name && c.Id != contact.Id)
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
        contact.WantsToMeet = Clean(form.WantsToMeet);
        contact.NetworksAt = Clean(form.NetworksAt);
        contact.IdealClientsAndReferralSources = Clean(form.IdealClientsAndReferralSources);
        return null;
    }

    private static async Task<string?> IntroducerNameAsync(ApplicationDbContext db, string ownerId, int? introducerId, CancellationToken cancellationToken) =>
        introducerId is null
            ? null
            : await db.Set<Contact>().Where(c => c.Id == introducerId && c.OwnerId == ownerId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);

    private static IQueryable<Contact> Owned(ApplicationDbContext db, string ownerId, int id) =>
        db.Set<Contact>().Where(c => c.Id == id && c.OwnerId == ownerId);

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
