using ValueFirst.Core.Time;

namespace ValueFirst.Core.Ledger;

/// <summary>When a contact should next receive value.</summary>
/// <param name="DueOn">Null when there is neither a give nor a day the relationship started to count from.</param>
/// <param name="OverdueDays">Days past <paramref name="DueOn"/>; 0 or less when not due yet (−3: due in 3 days).</param>
/// <param name="FirstGive">
/// No give recorded yet: the clock runs from when the relationship started (connected, or first seen by ValueFirst),
/// not from a give, so the contact is never called overdue.
/// </param>
public sealed record GiveDue(int CadenceDays, DateOnly? DueOn, int OverdueDays, bool FirstGive = false)
{
    /// <summary>Overdue counts only from a real give: a contact never given to is waiting for a first give, not late.</summary>
    public bool IsOverdue => !FirstGive && DueOn is not null && OverdueDays > 0;

    public bool IsDue => DueOn is not null && OverdueDays >= 0;

    /// <summary>"overdue by 5 days", "due today", "due in 3 days", "no give recorded yet", in the user's words.</summary>
    public string Describe()
    {
        if (FirstGive)
        {
            return "no give recorded yet";
        }

        return DueOn is null ? ""
            : OverdueDays > 0 ? $"overdue by {Days(OverdueDays)}"
            : OverdueDays == 0 ? "due today"
            : $"due in {Days(-OverdueDays)}";
    }

    /// <summary>The same with the date, e.g. "due in 3 days (16 Dec)".</summary>
    public string DescribeWithDate(DateOnly today) =>
        DueOn is { } due && !FirstGive && OverdueDays != 0 ? $"{Describe()} ({LocalDays.Date(due, today)})" : Describe();

    private static string Days(int count) => count == 1 ? "1 day" : $"{count} days";
}
