namespace ValueFirst.Core.Relationships;

/// <summary>A suggested introduction with both sides named and why they match.</summary>
/// <param name="Matched">The words of "wants to meet" the other person's profile has, as the seeker wrote them (stemmed).</param>
/// <param name="Reason">E.g. "Mei Chen matches founder, nordic (Founder at Fjord; tags nordics)".</param>
public sealed record IntroductionMatch(IntroductionSeeker Seeker, IntroductionCandidate Other, IReadOnlyList<string> Matched, string Reason)
{
    /// <summary>"Introduce Zoë to Mei Chen: Zoë wants to meet founders selling into the Nordics".</summary>
    public string Suggestion => $"Introduce {Seeker.Name} to {Other.Name}: {FirstName(Seeker.Name)} wants to meet {Seeker.WantsToMeet.Trim()}";

    private static string FirstName(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : name;
}
