using ValueFirst.Core.Ledger;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// One contact's ledger figures and the dates its state turns on (a <see cref="LedgerSchedule"/>), one row per
/// contact, kept in the same transaction as every write that changes them (see <see cref="LedgerTotalsRecount"/>).
/// The balance page, the give-first list and the dashboard ask the database for the state on a day from these
/// columns, and page, sort and count there, instead of evaluating every contact on each request.
/// </summary>
public sealed class LedgerTotals
{
    public int ContactId { get; set; }

    /// <summary>The contact's owner, so the lists read one owner's rows from an index without the contact table.</summary>
    public required string OwnerId { get; set; }

    public int Gives { get; set; }

    public int Asks { get; set; }

    public int Received { get; set; }

    public DateTime? LastGiveUtc { get; set; }

    public DateTime? LastAskUtc { get; set; }

    /// <summary>Gives strictly after the last ask (all gives when never asked).</summary>
    public int GivesSinceLastAsk { get; set; }

    /// <summary>The last value the contact gave back (a referral, an introduction, help); null when never.</summary>
    public DateTime? LastReceivedUtc { get; set; }

    /// <summary>Gives strictly after the last received value (all gives when nothing was received): the review's one-way effort.</summary>
    public int GivesSinceLastReceived { get; set; }

    /// <summary>The first of <see cref="GivesSinceLastReceived"/>; null when there are none.</summary>
    public DateTime? FirstGiveSinceLastReceivedUtc { get; set; }

    /// <summary>Gives in the 90-day window, as counted until <see cref="RecountOn"/>.</summary>
    public int GivesInWindow { get; set; }

    /// <summary>Asks in the 90-day window, as counted until <see cref="RecountOn"/>.</summary>
    public int AsksInWindow { get; set; }

    /// <summary>The day a counted give or ask leaves the window: the row is counted again on or after it (before a read uses it).</summary>
    public DateOnly? RecountOn { get; set; }

    /// <summary>The day time alone earns the ask; null while gives are short or the contact is not connected.</summary>
    public DateOnly? AskOpensOn { get; set; }

    /// <summary>The day the next give is due; null when there is nothing to count from.</summary>
    public DateOnly? GiveDueOn { get; set; }

    /// <summary>No give recorded yet.</summary>
    public bool FirstGive { get; set; }

    /// <summary>The day "days since connecting" counts from (a connected contact without a date counts from when it was added).</summary>
    public DateOnly? ConnectedOn { get; set; }

    /// <summary>
    /// The state on the day of the count, as the balance page orders it: 0 overdrawn, 1 give first, 2 ask earned. It
    /// holds until <see cref="RecountOn"/> (see <see cref="LedgerSchedule.RecountOn"/>), so lists sort and count by index.
    /// </summary>
    public int StateOrder { get; set; }

    /// <summary>The give-first list's turn on the day of the count (<see cref="Core.Ledger.GiveTurn"/>, or 3 for none); holds like <see cref="StateOrder"/>.</summary>
    public int GiveTurn { get; set; }

    /// <summary>Whether the next give was due on the day of the count; holds like <see cref="StateOrder"/>.</summary>
    public bool GiveIsDue { get; set; }

    // The contact's own fields the lists filter and sort by, copied here so a page of the list reads one narrow table in
    // index order. Written by the recount and, on any later change to the contact, by a database trigger (see the
    // migration LedgerListsReadOneTable), which no writer can bypass.

    /// <summary>Copy of the contact's name (lists sort by its lower case).</summary>
    public string Name { get; set; } = "";

    /// <summary>Copy of the contact's fit score.</summary>
    public int FitScore { get; set; }

    /// <summary>Copy of the contact's pipeline role.</summary>
    public Core.Contacts.PipelineRole Role { get; set; }

    /// <summary>Copy of the contact's connection state.</summary>
    public Core.Contacts.ConnectionState ConnectionState { get; set; }

    /// <summary>Copy of the day the contact was last reviewed (the relationship review counts the ones waiting).</summary>
    public DateOnly? ReviewedOn { get; set; }

    public LedgerSchedule Schedule => new(GivesInWindow, AsksInWindow, RecountOn, AskOpensOn, GiveDueOn, FirstGive);
}
