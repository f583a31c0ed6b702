using ValueFirst.Core.Contacts;
using ValueFirst.Core.Time;

namespace ValueFirst.Core.Relationships;

/// <summary>
/// Talk to them first: an invitation as the first contact is offering a business card before saying hello. A target's
/// next step, in this order:
/// <list type="number">
/// <item>the rules say do not invite (or not yet) → nothing;</item>
/// <item>an introduction was asked for → invite, mentioning it;</item>
/// <item>a strong signal for (known personally, a former colleague or client, introduced by a trusted contact) → invite;</item>
/// <item>followed and <c>touchesBeforeInvite</c> touches done → invite with a personal note;</item>
/// <item>a connected contact shares their company or tags → ask that contact for an introduction when the ask is earned,
/// else give to them first;</item>
/// <item>not followed yet → follow;</item>
/// <item>otherwise → the next touch: comment on one of their posts, then share one, alternating.</item>
/// </list>
/// </summary>
public static class WarmUp
{
    /// <summary>The default number of touches before an invitation (a setting per user).</summary>
    public const int DefaultTouchesBeforeInvite = 2;

    public static WarmUpAdvice Next(WarmUpState state, VettingDecision vetting, Introducer? introducer, int touchesBeforeInvite, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(vetting);
        var needed = Math.Max(0, touchesBeforeInvite);
        if (vetting.Outcome != VettingOutcome.Accept)
        {
            return new WarmUpAdvice(null, vetting.Summary, vetting.Reasons.Count > 0 ? vetting.Reasons[0] : "The vetting rules say not now.");
        }

        if (state.IntroductionAskedOn is { } asked)
        {
            var of = state.IntroductionAskedOf is { Length: > 0 } name ? name : "a contact";
            return new WarmUpAdvice(PathStep.Invite, $"Invite them with a personal note that mentions {of}'s introduction",
                $"You asked {of} for an introduction on {LocalDays.Date(asked, today)}.", IntroducedBy: of);
        }

        if ((state.Signals & VettingSignalInfo.Strong) != 0)
        {
            return new WarmUpAdvice(PathStep.Invite, "Invite them with a personal note",
                "You already know them: no warm-up needed.");
        }

        var followed = state.FollowedOn is not null;
        if (followed && state.Touches >= needed)
        {
            return new WarmUpAdvice(PathStep.Invite, "Invite them with a personal note",
                needed == 0 ? "Followed: your warm-up is done." : $"Warmed up: followed and {Plural(state.Touches, "touch", "touches")}.");
        }

        if (introducer is not null)
        {
            return introducer.AskEarned
                ? new WarmUpAdvice(PathStep.AskForIntroduction, $"Ask {introducer.Name} to introduce you",
                    $"{introducer.Name} and they are {introducer.Shared}; your ask of {introducer.Name} is earned.", introducer)
                : new WarmUpAdvice(PathStep.GiveToIntroducer, $"Give to {introducer.Name} first, then ask for an introduction",
                    $"{introducer.Name} and they are {introducer.Shared}; asking for an introduction is an ask, not earned yet: {introducer.Readiness.Reason}", introducer);
        }

        var plan = needed == 0 ? "follow, then a personal invitation" : $"follow, {Plural(needed, "touch", "touches")}, then a personal invitation";
        if (!followed)
        {
            return new WarmUpAdvice(PathStep.Follow, "Follow them and read what they post", $"Talk to them before you invite: {plan}.");
        }

        var touch = state.Touches + 1;
        var what = touch % 2 == 1 ? "comment on one of their posts with a thought of your own" : "share one of their posts with a line on why it matters";
        return new WarmUpAdvice(PathStep.Engage, $"Touch {touch} of {needed}: {what}",
            $"Followed on {LocalDays.Date(state.FollowedOn!.Value, today)}; {Plural(needed, "touch", "touches")} before an invitation.", Touch: touch);
    }

    private static string Plural(int count, string one, string many) => count == 1 ? $"1 {one}" : $"{count} {many}";
}
