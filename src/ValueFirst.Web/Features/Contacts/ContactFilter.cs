using ValueFirst.Core.Contacts;

namespace ValueFirst.Web.Features.Contacts;

public enum ContactSort
{
    Name,
    Fit,
    LastInteraction,
}

/// <summary>What the contacts list asks for: free-text search, filters, sort and a 1-based page.</summary>
public sealed record ContactFilter(
    string? Search = null,
    ConnectionState? State = null,
    PipelineRole? Role = null,
    string? Tag = null,
    ContactSort Sort = ContactSort.Name,
    int Page = 1);

/// <summary>One line of the contacts list.</summary>
public sealed class ContactRow
{
    public int Id { get; init; }

    public string Name { get; init; } = "";

    public string? Position { get; init; }

    public string? Company { get; init; }

    public ConnectionState State { get; init; }

    public PipelineRole Role { get; init; }

    public int FitScore { get; init; }

    public string Tags { get; init; } = "";

    public DateTime? LastInteractionUtc { get; init; }

    /// <summary>The last imported LinkedIn message with them (not a ledger entry).</summary>
    public DateTime? LastMessageUtc { get; init; }

    /// <summary>The later of the last ledger interaction and the last message: what "last interaction" shows and sorts by.</summary>
    public DateTime? LastContactUtc => LastMessageUtc is { } m && (LastInteractionUtc is null || m > LastInteractionUtc) ? m : LastInteractionUtc;
}

public sealed record ContactPage(IReadOnlyList<ContactRow> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
