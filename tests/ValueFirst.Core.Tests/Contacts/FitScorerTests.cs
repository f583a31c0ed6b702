using ValueFirst.Core.Contacts;

namespace ValueFirst.Core.Tests.Contacts;

public sealed class FitScorerTests
{
    private static readonly IdealClientProfileTerms Profile = new(
        Industries: ["SaaS", "Fintech"],
        Roles: ["VP Sales", "Founder"],
        Locations: ["São Paulo", "Lisbon"],
        CompanySizes: ["startup"]);

    private static FitSubject Subject(string? headline = null, string? position = null, string? company = null, string? location = null, string? tags = null) =>
        new(headline, position, company, location, tags);

    [Fact]
    public void Contact_matching_every_part_scores_100_and_says_why()
    {
        var fit = FitScorer.Score(Subject(position: "VP Sales", company: "Acme SaaS startup", location: "Sao Paulo, Brazil"), Profile);

        Assert.Equal(100, fit.Score);
        Assert.Equal("Matches role 'VP Sales'; industry 'SaaS'; location 'São Paulo'; company size 'startup'.", Assert.Single(fit.Reasons));
    }

    [Fact]
    public void Each_part_earns_its_weight()
    {
        Assert.Equal(FitScorer.RoleWeight, FitScorer.Score(Subject(headline: "Founder at Acme"), Profile).Score);
        Assert.Equal(FitScorer.IndustryWeight, FitScorer.Score(Subject(tags: "fintech;payments"), Profile).Score);
        Assert.Equal(FitScorer.LocationWeight, FitScorer.Score(Subject(location: "Lisbon"), Profile).Score);
        Assert.Equal(FitScorer.CompanySizeWeight, FitScorer.Score(Subject(company: "Startup Labs"), Profile).Score);
    }

    [Fact]
    public void Score_is_the_share_of_the_parts_the_profile_fills_in()
    {
        var rolesOnly = new IdealClientProfileTerms([], ["CFO"], [], []);

        Assert.Equal(100, FitScorer.Score(Subject(position: "CFO"), rolesOnly).Score);
        Assert.Equal(0, FitScorer.Score(Subject(position: "CTO"), rolesOnly).Score);
    }

    [Fact]
    public void Terms_match_whole_words_only()
    {
        var fit = FitScorer.Score(Subject(headline: "Founders coach", tags: "saasy"), Profile);

        Assert.Equal(0, fit.Score);
        Assert.StartsWith("Nothing", Assert.Single(fit.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Location_is_only_matched_against_the_location()
    {
        Assert.Equal(0, FitScorer.Score(Subject(headline: "Moved away from Lisbon"), Profile).Score);
    }

    [Fact]
    public void Matching_ignores_case_and_accents()
    {
        Assert.Equal(FitScorer.LocationWeight, FitScorer.Score(Subject(location: "SAO PAULO"), Profile).Score);
        Assert.Equal(FitScorer.RoleWeight, FitScorer.Score(Subject(position: "vp sales, EMEA"), Profile).Score);
    }

    [Fact]
    public void Several_matches_in_one_part_are_all_named_but_count_once()
    {
        var fit = FitScorer.Score(Subject(headline: "Founder and VP Sales"), Profile);

        Assert.Equal(FitScorer.RoleWeight, fit.Score);
        Assert.Equal("Matches role 'VP Sales', 'Founder'.", Assert.Single(fit.Reasons));
    }

    [Fact]
    public void Empty_profile_scores_zero_and_says_how_to_fix_it()
    {
        var fit = FitScorer.Score(Subject(position: "VP Sales"), IdealClientProfileTerms.Empty);

        Assert.Equal(0, fit.Score);
        Assert.Contains("Settings", Assert.Single(fit.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_text_boxes_split_on_commas_semicolons_and_lines()
    {
        Assert.Equal(["SaaS", "Fintech", "B2B"], IdealClientProfileTerms.ParseList("SaaS, Fintech;\nB2B, saas"));
        Assert.Empty(IdealClientProfileTerms.ParseList("  "));
    }
}
