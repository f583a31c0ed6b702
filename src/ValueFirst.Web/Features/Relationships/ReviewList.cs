using ValueFirst.Core.Relationships;

namespace ValueFirst.Web.Features.Relationships;

/// <summary>The review page: relationships to decide on, the suspended ones that can be resumed, and whether a review is due.</summary>
public sealed record ReviewList(
    IReadOnlyList<ReviewCandidate> Candidates,
    IReadOnlyList<SuspendedContact> Suspended,
    bool Due,
    DateOnly? LastReviewOn,
    ReviewRules Rules);

/// <summary>A relationship paused in a review, with why.</summary>
public sealed record SuspendedContact(int ContactId, string Name, string? Company, DateOnly? SuspendedOn, string? Note);
