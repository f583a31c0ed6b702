namespace ValueFirst.Web.Features.Content;

/// <summary>The draft to edit, or why it cannot be edited here.</summary>
public sealed record DraftOpenResult(DraftOpened? Draft, string? Problem)
{
    /// <summary>The same answer for a path that is not the owner's and one that does not exist.</summary>
    public static DraftOpenResult NotFound { get; } = new(null, null);

    public bool Found => Draft is not null || Problem is not null;
}
