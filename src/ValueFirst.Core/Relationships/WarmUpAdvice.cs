namespace ValueFirst.Core.Relationships;

/// <summary>A target's next step on the way to an invitation, in the user's words.</summary>
/// <param name="Step">The step to take now; null when there is nothing to do (the rules say do not invite, or not yet).</param>
/// <param name="Summary">What to do, e.g. "Touch 1 of 2: comment on one of their posts".</param>
/// <param name="Reason">Why this step, e.g. "followed on 3 Mar; 2 touches before an invitation".</param>
/// <param name="Via">The introducer, for the introduction route.</param>
/// <param name="Touch">For an engage step, which touch this is (1-based).</param>
/// <param name="IntroducedBy">For an invitation after an introduction was asked for: whom the note should mention.</param>
public sealed record WarmUpAdvice(PathStep? Step, string Summary, string Reason, Introducer? Via = null, int Touch = 0, string? IntroducedBy = null);
