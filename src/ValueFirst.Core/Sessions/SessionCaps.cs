namespace ValueFirst.Core.Sessions;

/// <summary>
/// The most items of each section one hour holds, so no section crowds out the others (the web app binds them from
/// the <c>Sessions</c> settings). Earned asks are capped by <see cref="WeeklySessionBuilder.MaxAsks"/> as well. Reach-outs
/// get one more for each pipeline role below its goal; the review is once, when due.
/// </summary>
public sealed record SessionCaps(
    int Vet = 10,
    int Give = 8,
    int FollowUp = 5,
    int ReachOut = 3,
    int Asks = WeeklySessionBuilder.MaxAsks,
    int Publish = 3,
    int Engage = 5)
{
    public static SessionCaps Default { get; } = new();

    public int For(SessionSection section) => section switch
    {
        SessionSection.VetInvitations => Vet,
        SessionSection.GiveValue => Give,
        SessionSection.FollowUp => FollowUp,
        SessionSection.ReachOut => ReachOut,
        SessionSection.EarnedAsks => Math.Min(Asks, WeeklySessionBuilder.MaxAsks),
        SessionSection.PublishOrShare => Publish,
        SessionSection.Engage => Engage,
        SessionSection.Review => 1,
        _ => int.MaxValue,
    };
}
