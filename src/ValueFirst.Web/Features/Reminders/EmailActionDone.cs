namespace ValueFirst.Web.Features.Reminders;

/// <summary>One thing done from a reminder link, for the week's session page.</summary>
public sealed record EmailActionDone(string ContactName, EmailAction Action, string Description, DateTime UsedUtc);
