namespace ValueFirst.Web.Features.Sessions;

/// <summary>The outcome of a tick and the message to show (the ask warning, the missing note, a refusal).</summary>
public sealed record TickResult(TickOutcome Outcome, string? Message = null)
{
    public static TickResult NotFound { get; } = new(TickOutcome.NotFound, "Item not found.");
}
