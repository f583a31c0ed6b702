using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using static ValueFirst.Core.Tests.Ledger.LedgerTime;

namespace ValueFirst.Core.Tests.Ledger;

public sealed class GiveHoldTests
{
    private static readonly DateOnly Today = new(2026, 1, 15);
    private static readonly DateTimeOffset Noon = NowAt(Today, 12);

    public static TheoryData<ConnectionState> States => new(Enum.GetValues<ConnectionState>());

    [Theory]
    [MemberData(nameof(States))]
    public void A_held_relationship_is_one_the_give_first_list_never_suggests(ConnectionState state)
    {
        // Given to 100 days ago: a connection in this state is due a give again.
        var contact = new LedgerContact(1, "Ines Invites", null, [], PipelineRole.Peer, state, 50, null,
            new FactsBuilder(Today).Gave(daysAgo: 100).Build(Noon));

        var suggested = GiveFirstRanking.Rank([contact], ReadinessSettings.Default, Noon, NewYork).Count == 1;
        var held = GiveHold.Reason(state) is not null;

        Assert.False(suggested && held, $"{state}: suggested for a give and held at once");
        Assert.Equal(state == ConnectionState.Connected, suggested);
    }

    [Fact]
    public void An_invitation_waiting_for_an_answer_is_vetted_before_any_give()
    {
        Assert.Equal("none yet: vet their invitation first", GiveHold.Reason(ConnectionState.Pending));
        Assert.Null(GiveHold.Reason(ConnectionState.Connected));
        Assert.Null(GiveHold.Reason(ConnectionState.Target)); // giving before inviting is how a target is warmed up
    }
}
