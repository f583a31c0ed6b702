using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;

namespace ValueFirst.Web.Tests.Ledger;

/// <summary>The per-contact summary kept on write always equals a recount of the contact's interactions.</summary>
public sealed class LedgerTotalsTests : IDisposable
{
    private readonly LedgerFixture f = new();

    private Task<RecordResult> RecordAsync(string ownerId, NewInteraction request) =>
        f.WithServiceAsync<RecordResult, InteractionRecorder>(log => log.RecordAsync(ownerId, request, confirmUnearnedAsk: true));

    private static NewInteraction Give(int contactId, DateTime? occurredLocal = null) =>
        new(contactId, InteractionDirection.Give, InteractionType.SentMyArticle, OccurredLocal: occurredLocal);

    private static NewInteraction Ask(int contactId, DateTime? occurredLocal = null) =>
        new(contactId, InteractionDirection.Ask, InteractionType.AskedForMeeting, OccurredLocal: occurredLocal);

    private Task<LedgerTotals?> SummaryAsync(int contactId) =>
        f.App.WithDbAsync(db => db.Set<LedgerTotals>().AsNoTracking().SingleOrDefaultAsync(s => s.ContactId == contactId));

    /// <summary>The figures the ledger shows for the contact, and the same figures counted by hand from its interactions.</summary>
    private async Task<(ContactLedgerFacts Shown, ContactLedgerFacts Counted)> FiguresAsync(Contact contact)
    {
        var view = await f.WithServiceAsync<ContactHistory?, LedgerViews>(q => q.GetContactAsync(contact.OwnerId, contact.Id));
        var events = await f.App.WithDbAsync(db => db.Set<Interaction>().Where(i => i.ContactId == contact.Id)
            .Select(i => new LedgerEvent(i.OccurredUtc, i.Direction)).ToListAsync());
        var counted = ContactLedgerFacts.From(events, contact.ConnectedOn, f.Now.UtcDateTime.Date.AddDays(-(AskReadiness.WindowDays - 1)),
            DateOnly.FromDateTime(contact.CreatedUtc));
        return (view!.Row.Facts, counted);
    }

    [Fact]
    public async Task Logging_gives_and_an_ask_keeps_the_summary_equal_to_a_recount()
    {
        var owner = await f.UserAsync("log@example.com");
        var contact = await f.AddContactAsync(owner);

        await RecordAsync(owner, Give(contact.Id, occurredLocal: f.DaysAgo(2)));
        await RecordAsync(owner, Ask(contact.Id, occurredLocal: f.DaysAgo(1)));
        await RecordAsync(owner, Give(contact.Id));

        var (shown, counted) = await FiguresAsync(contact);
        Assert.Equal(counted, shown);
        Assert.Equal((2, 1, 1), (shown.Gives, shown.Asks, shown.GivesSinceLastAsk));
    }

    [Fact]
    public async Task A_back_dated_give_counts_in_the_totals_but_not_since_the_later_ask()
    {
        var owner = await f.UserAsync("backdated@example.com");
        var contact = await f.AddContactAsync(owner);
        await RecordAsync(owner, Give(contact.Id));
        await RecordAsync(owner, Ask(contact.Id));

        await RecordAsync(owner, Give(contact.Id, occurredLocal: f.DaysAgo(30)));

        var (shown, counted) = await FiguresAsync(contact);
        Assert.Equal(counted, shown);
        Assert.Equal((2, 0), (shown.Gives, shown.GivesSinceLastAsk));
        Assert.True(shown.LastGiveUtc > f.DaysAgo(1));
    }

    [Fact]
    public async Task Removing_interactions_recounts_and_removing_the_last_leaves_zero_figures()
    {
        var owner = await f.UserAsync("remove@example.com");
        var contact = await f.AddContactAsync(owner);
        await f.AddInteractionsAsync(contact, InteractionDirection.Give, 20, 10);
        await f.AddInteractionsAsync(contact, InteractionDirection.Ask, 5);

        await f.App.WithDbAsync(async db =>
        {
            db.RemoveRange(db.Set<Interaction>().Where(i => i.ContactId == contact.Id && i.Direction == InteractionDirection.Ask));
            return await db.SaveChangesAsync();
        });

        var (shown, counted) = await FiguresAsync(contact);
        Assert.Equal(counted, shown);
        Assert.Equal((2, 0, 2), (shown.Gives, shown.Asks, shown.GivesSinceLastAsk));

        await f.App.WithDbAsync(async db =>
        {
            db.RemoveRange(db.Set<Interaction>().Where(i => i.ContactId == contact.Id));
            return await db.SaveChangesAsync();
        });

        var zero = (await SummaryAsync(contact.Id))!;
        Assert.Equal((0, 0, 0, true), (zero.Gives, zero.Asks, zero.GivesInWindow, zero.FirstGive));
        Assert.Equal(ContactLedgerFacts.None(contact.ConnectedOn, DateOnly.FromDateTime(contact.CreatedUtc)), (await FiguresAsync(contact)).Shown);
        Assert.Null(await f.App.WithDbAsync(db => db.Set<Contact>().Where(c => c.Id == contact.Id).Select(c => c.LastInteractionUtc).SingleAsync()));
    }

    [Fact]
    public async Task Moving_an_interaction_in_time_recounts_the_contact()
    {
        var owner = await f.UserAsync("move@example.com");
        var contact = await f.AddContactAsync(owner);
        await f.AddInteractionsAsync(contact, InteractionDirection.Give, 3);
        await f.AddInteractionsAsync(contact, InteractionDirection.Ask, 10);

        // The give is back-dated before the ask: it no longer counts as given since the ask.
        await f.App.WithDbAsync(async db =>
        {
            var give = await db.Set<Interaction>().SingleAsync(i => i.ContactId == contact.Id && i.Direction == InteractionDirection.Give);
            give.OccurredUtc = f.DaysAgo(40);
            return await db.SaveChangesAsync();
        });

        var (shown, counted) = await FiguresAsync(contact);
        Assert.Equal(counted, shown);
        Assert.Equal(0, shown.GivesSinceLastAsk);
    }

    [Fact]
    public async Task Deleting_a_contact_deletes_its_summary_and_leaves_other_contacts_alone()
    {
        var owner = await f.UserAsync("delete@example.com");
        var gone = await f.AddContactAsync(owner);
        var kept = await f.AddContactAsync(owner);
        await f.AddInteractionsAsync(gone, InteractionDirection.Give, 2);
        await f.AddInteractionsAsync(kept, InteractionDirection.Give, 2, 1);

        await f.App.WithDbAsync(db => db.Set<Contact>().Where(c => c.Id == gone.Id).ExecuteDeleteAsync());

        Assert.Null(await SummaryAsync(gone.Id));
        Assert.Equal(2, (await SummaryAsync(kept.Id))!.Gives);
    }

    [Fact]
    public async Task Backfill_counts_interactions_written_behind_the_apps_back_once()
    {
        var owner = await f.UserAsync("backfill@example.com");
        var contact = await f.AddContactAsync(owner);
        await f.AddInteractionsAsync(contact, InteractionDirection.Give, 8, 4);
        await f.AddInteractionsAsync(contact, InteractionDirection.Ask, 6);
        // As a restored backup from before the summaries existed, or a bulk load, would leave it.
        await f.App.WithDbAsync(db => db.Set<LedgerTotals>().ExecuteDeleteAsync());

        var first = await f.App.WithDbAsync(db => LedgerTotalsRecount.BackfillAsync(db, f.Now));
        var second = await f.App.WithDbAsync(db => LedgerTotalsRecount.BackfillAsync(db, f.Now));

        Assert.Equal((1, 0), (first, second));
        var (shown, counted) = await FiguresAsync(contact);
        Assert.Equal(counted, shown);
        Assert.Equal((2, 1, 1), (shown.Gives, shown.Asks, shown.GivesSinceLastAsk));
    }

    public void Dispose() => f.Dispose();
}
