namespace ValueFirst.Core.Ledger;

/// <summary>When a contact should next receive value.</summary>
/// <param name="DueOn">Null when there is neither a give nor a connection date to count from.</param>
/// <param name="OverdueDays">Days past <paramref name="DueOn"/>; 0 or less when not overdue (−3: due in 3 days).</param>
public sealed record GiveDue(int CadenceDays, DateOnly? DueOn, int OverdueDays)
{
    public bool IsOverdue => OverdueDays > 0;
}
