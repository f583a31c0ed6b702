using ValueFirst.Core.Relationships;

namespace ValueFirst.Core.Tests.Relationships;

public sealed class IntroductionMatcherTests
{
    private static readonly IntroductionSeeker Zoe = new(1, "Zoë Ødegård", "Fjord", "founders selling into the Nordics");

    private static IntroductionCandidate Candidate(int id, string name, string? position = null, string? company = null, string[]? tags = null, int fit = 0) =>
        new(id, name, position, company, tags ?? [], fit);

    [Fact]
    public void Wants_to_meet_is_matched_with_position_company_and_tags_and_says_why()
    {
        var mei = Candidate(2, "Mei Chen", "Founder", "Nordlys", ["nordics", "fintech"]);
        var sales = Candidate(3, "Sam Sales", "Sales lead", "Acme", ["saas"]);

        var match = new IntroductionMatcher([sales, mei]).BestFor(Zoe);

        Assert.Equal("Mei Chen", match!.Other.Name);
        Assert.Equal(["founder", "nordic"], match.Matched);
        Assert.Equal("Mei Chen matches founder, nordic (Founder at Nordlys; tags nordics, fintech).", match.Reason);
        Assert.Equal("Introduce Zoë Ødegård to Mei Chen: Zoë wants to meet founders selling into the Nordics", match.Suggestion);
    }

    [Fact]
    public void One_matching_word_is_not_enough_when_two_were_written()
    {
        var founderOnly = Candidate(2, "Fay Founder", "Founder", "Acme");

        Assert.Null(new IntroductionMatcher([founderOnly]).BestFor(Zoe));
    }

    [Fact]
    public void A_single_word_is_enough_when_only_one_was_written()
    {
        var seeker = new IntroductionSeeker(1, "Ben", null, "CFOs");

        var match = new IntroductionMatcher([Candidate(2, "Carla", "CFO", "Bank")]).BestFor(seeker);

        Assert.Equal(["cfo"], match!.Matched);
    }

    [Fact]
    public void Filler_words_plurals_case_and_accents_do_not_decide_a_match()
    {
        Assert.Equal(["founder", "selling", "nordic"], IntroductionMatcher.Words("Founders, selling into THE Nordics!"));
        Assert.Equal(["sao", "paulo", "company"], IntroductionMatcher.Words("people at São Paulo companies"));
        Assert.Empty(IntroductionMatcher.Words("someone who wants to meet them"));
    }

    [Fact]
    public void More_matching_words_win_then_words_from_tags_then_fit()
    {
        var two = Candidate(2, "Two Words", "Founder", "Nordic Ventures", fit: 90);
        var three = Candidate(3, "Three Words", "Founder selling", "Nordic AB", fit: 10);
        var tagged = Candidate(4, "Tagged", "Founder", "Other", ["nordics"], fit: 0);

        Assert.Equal("Three Words", new IntroductionMatcher([two, three, tagged]).BestFor(Zoe)!.Other.Name);
        Assert.Equal("Tagged", new IntroductionMatcher([two, tagged]).BestFor(Zoe)!.Other.Name);
    }

    [Fact]
    public void Nobody_is_introduced_to_themselves_or_twice_to_the_same_person()
    {
        var mei = Candidate(2, "Mei Chen", "Founder", null, ["nordics"]);
        var self = Candidate(1, "Zoë Ødegård", "Founder", null, ["nordics"]);

        Assert.Null(new IntroductionMatcher([self, mei]).BestFor(Zoe, [(1, 2)]));
    }

    [Fact]
    public void An_empty_or_filler_only_answer_matches_nobody() =>
        Assert.Null(new IntroductionMatcher([Candidate(2, "Anyone", "Founder")]).BestFor(Zoe with { WantsToMeet = "people" }));
}
