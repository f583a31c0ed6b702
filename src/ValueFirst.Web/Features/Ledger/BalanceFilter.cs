using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>How the balance page sorts its rows.</summary>
public enum BalanceSort
{
    /// <summary>Overdrawn first, then give first, then ask earned; best fit first within each.</summary>
    State,
    Fit,
    Name,
    /// <summary>Lowest balance (gives minus asks) first: where I owe most.</summary>
    Balance,
    /// <summary>Most overdue give first.</summary>
    Overdue,
}

/// <summary>The balance page's filter, sort and page (1-based).</summary>
public sealed record BalanceFilter(
    AskState? State = null,
    PipelineRole? Role = null,
    string? Tag = null,
    BalanceSort Sort = BalanceSort.State,
    int Page = 1)
{
    public const int PageSize = 50;
}
