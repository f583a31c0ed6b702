using ValueFirst.Core.Contacts;

namespace ValueFirst.Core.Tests.Contacts;

public sealed class DuplicateFinderTests
{
    [Fact]
    public void Same_profile_url_in_another_form_is_a_duplicate()
    {
        var found = DuplicateFinder.Find([
            new DuplicateCandidate(1, "Ana Lima", null, "https://www.linkedin.com/in/ana", null),
            new DuplicateCandidate(2, "Ana L.", null, "http://uk.linkedin.com/in/Ana/?trk=x", null),
        ]);

        Assert.Equal(new LikelyDuplicate(1, 2, [DuplicateReason.SameProfileUrl]), Assert.Single(found), new DuplicateComparer());
    }

    [Fact]
    public void Same_email_ignoring_case_and_same_name_at_the_same_company_are_duplicates_with_every_reason()
    {
        var found = DuplicateFinder.Find([
            new DuplicateCandidate(3, "Bo Chen", "Acme", null, "Bo@Acme.example"),
            new DuplicateCandidate(7, "bo chen", "ACME", null, "bo@acme.example"),
            new DuplicateCandidate(9, "Cy Diaz", "Acme", null, null),
        ]);

        var pair = Assert.Single(found);
        Assert.Equal((3, 7), (pair.FirstId, pair.SecondId));
        Assert.Equal([DuplicateReason.SameEmail, DuplicateReason.SameNameAndCompany], pair.Reasons);
    }

    [Fact]
    public void Same_name_without_a_company_is_not_enough()
    {
        Assert.Empty(DuplicateFinder.Find([new DuplicateCandidate(1, "Ana Lima", null, null, null), new DuplicateCandidate(2, "Ana Lima", "", null, null)]));
    }

    [Fact]
    public void Pairs_with_more_reasons_come_first()
    {
        var found = DuplicateFinder.Find([
            new DuplicateCandidate(1, "Ana", "X", null, "a@x.example"),
            new DuplicateCandidate(2, "Ana", "X", null, "a@x.example"),
            new DuplicateCandidate(3, "Bo", null, null, "b@x.example"),
            new DuplicateCandidate(4, "Bob", null, null, "b@x.example"),
        ]);

        Assert.Equal([(1, 2), (3, 4)], found.Select(f => (f.FirstId, f.SecondId)));
    }

    private sealed class DuplicateComparer : IEqualityComparer<LikelyDuplicate>
    {
        public bool Equals(LikelyDuplicate? x, LikelyDuplicate? y) =>
            x is not null && y is not null && x.FirstId == y.FirstId && x.SecondId == y.SecondId && x.Reasons.SequenceEqual(y.Reasons);

        public int GetHashCode(LikelyDuplicate obj) => obj.FirstId;
    }
}
