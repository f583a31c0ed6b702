namespace ValueFirst.Core.Content;

/// <summary>How far a draft is; the planner places <see cref="Ready"/> drafts before <see cref="Draft"/>s before <see cref="Idea"/>s.</summary>
public enum ContentStatus
{
    Idea,
    Draft,
    Ready,
    Published,
}
