using ValueFirst.Core.Contacts;

namespace ValueFirst.Core.Relationships;

/// <summary>One role of the pipeline: the goal, how many are nurtured now, and the shortfall.</summary>
public sealed record PipelineStatus(PipelineRole Role, int Goal, int Actual)
{
    public int Short => Math.Max(0, Goal - Actual);

    /// <summary>"You nurture 4 prospects; your goal is 10."</summary>
    public string Describe() => $"You nurture {Actual} {Noun(Role, Actual)}; your goal is {Goal}.";

    public static string Noun(PipelineRole role, int count) => (role, count == 1) switch
    {
        (PipelineRole.Prospect, true) => "prospect",
        (PipelineRole.Prospect, false) => "prospects",
        (PipelineRole.ReferralSource, true) => "referral source",
        (PipelineRole.ReferralSource, false) => "referral sources",
        (PipelineRole.Resource, true) => "resource",
        (PipelineRole.Resource, false) => "resources",
        (_, true) => "peer",
        _ => "peers",
    };
}
