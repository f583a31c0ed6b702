using ValueFirst.Core.Ledger;
using ValueFirst.Core.Time;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;

namespace ValueFirst.Web.Tests.Ledger;

/// <summary>
/// One wording of the ask rules everywhere: the warning before an unearned ask, the contact's ledger, the balance
/// list and the reminder's earned asks all show the same checks, each with its status and, when time alone blocks
/// it, the day it opens. Checked at each rule's boundary.
/// </summary>
public sealed class ReadinessWordingTests : IDisposable
{
    private readonly LedgerFixture f = new();

    public static TheoryData<int, int, int?, AskState, string> Boundaries => new()
    {
        // connected days ago, gives (days ago: 1), last ask days ago, state, the checks
        { 13, 3, null, AskState.GiveFirst, "3 of 3 gives ✓ · connected 13 days ago — the first ask opens on {+1} (14 days after connecting) ✗" },
        { 14, 3, null, AskState.AskEarned, "3 of 3 gives ✓ · connected 14 days ago ✓" },
        { 60, 2, null, AskState.GiveFirst, "2 of 3 gives ✗ · connected 2 months ago ✓" },
        { 400, 3, 29, AskState.GiveFirst, "3 of 3 gives since your last ask ✓ · connected 1 year ago ✓ · last ask 29 days ago — the next ask opens on {+1} (30 days between asks) ✗" },
        { 400, 3, 30, AskState.AskEarned, "3 of 3 gives since your last ask ✓ · connected 1 year ago ✓ · last ask 30 days ago ✓" },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public async Task The_same_checks_show_in_the_warning_the_contact_ledger_and_the_balance_list(
        int connectedDaysAgo, int gives, int? lastAskDaysAgo, AskState state, string checks)
    {
        var owner = await f.UserAsync($"wording-{connectedDaysAgo}-{gives}-{lastAskDaysAgo}@example.com");
        var contact = await f.AddContactAsync(owner, connectedDaysAgo: connectedDaysAgo);
        if (lastAskDaysAgo is { } asked)
        {
            // The gives that count came after the ask (an ask resets the count).
            await f.AddInteractionsAsync(contact, InteractionDirection.Ask, asked);
        }

        await f.AddInteractionsAsync(contact, InteractionDirection.Give, Enumerable.Repeat(1, gives).ToArray());
        var expected = checks.Replace("{+1}", LocalDays.Date(f.Today.AddDays(1), f.Today), StringComparison.Ordinal);

        var ledger = await f.WithServiceAsync<ContactHistory?, LedgerViews>(q => q.GetContactAsync(owner, contact.Id));
        var balance = await f.WithServiceAsync<BalanceList, LedgerViews>(q => q.GetBalanceAsync(owner, new BalanceFilter()));
        var warning = await f.WithServiceAsync<RecordResult, InteractionRecorder>(r =>
            r.RecordAsync(owner, new NewInteraction(contact.Id, InteractionDirection.Ask, InteractionType.AskedForMeeting)));

        Assert.Equal(state, ledger!.Row.Readiness.State);
        Assert.Equal(expected, ledger.Row.Readiness.Reason);
        Assert.Equal(expected, Assert.Single(balance.Rows).Readiness.Reason);
        if (state == AskState.AskEarned)
        {
            Assert.Equal(RecordOutcome.Recorded, warning.Outcome);
        }
        else
        {
            Assert.Equal(RecordOutcome.NeedsConfirmation, warning.Outcome);
            Assert.Equal($"This ask is not earned yet (give first): {expected}.", warning.Message);
        }
    }

    [Fact]
    public async Task An_earned_ask_in_the_reminder_and_the_checklist_reads_like_the_contact_ledger()
    {
        var owner = await f.UserAsync("earned-wording@example.com");
        var contact = await f.AddContactAsync(owner, connectedDaysAgo: 40);
        await f.AddInteractionsAsync(contact, InteractionDirection.Give, 3, 2, 1);

        var ledger = await f.WithServiceAsync<ContactHistory?, LedgerViews>(q => q.GetContactAsync(owner, contact.Id));
        var lists = await f.WithServiceAsync<RankedContacts, LedgerRankings>(q => q.GetListsAsync(owner, 10, 2));

        Assert.Equal("3 of 3 gives ✓ · connected 40 days ago ✓", ledger!.Row.Readiness.Reason);
        Assert.Equal(ledger.Row.Readiness.Reason, Assert.Single(lists.EarnedAsks).Reason);
    }

    public void Dispose() => f.Dispose();
}
