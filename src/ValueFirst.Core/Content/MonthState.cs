namespace ValueFirst.Core.Content;

/// <summary>
/// What a calendar month holds: the seeds ask for an article at least quarterly, preferably monthly,
/// and an own article counts for more than a shared one.
/// </summary>
public enum MonthState
{
    /// <summary>At least one own article is dated in the month (any status).</summary>
    Own,

    /// <summary>Only shares are dated in the month.</summary>
    Shared,

    /// <summary>Nothing is dated in the month (suggestions do not count until accepted).</summary>
    Gap,
}
