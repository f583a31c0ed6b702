using System.Globalization;
using ValueFirst.Core.Sessions;
using ValueFirst.Core.Time;

namespace ValueFirst.Web.Features.Sessions;

/// <summary>Section names and week labels in the user's words.</summary>
public static class SessionLabels
{
    public static string Of(SessionSection section) => section switch
    {
        SessionSection.GiveValue => "Give value",
        SessionSection.VetInvitations => "Vet invitations",
        SessionSection.ReachOut => "Reach out",
        SessionSection.FollowUp => "Follow up",
        SessionSection.EarnedAsks => "Earned asks",
        SessionSection.PublishOrShare => "Publish or share",
        SessionSection.FirstWeek => "Your first week",
        SessionSection.Engage => "New connections",
        SessionSection.Review => "Review",
        _ => section.ToString(),
    };

    /// <summary>"Week 13, 23–29 Mar 2026".</summary>
    public static string Of(IsoWeek week)
    {
        var (start, end) = (week.Monday, week.Sunday);
        return string.Create(CultureInfo.InvariantCulture,
            $"Week {week.Week}, {start:d MMM} – {end:d MMM yyyy}");
    }

    public static string Clock(TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)elapsed.TotalMinutes:00}:{elapsed.Seconds:00}");
}
