using ValueFirst.Core.Time;

namespace ValueFirst.Core.Relationships;

/// <summary>
/// After connecting, the engagement program: a personal welcome (a give, never an ask), learning the three answers
/// (who they want to meet, where they network, their ideal clients and referral sources) and an invitation to the
/// user's blog, newsletter or group. Steps come in that order, one at a time, each no earlier than its day after
/// connecting; the invitation is a request, so it never opens inside the no-ask window
/// (<see cref="Ledger.ReadinessSettings.MinDaysBeforeFirstAsk"/>). The program runs for
/// <see cref="EngagementSettings.LengthDays"/> days; a contact without a known connection date is not in it.
/// </summary>
public static class EngagementProgram
{
    private static readonly PathStep[] Order = [PathStep.Welcome, PathStep.LearnAnswers, PathStep.InviteToChannel];

    public static bool IsInProgram(NewConnection contact, EngagementSettings settings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(settings);
        return contact.ConnectedOn is { } connected && LocalDays.Between(connected, today) is var days && days >= 0 && days < settings.LengthDays;
    }

    /// <summary>Every step that applies to this contact, with its day and whether it is done; empty outside the program.</summary>
    public static IReadOnlyList<EngagementStepStatus> Steps(NewConnection contact, EngagementSettings settings, int minDaysBeforeFirstAsk, DateOnly today)
    {
        if (!IsInProgram(contact, settings, today))
        {
            return [];
        }

        var connected = contact.ConnectedOn!.Value;
        var steps = new List<EngagementStepStatus>(3);
        foreach (var step in Order)
        {
            if (settings.DayOf(step) is not { } day || (step == PathStep.InviteToChannel && settings.ChannelLinks.Count == 0))
            {
                continue;
            }

            var doneOn = DoneOn(contact, step);
            if (step == PathStep.LearnAnswers && doneOn is null && contact.HasAnswers)
            {
                continue;
            }

            var opensAfter = step == PathStep.InviteToChannel ? Math.Max(Math.Max(0, day), minDaysBeforeFirstAsk) : Math.Max(0, day);
            var due = connected.AddDays(opensAfter);
            var note = step switch
            {
                PathStep.Welcome => "a give, never an ask",
                PathStep.InviteToChannel when opensAfter > day =>
                    $"{Days(opensAfter)} after connecting: your setting says {day}, but no request comes inside the {minDaysBeforeFirstAsk}-day no-ask window",
                PathStep.InviteToChannel => $"{Days(opensAfter)} after connecting, past the {minDaysBeforeFirstAsk}-day no-ask window",
                _ => $"{Days(opensAfter)} after connecting",
            };
            steps.Add(new EngagementStepStatus(step, Label(step, settings), due, doneOn, note));
        }

        return steps;
    }

    /// <summary>The step to take this week: the first open step, once its day has come; null when none is due.</summary>
    public static EngagementStepStatus? Next(NewConnection contact, EngagementSettings settings, int minDaysBeforeFirstAsk, DateOnly today) =>
        Steps(contact, settings, minDaysBeforeFirstAsk, today).FirstOrDefault(s => !s.Done) is { } open && open.DueOn <= today ? open : null;

    public static string Label(PathStep step, EngagementSettings settings) => step switch
    {
        PathStep.Welcome => "A personal welcome",
        PathStep.LearnAnswers => "Learn who they want to meet, where they network, their ideal clients and referral sources",
        PathStep.InviteToChannel => $"Invite them to your {string.Join(" or ", settings.ChannelLinks.Select(c => c.Label))}",
        _ => step.ToString(),
    };

    private static DateOnly? DoneOn(NewConnection contact, PathStep step) => step switch
    {
        PathStep.Welcome => contact.WelcomedOn,
        PathStep.LearnAnswers => contact.AnswersAskedOn,
        _ => contact.ChannelInvitedOn,
    };

    private static string Days(int count) => count == 1 ? "1 day" : $"{count} days";
}
