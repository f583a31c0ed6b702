using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Relationships;
using ValueFirst.Core.Tests.Ledger;
using static ValueFirst.Core.Tests.Ledger.LedgerTime;

namespace ValueFirst.Core.Tests.Relationships;

public sealed class IntroducerFinderTests
{
    private static readonly DateOnly Today = new(2026, 3, 24);
    private static readonly DateTimeOffset Noon = NowAt(Today, 12);
    private static int nextId = 100;

    private static LedgerContact Contact(string name, string? company = null, string[]? tags = null,
        ConnectionState state = ConnectionState.Connected, FactsBuilder? history = null) =>
        new(++nextId, name, company, tags ?? [], PipelineRole.Peer, state, 50, null,
            (history ?? new FactsBuilder(Today).ConnectedDaysAgo(300)).Build(Noon));

    private static Introducer? Find(string? company, string[] tags, params LedgerContact[] network) =>
        IntroducerFinder.Find(1, company, tags, network, ReadinessSettings.Default, Noon, NewYork);

    [Fact]
    public void Someone_at_the_targets_company_comes_before_someone_sharing_tags()
    {
        var tagged = Contact("Tia Tags", "Elsewhere", ["saas", "pricing"]);
        var colleague = Contact("Cole Colleague", " ACME ");

        var found = Find("Acme", ["saas", "pricing"], tagged, colleague);

        Assert.Equal("Cole Colleague", found!.Name);
        Assert.Equal("both at ACME", found.Shared);
    }

    [Fact]
    public void Among_tag_sharers_the_most_shared_tags_win_and_are_named()
    {
        var one = Contact("Ona One", tags: ["saas"]);
        var two = Contact("Tom Two", tags: ["pricing", "saas"]);

        var found = Find(null, ["saas", "pricing"], one, two);

        Assert.Equal(("Tom Two", "both into saas, pricing"), (found!.Name, found.Shared));
    }

    [Fact]
    public void The_introducers_readiness_is_evaluated_against_their_own_ledger()
    {
        var earned = Contact("Earl Earned", "Acme", history: new FactsBuilder(Today).ConnectedDaysAgo(90).Gave(daysAgo: 10, times: 3));
        var fresh = Contact("Fran Fresh", "Acme", history: new FactsBuilder(Today).ConnectedDaysAgo(3).Gave(daysAgo: 1, times: 3));

        var found = Find("Acme", [], fresh, earned);
        var onlyFresh = Find("Acme", [], fresh);

        Assert.Equal(("Earl Earned", AskState.AskEarned), (found!.Name, found.Readiness.State));
        Assert.Equal(AskState.GiveFirst, onlyFresh!.Readiness.State);
        Assert.Contains("the first ask opens on", onlyFresh.Readiness.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ConnectionState.Suspended)]
    [InlineData(ConnectionState.Target)]
    [InlineData(ConnectionState.Invited)]
    public void Only_connected_contacts_introduce(ConnectionState state) =>
        Assert.Null(Find("Acme", ["saas"], Contact("Not Connected", "Acme", ["saas"], state)));

    [Fact]
    public void Nobody_in_common_means_no_introducer() =>
        Assert.Null(Find("Acme", ["saas"], Contact("Stranger", "Other", ["golf"]), Contact("No Company")));
}
