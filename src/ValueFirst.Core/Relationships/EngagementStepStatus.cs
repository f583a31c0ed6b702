namespace ValueFirst.Core.Relationships;

/// <summary>One step of a contact's engagement program as it stands.</summary>
/// <param name="DueOn">The day the step opens.</param>
/// <param name="DoneOn">When it was done; null while open.</param>
/// <param name="Note">Why the step is where it is, e.g. "opens on 15 Apr: 14 days after connecting, the no-ask window".</param>
public sealed record EngagementStepStatus(PathStep Step, string Label, DateOnly DueOn, DateOnly? DoneOn, string Note)
{
    public bool Done => DoneOn is not null;
}
