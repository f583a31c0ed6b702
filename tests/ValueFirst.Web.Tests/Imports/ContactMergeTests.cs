using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Testing.LinkedIn;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Features.Reminders;
using ValueFirst.Web.Tests.Contacts;

namespace ValueFirst.Web.Tests.Imports;

public sealed class ContactMergeTests : IDisposable
{
    private readonly TestApp app = new();

    private async Task<int> CreateAsync(string owner, ContactForm form) =>
        (await app.AsUserAsync(owner, sp => sp.GetRequiredService<ContactBook>().CreateAsync(owner, form))).Id!.Value;

    private async Task GiveAsync(string owner, int contact, InteractionType type) =>
        Assert.True((await app.AsUserAsync(owner, sp => sp.GetRequiredService<InteractionRecorder>()
            .RecordAsync(owner, new NewInteraction(contact, InteractionDirection.Give, type)))).Recorded);

    [Fact]
    public async Task Likely_duplicates_are_listed_by_email_and_by_name_and_company()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "dupes@example.com");
        var a = await CreateAsync(user, new ContactForm { Name = "Ana Lima", Company = "Acme", Email = "ana@acme.example" });
        var b = await CreateAsync(user, new ContactForm { Name = "Ana Lima", Company = "acme", Email = "ANA@acme.example" });
        await CreateAsync(user, new ContactForm { Name = "Bo Chen", Company = "Acme" });

        var pairs = await app.AsUserAsync(user, sp => sp.GetRequiredService<ContactMerger>().ListDuplicatesAsync(user));

        var pair = Assert.Single(pairs);
        Assert.Equal((a, b), (pair.First.Id, pair.Second.Id));
        Assert.Equal([DuplicateReason.SameEmail, DuplicateReason.SameNameAndCompany], pair.Reasons);
    }

    [Fact]
    public async Task Merge_moves_interactions_messages_tags_notes_and_vetting_to_the_survivor_and_recounts_the_ledger()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "merge@example.com");
        var bystander = await ContactsTestUsers.CreateUserAsync(app, "bystander@example.com");
        await app.ImportAsync(user, ExportWorld.Connections().BuildBytes());
        await app.ImportAsync(user, ExportWorld.Messages().BuildBytes());
        await app.ImportAsync(bystander, ExportWorld.Full().BuildZip());
        var bystanderBefore = await FingerprintAsync(bystander);
        var ana = (await ExportWorld.ContactAsync(app, user, ExportWorld.AnaUrl)).Id;
        var copy = await CreateAsync(user, new ContactForm
        {
            Name = "Ana M. Lima", Company = "Acme Holdings", Email = "ana@example.com", Tags = "fintech, speaker", Notes = "Met in Lisbon",
            State = ConnectionState.Pending,
        });
        await app.AsUserAsync(user, sp => sp.GetRequiredService<InvitationVetting>().DecideAsync(user, copy, VettingSignals.KnowPersonally, 500, VettingOutcome.Hold, "ask first"));
        await GiveAsync(user, ana, InteractionType.SharedTheirPost);
        await GiveAsync(user, copy, InteractionType.SentMyArticle);
        await GiveAsync(user, copy, InteractionType.Congratulated);

        var result = await app.AsUserAsync(user, sp => sp.GetRequiredService<ContactMerger>().MergeAsync(user, ana, copy, MergeFields.Company | MergeFields.Notes));

        Assert.True(result.Succeeded, result.Error);
        var survivor = await app.WithDbAsync(db => db.Set<Contact>().AsNoTracking().SingleAsync(c => c.Id == ana));
        Assert.Equal(("Ana Lima", "Acme Holdings", "Met in Lisbon", "fintech;speaker"), (survivor.Name, survivor.Company, survivor.Notes, survivor.Tags));
        Assert.Equal((VettingOutcome.Hold, "ask first"), (survivor.VettingDecision!.Value, survivor.VettingOverrideReason));
        Assert.True(survivor.HandEdited.HasFlag(ContactFields.Company));
        Assert.False(await app.WithDbAsync(db => db.Set<Contact>().AnyAsync(c => c.Id == copy)));
        var history = await app.AsUserAsync(user, sp => sp.GetRequiredService<LedgerViews>().GetContactAsync(user, ana));
        Assert.Equal(3, history!.Row.Facts.Gives);
        Assert.Equal(3, history.Timeline.Count);
        Assert.NotNull(survivor.LastInteractionUtc);
        Assert.Equal(2, (await ExportWorld.MessagesAsync(app, user)).Count(m => m.ContactId == ana));
        Assert.Equal(bystanderBefore, await FingerprintAsync(bystander));
    }

    [Fact]
    public async Task Merge_carries_the_reminder_links_used_and_the_longer_pause_to_the_survivor_one_use_per_action_and_week()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "merge-links@example.com");
        var survivor = await CreateAsync(user, new ContactForm { Name = "Ana Lima", State = ConnectionState.Connected });
        var copy = await CreateAsync(user, new ContactForm { Name = "Ana M. Lima", State = ConnectionState.Connected });
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        EmailActionUse Use(int contact, EmailAction action, int week) =>
            new() { Id = Guid.NewGuid(), UserId = user, ContactId = contact, Action = action, IsoYear = 2026, IsoWeek = week, UsedUtc = DateTime.UtcNow };
        var keptDone = Use(survivor, EmailAction.Done, 40);
        var sameWeekDone = Use(copy, EmailAction.Done, 40);
        var otherWeekDone = Use(copy, EmailAction.Done, 41);
        var snooze = Use(copy, EmailAction.Snooze, 40);
        await app.WithDbAsync(db =>
        {
            db.AddRange(keptDone, sameWeekDone, otherWeekDone, snooze);
            db.AddRange(
                new SuggestionPause { OwnerId = user, ContactId = survivor, PausedUntil = today.AddDays(2) },
                new SuggestionPause { OwnerId = user, ContactId = copy, PausedUntil = today.AddDays(7) });
            return db.SaveChangesAsync();
        });

        var result = await app.AsUserAsync(user, sp => sp.GetRequiredService<ContactMerger>().MergeAsync(user, survivor, copy, MergeFields.None));

        Assert.True(result.Succeeded, result.Error);
        var uses = await app.WithDbAsync(db => db.Set<EmailActionUse>().AsNoTracking().Where(u => u.UserId == user).OrderBy(u => u.IsoWeek).ThenBy(u => u.Action).ToListAsync());
        Assert.All(uses, u => Assert.Equal(survivor, u.ContactId));
        Assert.Equal(new[] { keptDone.Id, snooze.Id, otherWeekDone.Id }.Order(), uses.Select(u => u.Id).Order());
        var pause = await app.WithDbAsync(db => db.Set<SuggestionPause>().AsNoTracking().SingleAsync(p => p.OwnerId == user));
        Assert.Equal((survivor, today.AddDays(7)), (pause.ContactId, pause.PausedUntil));
    }

    [Fact]
    public async Task Merge_gives_the_survivor_the_merged_contacts_pause_when_it_had_none()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "merge-pause@example.com");
        var survivor = await CreateAsync(user, new ContactForm { Name = "Bo Chen", State = ConnectionState.Connected });
        var copy = await CreateAsync(user, new ContactForm { Name = "Bo  Chen", State = ConnectionState.Connected });
        var until = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);
        await app.WithDbAsync(db =>
        {
            db.Add(new SuggestionPause { OwnerId = user, ContactId = copy, PausedUntil = until });
            return db.SaveChangesAsync();
        });

        Assert.True((await app.AsUserAsync(user, sp => sp.GetRequiredService<ContactMerger>().MergeAsync(user, survivor, copy, MergeFields.None))).Succeeded);

        var pause = await app.WithDbAsync(db => db.Set<SuggestionPause>().AsNoTracking().SingleAsync(p => p.OwnerId == user));
        Assert.Equal((survivor, until), (pause.ContactId, pause.PausedUntil));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Merge_leaves_the_survivors_ledger_totals_equal_to_a_recount_and_removes_the_other_contacts(bool mergedKnownFirst)
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, $"totals-{mergedKnownFirst}@example.com");
        var survivor = await CreateAsync(user, new ContactForm { Name = "Kept Contact", State = ConnectionState.Connected });
        var merged = await CreateAsync(user, new ContactForm { Name = "Merged Contact", State = ConnectionState.Connected });
        var bystander = await CreateAsync(user, new ContactForm { Name = "Left Alone", State = ConnectionState.Connected });
        // Known first, the merged-away contact gives the survivor its earlier day, which moves its give clock; known
        // later, nothing of the survivor's own changes and only the moved interactions change its totals.
        await app.WithDbAsync(async db =>
        {
            var contact = await db.Set<Contact>().SingleAsync(c => c.Id == merged);
            contact.CreatedUtc = contact.CreatedUtc.AddDays(mergedKnownFirst ? -120 : 1);
            return await db.SaveChangesAsync();
        });
        await GiveAsync(user, survivor, InteractionType.SharedTheirPost);
        await GiveAsync(user, merged, InteractionType.SentMyArticle);
        await GiveAsync(user, merged, InteractionType.Congratulated);
        Assert.True((await app.AsUserAsync(user, sp => sp.GetRequiredService<InteractionRecorder>().RecordAsync(
            user, new NewInteraction(merged, InteractionDirection.Ask, InteractionType.AskedForMeeting), confirmUnearnedAsk: true))).Recorded);
        await GiveAsync(user, bystander, InteractionType.Congratulated);
        var bystanderBefore = await TotalsAsync(bystander);

        var result = await app.AsUserAsync(user, sp => sp.GetRequiredService<ContactMerger>().MergeAsync(user, survivor, merged, MergeFields.None));

        Assert.True(result.Succeeded, result.Error);
        var stored = await TotalsAsync(survivor);
        Assert.NotNull(stored);
        Assert.Equal((3, 1), (stored.Gives, stored.Asks));
        Assert.Null(await TotalsAsync(merged));
        Assert.Equal(bystanderBefore, await TotalsAsync(bystander));
        // Counted again from scratch, the row is the same: the merge left nothing stale.
        await app.AsUserAsync(user, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<Web.Data.ApplicationDbContext>>().CreateDbContextAsync();
            await LedgerTotalsRecount.RefreshAsync(db, [survivor], sp.GetRequiredService<TimeProvider>().GetUtcNow());
            return 0;
        });
        Assert.Equal(stored, await TotalsAsync(survivor));
        var row = (await app.AsUserAsync(user, sp => sp.GetRequiredService<LedgerViews>().GetContactAsync(user, survivor)))!.Row;
        Assert.Equal((3, 1, 4), (row.Facts.Gives, row.Facts.Asks, row.Facts.Gives + row.Facts.Asks));
        Assert.Equal(stored.ConnectedOn, row.Facts.ConnectedOn);
    }

    [Fact]
    public async Task Reimporting_after_a_merge_never_brings_the_merged_away_contact_back()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "remerge@example.com");
        await app.ImportAsync(user, ExportWorld.Connections().BuildBytes());
        var ana = (await ExportWorld.ContactAsync(app, user, ExportWorld.AnaUrl)).Id;
        var bo = (await ExportWorld.ContactAsync(app, user, ExportWorld.BoUrl)).Id;
        var count = (await app.ContactsOfAsync(user)).Count;

        var merged = await app.AsUserAsync(user, sp => sp.GetRequiredService<ContactMerger>().MergeAsync(user, ana, bo, MergeFields.None));
        var again = await app.ImportAsync(user, ExportWorld.Full().BuildZip());

        Assert.True(merged.Succeeded);
        Assert.True(again.Succeeded, again.Error);
        var contacts = await app.ContactsOfAsync(user);
        Assert.DoesNotContain(contacts, c => c.ProfileUrl == ExportWorld.BoUrl);
        Assert.Equal(count - 1 + 3, contacts.Count);
        Assert.Contains(await ExportWorld.MessagesAsync(app, user), m => m.ContactId == ana && m.Content == "Congrats on the new role");
    }

    [Fact]
    public async Task Another_users_contact_cannot_be_merged_or_compared()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "mine@example.com");
        var other = await ContactsTestUsers.CreateUserAsync(app, "theirs@example.com");
        var mine = await CreateAsync(user, new ContactForm { Name = "Mine" });
        var theirs = await CreateAsync(other, new ContactForm { Name = "Theirs" });

        var result = await app.AsUserAsync(user, sp => sp.GetRequiredService<ContactMerger>().MergeAsync(user, mine, theirs, MergeFields.Name));
        var pair = await app.AsUserAsync(user, sp => sp.GetRequiredService<ContactMerger>().GetPairAsync(user, mine, theirs));

        Assert.Equal(ContactSaveResult.NotFound, result);
        Assert.Null(pair);
        Assert.Single(await app.ContactsOfAsync(other));
    }

    /// <summary>The contact's stored ledger row as values (null when it has none).</summary>
    private Task<TotalsRow?> TotalsAsync(int contactId) => app.WithDbAsync(db => db.Set<LedgerTotals>().AsNoTracking()
        .Where(t => t.ContactId == contactId)
        .Select(t => new TotalsRow(t.Gives, t.Asks, t.Received, t.LastGiveUtc, t.LastAskUtc, t.GivesSinceLastAsk, t.GivesInWindow, t.AsksInWindow,
            t.RecountOn, t.AskOpensOn, t.GiveDueOn, t.FirstGive, t.ConnectedOn))
        .SingleOrDefaultAsync());

    private Task<string> FingerprintAsync(string owner) => app.WithDbAsync(async db => string.Join("|",
        (await db.Set<Contact>().AsNoTracking().Where(c => c.OwnerId == owner).OrderBy(c => c.Id).Select(c => c.Id + c.Name + c.Tags + c.LastMessageUtc).ToListAsync())
        .Concat(await db.Set<ConversationMessage>().AsNoTracking().Where(m => m.OwnerId == owner).OrderBy(m => m.Id).Select(m => m.Id + ":" + m.ContactId).ToListAsync())
        .Concat(await db.Set<Interaction>().AsNoTracking().Where(i => i.OwnerId == owner).OrderBy(i => i.Id).Select(i => i.Id + ":" + i.ContactId).ToListAsync())));

    public void Dispose() => app.Dispose();

    private sealed record TotalsRow(
        int Gives, int Asks, int Received, DateTime? LastGiveUtc, DateTime? LastAskUtc, int GivesSinceLastAsk, int GivesInWindow, int AsksInWindow,
        DateOnly? RecountOn, DateOnly? AskOpensOn, DateOnly? GiveDueOn, bool FirstGive, DateOnly? ConnectedOn);
}
