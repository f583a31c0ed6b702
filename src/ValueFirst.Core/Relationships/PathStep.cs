namespace ValueFirst.Core.Relationships;

/// <summary>
/// One step of the relationship path the seeds describe: warm up before inviting, an engagement program after
/// connecting, introductions from what contacts said they need, and a review that lets go. A checklist item of the
/// weekly hour carries the step it does, so ticking it does that step's work.
/// </summary>
public enum PathStep
{
    /// <summary>Warm-up: follow the target and read what they post.</summary>
    Follow,
    /// <summary>Warm-up: one touch (comment on or share one of their posts), recorded as a give.</summary>
    Engage,
    /// <summary>Warm-up done: invite them with a personal note.</summary>
    Invite,
    /// <summary>Ask a connected contact who shares the target's company or tags for an introduction (an ask to them).</summary>
    AskForIntroduction,
    /// <summary>The introducer's ask is not earned yet: give to them first.</summary>
    GiveToIntroducer,
    /// <summary>Engagement program: a personal welcome (a give, never an ask).</summary>
    Welcome,
    /// <summary>Engagement program: learn who they want to meet, where they network, their ideal clients and referral sources.</summary>
    LearnAnswers,
    /// <summary>Engagement program: invite them to your blog, newsletter or group, after the no-ask window.</summary>
    InviteToChannel,
    /// <summary>Introduce a contact to someone who matches whom they want to meet.</summary>
    Introduce,
    /// <summary>A pipeline role is below its goal and no target of that role is waiting: add one.</summary>
    FindTarget,
    /// <summary>The quarterly review of one-way relationships.</summary>
    Review,
}
