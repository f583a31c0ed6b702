using Bogus;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;

namespace ValueFirst.Web.Tests.Ledger;

public sealed class BalanceAggregationTests : IDisposable
{
    private readonly LedgerFixture f = new();

    /// <summary>Random interactions on the owner's contacts, stored and also returned for counting by hand.</summary>
    private async Task<List<Interaction>> SeedRandomHistoryAsync(IReadOnlyList<Contact> contacts, int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var directions = Enum.GetValues<InteractionDirection>();
        var all = contacts.SelectMany(c => Enumerable.Range(0, faker.Random.Int(0, 12)).Select(_ =>
        {
            var direction = faker.PickRandom(directions);
            return new Interaction
            {
                OwnerId = c.OwnerId,
                ContactId = c.Id,
                // Days 85–95 are over-represented so the 90-day window edge is crossed, at any hour.
                OccurredUtc = f.Now.UtcDateTime.Date.AddDays(-(faker.Random.Bool(0.2f) ? faker.Random.Int(85, 95) : faker.Random.Int(0, 200)))
                    .AddHours(faker.Random.Int(0, 23)).AddMinutes(faker.Random.Int(0, 59)),
                Direction = direction,
                Type = faker.PickRandom(InteractionTypes.Of(direction).ToArray()),
                Channel = faker.PickRandom<InteractionChannel>(),
            };
        })).ToList();
        await f.App.WithDbAsync(async db =>
        {
            db.AddRange(all);
            return await db.SaveChangesAsync();
        });
        return all;
    }

    private async Task<List<BalanceRow>> AllRowsAsync(string ownerId, BalanceFilter filter)
    {
        var rows = new List<BalanceRow>();
        for (var page = 1; ; page++)
        {
            var list = await f.WithServiceAsync<BalanceList, LedgerViews>(q => q.GetBalanceAsync(ownerId, filter with { Page = page }));
            rows.AddRange(list.Rows);
            if (page >= list.PageCount)
            {
                return rows;
            }
        }
    }

    [Fact]
    public async Task Balance_figures_from_the_database_match_a_hand_count()
    {
        var owner = await f.UserAsync("count@example.com");
        var other = await f.UserAsync("other@example.com");
        var contacts = new List<Contact>();
        for (var i = 0; i < 60; i++)
        {
            contacts.Add(await f.AddContactAsync(owner, connectedDaysAgo: 10 + i * 5, fit: i % 100));
        }

        var othersContacts = new[] { await f.AddContactAsync(other), await f.AddContactAsync(other) };
        var history = await SeedRandomHistoryAsync(contacts, seed: 7);
        await SeedRandomHistoryAsync(othersContacts, seed: 8);
        var windowStart = f.Now.UtcDateTime.Date.AddDays(-89);

        var rows = await AllRowsAsync(owner, new BalanceFilter(Sort: BalanceSort.Name));

        Assert.Equal(contacts.Select(c => c.Id).Order(), rows.Select(r => r.Contact.Id).Order());
        foreach (var row in rows)
        {
            var mine = history.Where(i => i.ContactId == row.Contact.Id).ToList();
            var gives = mine.Where(i => i.Direction == InteractionDirection.Give).Select(i => i.OccurredUtc).ToList();
            var asks = mine.Where(i => i.Direction == InteractionDirection.Ask).Select(i => i.OccurredUtc).ToList();
            DateTime? lastAsk = asks.Count > 0 ? asks.Max() : null;
            var expected = new ContactLedgerFacts(
                gives.Count,
                asks.Count,
                mine.Count(i => i.Direction == InteractionDirection.Received),
                gives.Count > 0 ? gives.Max() : null,
                lastAsk,
                gives.Count(g => lastAsk is null || g > lastAsk),
                gives.Count(g => g >= windowStart),
                asks.Count(a => a >= windowStart),
                contacts.Single(c => c.Id == row.Contact.Id).ConnectedOn,
                DateOnly.FromDateTime(contacts.Single(c => c.Id == row.Contact.Id).CreatedUtc));

            Assert.Equal(expected, row.Facts);
        }

        Assert.Contains(rows, r => r.Readiness.State == AskState.Overdrawn);
        Assert.Contains(rows, r => r.Facts.GivesSinceLastAsk != r.Facts.Gives);
    }

    [Fact]
    public async Task Default_order_is_state_then_fit_and_filters_narrow_by_state_role_and_tag()
    {
        var owner = await f.UserAsync("order@example.com");
        var earned = await f.AddContactAsync(owner, fit: 99, role: PipelineRole.Prospect, tags: "cto;fintech");
        await f.AddInteractionsAsync(earned, InteractionDirection.Give, 3, 2, 1);
        var overdrawn = await f.AddContactAsync(owner, fit: 10, role: PipelineRole.Peer, tags: "cto");
        await f.AddInteractionsAsync(overdrawn, InteractionDirection.Ask, 40, 50);
        var giveFirstLowFit = await f.AddContactAsync(owner, fit: 20, role: PipelineRole.Prospect, tags: "fintechs");
        var giveFirstHighFit = await f.AddContactAsync(owner, fit: 80, role: PipelineRole.Resource);

        var ordered = await AllRowsAsync(owner, new BalanceFilter());
        var prospects = await AllRowsAsync(owner, new BalanceFilter(Role: PipelineRole.Prospect));
        var fintech = await AllRowsAsync(owner, new BalanceFilter(Tag: "FinTech"));
        var giveFirst = await AllRowsAsync(owner, new BalanceFilter(State: AskState.GiveFirst));

        Assert.Equal([overdrawn.Id, giveFirstHighFit.Id, giveFirstLowFit.Id, earned.Id], ordered.Select(r => r.Contact.Id));
        Assert.Equal([giveFirstLowFit.Id, earned.Id], prospects.Select(r => r.Contact.Id));
        Assert.Equal([earned.Id], fintech.Select(r => r.Contact.Id));
        Assert.Equal([giveFirstHighFit.Id, giveFirstLowFit.Id], giveFirst.Select(r => r.Contact.Id));
        // What the page says it shows: all four unfiltered, and only the matches once filtered.
        var counts = await Task.WhenAll(new[] { new BalanceFilter(), new BalanceFilter(Role: PipelineRole.Prospect), new BalanceFilter(Tag: "FinTech"), new BalanceFilter(State: AskState.GiveFirst) }
            .Select(filter => f.WithServiceAsync<BalanceList, LedgerViews>(q => q.GetBalanceAsync(owner, filter))));
        Assert.Equal([(4, 4), (2, 4), (1, 4), (2, 4)], counts.Select(c => (c.Matching, c.TotalContacts)));
    }

    [Fact]
    public async Task The_list_is_paged_by_fifty()
    {
        var owner = await f.UserAsync("paged@example.com");
        for (var i = 0; i < 51; i++)
        {
            await f.AddContactAsync(owner, fit: i);
        }

        var first = await f.WithServiceAsync<BalanceList, LedgerViews>(q => q.GetBalanceAsync(owner, new BalanceFilter()));
        var second = await f.WithServiceAsync<BalanceList, LedgerViews>(q => q.GetBalanceAsync(owner, new BalanceFilter(Page: 2)));

        Assert.Equal((50, 51, 2), (first.Rows.Count, first.Matching, first.PageCount));
        Assert.Equal(0, Assert.Single(second.Rows).Contact.FitScore);
    }

    [Fact]
    public async Task Give_first_list_is_overdrawn_then_overdue_then_a_few_first_gives_and_only_mine()
    {
        var owner = await f.UserAsync("rank@example.com");
        var other = await f.UserAsync("rank-other@example.com");
        var overdrawn = await f.AddContactAsync(owner, fit: 40);
        await f.AddInteractionsAsync(overdrawn, InteractionDirection.Ask, 40, 50);
        var overdue30 = await f.AddContactAsync(owner, fit: 5, role: PipelineRole.Prospect);
        await f.AddInteractionsAsync(overdue30, InteractionDirection.Give, 44);
        var overdue2 = await f.AddContactAsync(owner, fit: 10, role: PipelineRole.Prospect);
        await f.AddInteractionsAsync(overdue2, InteractionDirection.Give, 16);
        var highFit = await f.AddContactAsync(owner, fit: 95);
        await f.AddInteractionsAsync(highFit, InteractionDirection.Give, 10);
        var neverGiven = await f.AddContactAsync(owner, fit: 60, connectedDaysAgo: 20);
        var gaveLongAgo = await f.AddContactAsync(owner, fit: 60);
        await f.AddInteractionsAsync(gaveLongAgo, InteractionDirection.Give, 30);
        var earned = await f.AddContactAsync(owner, fit: 100);
        await f.AddInteractionsAsync(earned, InteractionDirection.Give, 5, 4, 3);
        await f.AddContactAsync(owner, fit: 100, state: ConnectionState.Suspended);
        await f.AddContactAsync(owner, fit: 100, state: ConnectionState.Invited);
        await f.AddContactAsync(other, fit: 100);

        var list = await f.WithServiceAsync<IReadOnlyList<GiveFirstEntry>, LedgerRankings>(q => q.GetAsync(owner, 10));
        var top3 = await f.WithServiceAsync<IReadOnlyList<GiveFirstEntry>, LedgerRankings>(q => q.GetAsync(owner, 3));

        // highFit and gaveLongAgo were given to within their 90-day cadence: not due, so not on this week's list.
        Assert.Equal([overdrawn.Id, overdue30.Id, overdue2.Id, neverGiven.Id], list.Select(e => e.ContactId));
        Assert.Equal([0, 30, 2, 0], list.Select(e => e.OverdueDays));
        Assert.Equal([GiveTurn.Overdrawn, GiveTurn.DueAgain, GiveTurn.DueAgain, GiveTurn.FirstGive], list.Select(e => e.Turn));
        Assert.Equal(AskState.Overdrawn, list[0].State);
        Assert.Equal(list.Take(3).Select(e => e.ContactId), top3.Select(e => e.ContactId));
    }

    public void Dispose() => f.Dispose();
}
