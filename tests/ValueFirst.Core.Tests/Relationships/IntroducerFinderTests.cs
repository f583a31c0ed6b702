using ValueFirst.Core.Relationships;

namespace ValueFirst.Core.Tests.Relationships;

public sealed class IntroducerFinderTests
{
    private static int nextId = 100;

    private static IntroductionCandidate Contact(string name, string? company = null, string[]? tags = null, int fit = 50) =>
        new(++nextId, name, null, company, tags ?? [], fit);

    private static IntroducerChoice? Choose(string? company, string[] tags, params IntroductionCandidate[] connected) =>
        IntroducerFinder.Choose(1, company, tags, connected);

    [Fact]
    public void Someone_at_the_targets_company_comes_before_someone_sharing_tags()
    {
        var tagged = Contact("Tia Tags", "Elsewhere", ["saas", "pricing"]);
        var colleague = Contact("Cole Colleague", " ACME ");

        var found = Choose("Acme", ["saas", "pricing"], tagged, colleague);

        Assert.Equal(("Cole Colleague", "both at ACME"), (found!.Contact.Name, found.Shared));
    }

    [Fact]
    public void Among_tag_sharers_the_most_shared_tags_win_and_are_named()
    {
        var one = Contact("Ona One", tags: ["saas"], fit: 90);
        var two = Contact("Tom Two", tags: ["pricing", "saas"], fit: 10);

        var found = Choose(null, ["saas", "pricing"], one, two);

        Assert.Equal(("Tom Two", "both into saas, pricing"), (found!.Contact.Name, found.Shared));
    }

    [Fact]
    public void Between_equals_the_better_fit_introduces()
    {
        var low = Contact("Lo Fit", "Acme", fit: 20);
        var high = Contact("Hi Fit", "Acme", fit: 80);

        Assert.Equal("Hi Fit", Choose("Acme", [], low, high)!.Contact.Name);
    }

    [Fact]
    public void The_target_never_introduces_themselves_and_nobody_in_common_means_no_introducer()
    {
        var self = new IntroductionCandidate(1, "The Target", null, "Acme", ["saas"]);

        Assert.Null(Choose("Acme", ["saas"], self, Contact("Stranger", "Other", ["golf"]), Contact("No Company")));
    }

    [Fact]
    public void The_choice_carries_the_introducers_readiness_once_known()
    {
        var choice = Choose("Acme", [], Contact("Ira Insider", "Acme"))!;
        var readiness = new Core.Ledger.AskReadinessResult(Core.Ledger.AskState.AskEarned, [], 3, 3, 100, null, null);

        var introducer = choice.With(readiness);

        Assert.True(introducer.AskEarned);
        Assert.Equal(("Ira Insider", "both at Acme"), (introducer.Name, introducer.Shared));
    }
}
