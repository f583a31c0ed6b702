using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Tests.Contacts;
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

    [Fact]
    public async Task Contacts_in_touch_only_by_linkedin_message_count_as_reached_and_the_dashboard_says_to_record_them()
    {
        var (client, owner) = await f.SignInAsync("messages@example.com");
        var messagedOnly = await f.AddContactAsync(owner, name: "Mia Messaged");
        var messagedAndGiven = await f.AddContactAsync(owner, name: "Gil Given");
        var messagedLongAgo = await f.AddContactAsync(owner, name: "Old Olaf");
        var pending = await f.AddContactAsync(owner, name: "Pia Pending", state: ConnectionState.Pending);
        await f.AddContactAsync(owner, name: "Quiet Quinn");
        await f.AddInteractionsAsync(messagedAndGiven, InteractionDirection.Give, 5);
        await f.App.WithDbAsync(async db =>
        {
            foreach (var c in new[] { messagedOnly, messagedAndGiven, messagedLongAgo, pending })
            {
                (await db.Set<Contact>().FindAsync(c.Id))!.ProfileUrl = $"https://www.linkedin.com/in/{c.Id}";
            }

            return await db.SaveChangesAsync();
        });
        var messages = new ValueFirst.Testing.LinkedIn.MessagesExportBuilder()
            .Message("c-mia", "Mia Messaged", $"https://www.linkedin.com/in/{messagedOnly.Id}", fromThem: true, f.DaysAgo(20), "Thanks for the intro!")
            .Message("c-gil", "Gil Given", $"https://www.linkedin.com/in/{messagedAndGiven.Id}", fromThem: false, f.DaysAgo(6), "Here is that article")
            .Message("c-olaf", "Old Olaf", $"https://www.linkedin.com/in/{messagedLongAgo.Id}", fromThem: true, f.DaysAgo(400), "Long ago")
            .Message("c-pia", "Pia Pending", $"https://www.linkedin.com/in/{pending.Id}", fromThem: true, f.DaysAgo(3), "Please accept");
        await f.App.ImportAsync(owner, messages.BuildBytes());

        var reach = await f.WithServiceAsync<NetworkReach, LedgerActivity>(a => a.ReachAsync(owner, f.DaysAgo(365)));
        var noMessages = await f.WithServiceAsync<NetworkReach, LedgerActivity>(a => a.ReachAsync(owner, f.DaysAgo(4)));
        var dashboard = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/"));

        // Mia by message only, Gil by the ledger (his message does not count twice); Olaf too long ago, Pia not connected.
        Assert.Equal(new NetworkReach(4, 2, 1), reach);
        Assert.Equal(new NetworkReach(4, 0, 0), noMessages);
        Assert.Contains("(2 of 4 connected)", dashboard, StringComparison.Ordinal);
        Assert.Contains("1 of them only by LinkedIn message", dashboard, StringComparison.Ordinal);
    }

    public void Dispose() => f.Dispose();
}
