using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Time;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>Enum values in the user's words, for the ledger pages.</summary>
public static class LedgerLabels
{
    public static string Role(PipelineRole role) => role switch
    {
        PipelineRole.ReferralSource => "Referral source",
        _ => role.ToString(),
    };

    public static string Channel(InteractionChannel channel) => channel switch
    {
        InteractionChannel.InPerson => "In person",
        _ => channel.ToString(),
    };

    /// <summary>"1 give", "3 gives", "0 asks": a count with its noun in the right number.</summary>
    public static string Count(int count, string noun) =>
        $"{count.ToString(System.Globalization.CultureInfo.InvariantCulture)} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>Where it happened, as the end of a sentence: "on LinkedIn", "by email", "in person".</summary>
    public static string ChannelPhrase(InteractionChannel channel) => channel switch
    {
        InteractionChannel.InPerson => "in person",
        InteractionChannel.Email => "by email",
        InteractionChannel.Phone => "by phone",
        InteractionChannel.Other => "elsewhere",
        _ => $"on {channel}",
    };

    public static string Direction(InteractionDirection direction) => direction switch
    {
        InteractionDirection.Give => "I gave",
        InteractionDirection.Ask => "I asked",
        _ => "I received",
    };

    /// <summary>
    /// "overdue by 5 days", "due today", "due in 3 days (16 Dec)" — counted from the last give; a contact never given
    /// to reads "no give recorded yet" with the day a first give is suggested from.
    /// </summary>
    private static string Due(GiveDue due, DateOnly today) =>
        due.FirstGive && due.DueOn is { } first
            ? $"no give recorded yet (a first give is due from {LocalDays.Date(first, today)})"
            : due.DescribeWithDate(today);

    /// <summary>A row's next give: <see cref="Due(GiveDue, DateOnly)"/>, unless the relationship holds every give (an invitation to vet first).</summary>
    public static string NextGive(BalanceRow row, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(row);
        return GiveHold.Reason(row.Contact.ConnectionState) ?? Due(row.Due, today);
    }
}
