using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// Likely duplicates and their merge. A merge keeps the survivor, takes the fields the user chose from the other,
/// joins tags, keeps a vetting decision, moves messages, introductions and — through each
/// <see cref="IContactMergeListener"/> — interactions and session items to the survivor, deletes the other and
/// remembers its profile URL, email and name-and-company so imports lead them to the survivor: one transaction.
/// </summary>
public sealed class ContactMerger(
    IDbContextFactory<ApplicationDbContext> dbFactory,
    IdealClientProfileService profiles,
    IEnumerable<IContactMergeListener> listeners,
    TimeProvider clock,
    ILogger<ContactMerger> logger)
{
    /// <summary>Most pairs listed at once.</summary>
    public const int MaxPairs = 200;

    public async Task<IReadOnlyList<DuplicatePair>> ListDuplicatesAsync(string ownerId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var candidates = await db.Set<Contact>().AsNoTracking().Where(c => c.OwnerId == ownerId)
            .Select(c => new DuplicateCandidate(c.Id, c.Name, c.Company, c.ProfileUrl, c.Email))
            .ToListAsync(ct);
        var found = DuplicateFinder.Find(candidates).Take(MaxPairs).ToList();
        var ids = found.SelectMany(d => new[] { d.FirstId, d.SecondId }).Distinct().ToList();
        var contacts = await db.Set<Contact>().AsNoTracking().Where(c => c.OwnerId == ownerId && ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var messages = await MessageCountsAsync(db, ownerId, ids, ct);
        return found.Select(d => new DuplicatePair(contacts[d.FirstId], contacts[d.SecondId], d.Reasons,
            messages.GetValueOrDefault(d.FirstId), messages.GetValueOrDefault(d.SecondId))).ToList();
    }

    /// <summary>The two contacts side by side; null when either is missing or another user's, or both are one.</summary>
    public async Task<DuplicatePair?> GetPairAsync(string ownerId, int id, int otherId, CancellationToken ct = default)
    {
        if (id == otherId)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contacts = await db.Set<Contact>().AsNoTracking().Where(c => c.OwnerId == ownerId && (c.Id == id || c.Id == otherId)).ToListAsync(ct);
        if (contacts.Count != 2)
        {
            return null;
        }

        var first = contacts.Single(c => c.Id == id);
        var second = contacts.Single(c => c.Id == otherId);
        var reasons = DuplicateFinder.Find([Candidate(first), Candidate(second)]).SingleOrDefault()?.Reasons ?? [];
        var messages = await MessageCountsAsync(db, ownerId, [id, otherId], ct);
        return new DuplicatePair(first, second, reasons, messages.GetValueOrDefault(id), messages.GetValueOrDefault(otherId));
    }

    /// <summary>Merges <paramref name="mergedId"/> into <paramref name="survivorId"/>; not found when either is not the owner's.</summary>
    /// <param name="takeFromMerged">The fields whose value the user chose from the contact merged away.</param>
    /// <param name="keepBothNotes">Keep both contacts' notes, the survivor's first.</param>
    public async Task<ContactSaveResult> MergeAsync(
        string ownerId, int survivorId, int mergedId, MergeFields takeFromMerged, bool keepBothNotes = false, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        if (survivorId == mergedId)
        {
            return new ContactSaveResult(null, "Choose two different contacts to merge.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var pair = await db.Set<Contact>().Where(c => c.OwnerId == ownerId && (c.Id == survivorId || c.Id == mergedId)).ToListAsync(ct);
        if (pair.Count != 2)
        {
            return ContactSaveResult.NotFound;
        }

        var survivor = pair.Single(c => c.Id == survivorId);
        var merged = pair.Single(c => c.Id == mergedId);
        var now = clock.GetUtcNow().UtcDateTime;
        var before = Identities(survivor).Concat(Identities(merged)).ToHashSet();

        foreach (var listener in listeners)
        {
            await listener.ContactMergedAsync(db, ownerId, mergedId, survivorId, ct);
        }

        await MoveOwnRowsAsync(db, ownerId, mergedId, survivorId, ct);

        // The merged-away contact goes first: the survivor may take its profile URL, which is unique per owner.
        db.Remove(merged);
        await db.SaveChangesAsync(ct);
        Apply(survivor, merged, takeFromMerged, keepBothNotes);
        survivor.UpdatedUtc = now;
        ContactFit.Rescore(survivor, await profiles.GetTermsAsync(db, ownerId, ct));
        var kept = Identities(survivor).ToHashSet();
        foreach (var (kind, key) in before.Where(i => !kept.Contains(i)))
        {
            db.Add(new MergedIdentity { OwnerId = ownerId, SurvivorId = survivorId, Kind = kind, Key = key, MergedUtc = now });
        }

        await db.SaveChangesAsync(ct);
        await LastMessages.RecountAsync(db, ownerId, [survivorId], ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Merged contact {MergedId} into {SurvivorId} for user {UserId}", mergedId, survivorId, ownerId);
        return new ContactSaveResult(survivorId);
    }

    private static async Task MoveOwnRowsAsync(ApplicationDbContext db, string ownerId, int mergedId, int survivorId, CancellationToken ct)
    {
        // A group message is stored once per contact: the survivor's copy stays, the other goes.
        var survivorFingerprints = db.Set<ConversationMessage>().Where(m => m.OwnerId == ownerId && m.ContactId == survivorId).Select(m => m.Fingerprint);
        await db.Set<ConversationMessage>().Where(m => m.OwnerId == ownerId && m.ContactId == mergedId && survivorFingerprints.Contains(m.Fingerprint))
            .ExecuteDeleteAsync(ct);
        await db.Set<ConversationMessage>().Where(m => m.OwnerId == ownerId && m.ContactId == mergedId)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ContactId, survivorId), ct);
        await db.Set<Contact>().Where(c => c.OwnerId == ownerId && c.IntroducedByContactId == mergedId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.IntroducedByContactId, c => c.Id == survivorId ? (int?)null : survivorId), ct);
        await db.Set<MergedIdentity>().Where(i => i.OwnerId == ownerId && i.SurvivorId == mergedId)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.SurvivorId, survivorId), ct);
        var imports = db.Set<ContactImport>().Where(i => i.OwnerId == ownerId).Select(i => i.Id);
        await db.Set<ContactImportChange>().Where(c => c.ContactId == mergedId && imports.Contains(c.ImportId))
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.ContactId, survivorId), ct);
    }

    private static void Apply(Contact survivor, Contact merged, MergeFields take, bool keepBothNotes)
    {
        T Pick<T>(MergeFields field, T mine, T theirs) => take.HasFlag(field) ? theirs : mine;
        survivor.Name = Pick(MergeFields.Name, survivor.Name, merged.Name);
        survivor.Headline = Pick(MergeFields.Headline, survivor.Headline, merged.Headline) ?? merged.Headline;
        survivor.Position = Pick(MergeFields.Position, survivor.Position, merged.Position) ?? merged.Position;
        survivor.Company = Pick(MergeFields.Company, survivor.Company, merged.Company) ?? merged.Company;
        survivor.ProfileUrl = Pick(MergeFields.ProfileUrl, survivor.ProfileUrl, merged.ProfileUrl) ?? merged.ProfileUrl;
        survivor.Email = Pick(MergeFields.Email, survivor.Email, merged.Email) ?? merged.Email;
        survivor.Location = Pick(MergeFields.Location, survivor.Location, merged.Location) ?? merged.Location;
        survivor.ConnectedOn = Pick(MergeFields.ConnectedOn, survivor.ConnectedOn, merged.ConnectedOn) ?? merged.ConnectedOn;
        survivor.State = Pick(MergeFields.State, survivor.State, merged.State);
        survivor.Role = Pick(MergeFields.Role, survivor.Role, merged.Role);
        survivor.Strength = Pick(MergeFields.Strength, survivor.Strength, merged.Strength);
        survivor.Notes = keepBothNotes && !string.IsNullOrWhiteSpace(survivor.Notes) && !string.IsNullOrWhiteSpace(merged.Notes)
            ? Clip($"{survivor.Notes}\n\n{merged.Notes}", 4000)
            : Pick(MergeFields.Notes, survivor.Notes, merged.Notes) ?? merged.Notes;
        var tags = ContactForm.NormalizeTags(string.Join(", ", (survivor.Tags + ";" + merged.Tags).Split(';', StringSplitOptions.RemoveEmptyEntries)));
        survivor.Tags = tags.Length <= 1000 ? tags : survivor.Tags;

        // The user's choices are their word: a re-import does not change them back.
        survivor.HandEdited |= Chosen(take);
        if (survivor.VettingDecision is null && merged.VettingDecision is not null)
        {
            survivor.VettingRecommendation = merged.VettingRecommendation;
            survivor.VettingDecision = merged.VettingDecision;
            survivor.VettingOverrideReason = merged.VettingOverrideReason;
            survivor.VettedUtc = merged.VettedUtc;
            survivor.ConnectionCount ??= merged.ConnectionCount;
        }

        survivor.VettingSignals |= merged.VettingSignals;
        survivor.ConnectionCount ??= merged.ConnectionCount;
        survivor.InvitationMessage ??= merged.InvitationMessage;
        survivor.InvitedOn = Later(survivor.InvitedOn, merged.InvitedOn);
        survivor.RoleChangedOn = Later(survivor.RoleChangedOn, merged.RoleChangedOn);
        survivor.FollowUpOn = survivor.FollowUpOn is { } a && merged.FollowUpOn is { } b ? (a < b ? a : b) : survivor.FollowUpOn ?? merged.FollowUpOn;
        survivor.GiveCadenceDays ??= merged.GiveCadenceDays;
        survivor.LastSeenInExportUtc = merged.LastSeenInExportUtc is { } seen && !(survivor.LastSeenInExportUtc >= seen) ? seen : survivor.LastSeenInExportUtc;
        if (survivor.Origin == Core.Contacts.RelationshipOrigin.Unknown)
        {
            survivor.Origin = merged.Origin;
            survivor.OriginGroup = merged.OriginGroup;
            survivor.IntroducedByContactId = merged.IntroducedByContactId == survivor.Id ? null : merged.IntroducedByContactId;
        }

        // ValueFirst knew the person from the earlier of the two days: the give clock counts from there.
        survivor.CreatedUtc = survivor.CreatedUtc < merged.CreatedUtc ? survivor.CreatedUtc : merged.CreatedUtc;
    }

    private static ContactFields Chosen(MergeFields take) =>
        (take.HasFlag(MergeFields.Name) ? ContactFields.Name : 0)
        | (take.HasFlag(MergeFields.ProfileUrl) ? ContactFields.ProfileUrl : 0)
        | (take.HasFlag(MergeFields.Email) ? ContactFields.Email : 0)
        | (take.HasFlag(MergeFields.Company) ? ContactFields.Company : 0)
        | (take.HasFlag(MergeFields.Position) ? ContactFields.Position : 0)
        | (take.HasFlag(MergeFields.ConnectedOn) ? ContactFields.ConnectedOn : 0);

    private static IEnumerable<(IdentityKind, string)> Identities(Contact contact)
    {
        if (ProfileUrl.Normalize(contact.ProfileUrl) is { } url)
        {
            yield return (IdentityKind.ProfileUrl, url);
        }

        if (ContactKeys.Email(contact.Email) is { } email)
        {
            yield return (IdentityKind.Email, email);
        }

        yield return (IdentityKind.NameAndCompany, ContactKeys.NameAndCompany(contact.Name, contact.Company));
    }

    private static DuplicateCandidate Candidate(Contact c) => new(c.Id, c.Name, c.Company, c.ProfileUrl, c.Email);

    private static async Task<Dictionary<int, int>> MessageCountsAsync(ApplicationDbContext db, string ownerId, List<int> ids, CancellationToken ct) =>
        await db.Set<ConversationMessage>().AsNoTracking()
            .Where(m => m.OwnerId == ownerId && ids.Contains(m.ContactId))
            .GroupBy(m => m.ContactId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
