using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Core.Time;

namespace ValueFirst.Web.Tests.Ledger;

/// <summary>Contacts added by hand or from an older export have no "connected on" date; they still earn asks.</summary>
public sealed class UndatedConnectionTests : IDisposable
{
    private readonly LedgerFixture f = new();

    private async Task<Contact> AddUndatedAsync(string owner, int addedDaysAgo, ConnectionState state = ConnectionState.Connected)
    {
        var contact = await f.AddContactAsync(owner, state: state);
        contact.ConnectedOn = null;
        contact.CreatedUtc = f.DaysAgo(addedDaysAgo);
        await f.App.WithDbAsync(async db =>
        {
            db.Update(contact);
            return await db.SaveChangesAsync();
        });
        return contact;
    }

    private Task<ContactHistory?> LedgerOfAsync(Contact contact) =>
        f.WithServiceAsync<ContactHistory?, LedgerViews>(q => q.GetContactAsync(contact.OwnerId, contact.Id));

    [Fact]
    public async Task Connected_contact_without_a_date_counts_from_the_day_it_was_added_and_earns_the_ask()
    {
        var owner = await f.UserAsync("undated@example.com");
        var addedLongAgo = await AddUndatedAsync(owner, addedDaysAgo: 20);
        var addedToday = await AddUndatedAsync(owner, addedDaysAgo: 0);
        await f.AddInteractionsAsync(addedLongAgo, InteractionDirection.Give, 1, 2, 3);
        await f.AddInteractionsAsync(addedToday, InteractionDirection.Give, 0, 0, 0);

        var earned = (await LedgerOfAsync(addedLongAgo))!.Row.Readiness;
        var tooSoon = (await LedgerOfAsync(addedToday))!.Row.Readiness;

        Assert.Equal(AskState.AskEarned, earned.State);
        Assert.Equal("3 of 3 gives ✓ · connected 20 days ago ✓", earned.Reason);
        Assert.Equal(AskState.GiveFirst, tooSoon.State);
        Assert.Equal($"3 of 3 gives ✓ · connected today — the first ask opens on {LocalDays.Date(f.Today.AddDays(14), f.Today)} (14 days after connecting) ✗", tooSoon.Reason);
    }

    [Fact]
    public async Task Target_without_a_date_is_not_connected_yet()
    {
        var owner = await f.UserAsync("target@example.com");
        var target = await AddUndatedAsync(owner, addedDaysAgo: 20, state: ConnectionState.Target);

        var readiness = (await LedgerOfAsync(target))!.Row.Readiness;

        Assert.Equal("0 of 3 gives ✗ · not connected yet ✗", readiness.Reason);
    }

    public void Dispose() => f.Dispose();
}
