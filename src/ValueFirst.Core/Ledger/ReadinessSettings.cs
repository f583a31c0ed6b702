using ValueFirst.Core.Contacts;

namespace ValueFirst.Core.Ledger;

/// <summary>
/// One user's thresholds for earning an ask and how often each kind of contact should receive value.
/// The defaults follow the product rule: three gives before an ask, never within two weeks of connecting,
/// at most one ask a month.
/// </summary>
/// <param name="TagCadenceDays">Cadence per tag (lower-case), overriding the role's; when several of a contact's tags have one, the shortest wins.</param>
/// <param name="NewRelationshipsPerWeek">
/// How many contacts never given to join the give-first list each week, best-fitting first: after importing hundreds
/// of connections, the list and the weekly hour introduce them at a pace a person can keep.
/// </param>
public sealed record ReadinessSettings(
    int RequiredGivesBeforeAsk = 3,
    int MinDaysBeforeFirstAsk = 14,
    int MinDaysBetweenAsks = 30,
    int ProspectCadenceDays = 14,
    int ReferralSourceCadenceDays = 30,
    int ResourceCadenceDays = 60,
    int PeerCadenceDays = 90,
    IReadOnlyDictionary<string, int>? TagCadenceDays = null,
    int NewRelationshipsPerWeek = 3)
{
    public static ReadinessSettings Default { get; } = new();

    /// <summary>The give cadence of a pipeline role, in days.</summary>
    public int CadenceFor(PipelineRole role) => role switch
    {
        PipelineRole.Prospect => ProspectCadenceDays,
        PipelineRole.ReferralSource => ReferralSourceCadenceDays,
        PipelineRole.Resource => ResourceCadenceDays,
        _ => PeerCadenceDays,
    };
}
