using ValueFirst.Core.Relationships;

namespace ValueFirst.Web.Features.Relationships;

/// <summary>The dashboard's pipeline: actual against goal per role, and how many relationships wait for the review.</summary>
/// <param name="HasGoals">False until the user sets a goal: the card then says where to set them.</param>
public sealed record PipelineView(IReadOnlyList<PipelineStatus> Roles, bool HasGoals, int ReviewWaiting, bool ReviewDue);
