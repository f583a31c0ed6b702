using ValueFirst.Core.Contacts;

namespace ValueFirst.Core.Relationships;

/// <summary>
/// How many relationships of each kind the user wants to actively nurture (0: no goal). Keep your relationship
/// pipeline full: a role below its goal adds reach-outs to targets of that role to the weekly hour.
/// </summary>
public sealed record PipelineGoals(int Prospects = 0, int ReferralSources = 0, int Resources = 0)
{
    public static PipelineGoals None { get; } = new();

    public static IReadOnlyList<PipelineRole> Roles { get; } = [PipelineRole.Prospect, PipelineRole.ReferralSource, PipelineRole.Resource];

    public int For(PipelineRole role) => role switch
    {
        PipelineRole.Prospect => Prospects,
        PipelineRole.ReferralSource => ReferralSources,
        PipelineRole.Resource => Resources,
        _ => 0,
    };

    /// <summary>Actual against goal for each role with a goal, in the roles' order.</summary>
    /// <param name="actual">Connected contacts per role (suspended ones are not nurtured, so not counted).</param>
    public IReadOnlyList<PipelineStatus> Status(IReadOnlyDictionary<PipelineRole, int> actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        return Roles.Where(r => For(r) > 0).Select(r => new PipelineStatus(r, For(r), actual.GetValueOrDefault(r))).ToList();
    }

    /// <summary>The roles below their goal, the biggest shortfall first.</summary>
    public IReadOnlyList<PipelineStatus> Shortfalls(IReadOnlyDictionary<PipelineRole, int> actual) =>
        Status(actual).Where(s => s.Short > 0).OrderByDescending(s => s.Short).ThenBy(s => s.Role).ToList();
}
