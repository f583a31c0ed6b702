using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Ledger;

/// <summary>The dashboard's reach, read from the ledger's totals, counts what the interactions themselves say.</summary>
[Trait(BothProviders.Trait, BothProviders.Value)]
public sealed class NetworkReachTests : IDisposable
{
    private readonly LedgerFixture f = new();

    [Fact]
    public async Task A_connected_contact_is_reached_by_any_direction_since_the_instant_itself_and_not_before()
    {
        var owner = await f.UserAsync("reach@example.com");
        var givenOnTheInstant = await f.AddContactAsync(owner);
        var askedOnly = await f.AddContactAsync(owner);
        var receivedOnly = await f.AddContactAsync(owner);
        var lastSeenBefore = await f.AddContactAsync(owner);
        await f.AddContactAsync(owner); // connected, never a word
        var pending = await f.AddContactAsync(owner, state: ConnectionState.Pending);
        var someoneElses = await f.AddContactAsync(await f.UserAsync("other@example.com"));
        await f.AddInteractionsAsync(givenOnTheInstant, InteractionDirection.Give, 100, 300);
        await f.AddInteractionsAsync(askedOnly, InteractionDirection.Ask, 10);
        await f.AddInteractionsAsync(receivedOnly, InteractionDirection.Received, 20);
        await f.AddInteractionsAsync(lastSeenBefore, InteractionDirection.Give, 101);
        await f.AddInteractionsAsync(lastSeenBefore, InteractionDirection.Ask, 200);
        await f.AddInteractionsAsync(lastSeenBefore, InteractionDirection.Received, 150);
        await f.AddInteractionsAsync(pending, InteractionDirection.Give, 1);
        await f.AddInteractionsAsync(someoneElses, InteractionDirection.Give, 1);
        var since = f.DaysAgo(100);

        var reach = await f.WithServiceAsync<NetworkReach, LedgerActivity>(a => a.ReachAsync(owner, since));

        // Counted from the interactions, as the dashboard's words say it.
        var counted = await f.App.WithDbAsync(db => db.Set<Contact>()
            .Where(c => c.OwnerId == owner && c.State == ConnectionState.Connected)
            .CountAsync(c => db.Set<Interaction>().Any(i => i.ContactId == c.Id && i.OccurredUtc >= since)));
        Assert.Equal(new NetworkReach(5, 3), reach);
        Assert.Equal(counted, reach.Reached);
    }

    public void Dispose() => f.Dispose();
}
