namespace ValueFirst.Core.Contacts;

/// <summary>The recommended outcome and every reason behind it, in plain words, for the page to show as a list.</summary>
public sealed record VettingDecision(VettingOutcome Outcome, IReadOnlyList<string> Reasons)
{
    public string Summary => Outcome switch
    {
        VettingOutcome.Accept => "Accept",
        VettingOutcome.Hold => "Hold — ask them a question first",
        VettingOutcome.Decline => "Decline",
        _ => Outcome.ToString(),
    };
}
