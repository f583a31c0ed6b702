namespace ValueFirst.Core.Contacts;

/// <summary>The recommended outcome and every reason behind it, in plain words, for the page to show as a list.</summary>
public sealed record VettingDecision(VettingOutcome Outcome, IReadOnlyList<string> Reasons, VettingSubject Subject = VettingSubject.IncomingInvitation)
{
    public string Summary => (Subject, Outcome) switch
    {
        (VettingSubject.Target, VettingOutcome.Accept) => "Invite them, with a personal note",
        (VettingSubject.Target, VettingOutcome.Hold) => "Not yet — engage with their posts first",
        (VettingSubject.Target, VettingOutcome.Decline) => "Do not invite",
        (_, VettingOutcome.Accept) => "Accept",
        (_, VettingOutcome.Hold) => "Hold — ask them a question first",
        (_, VettingOutcome.Decline) => "Decline",
        _ => Outcome.ToString(),
    };
}
