namespace ValueFirst.Web.Features.Reminders;

/// <summary>
/// What the confirmation page may show of a reminder link: for a valid one, the contact's name and the action in words;
/// for anything else, nothing but the outcome.
/// </summary>
public sealed record EmailActionResult(EmailActionOutcome Outcome, EmailAction? Action = null, string? ContactName = null, string? Description = null, string? Message = null)
{
    public static readonly EmailActionResult Invalid = new(EmailActionOutcome.Invalid);

    public static readonly EmailActionResult AlreadyDone = new(EmailActionOutcome.AlreadyDone);
}
