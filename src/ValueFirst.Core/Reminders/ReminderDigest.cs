using System.Globalization;
using System.Net;
using System.Text;
using ValueFirst.Core.Content;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Time;

namespace ValueFirst.Core.Reminders;

/// <summary>
/// The weekly reminder email's content, from plain data: who should receive value before any ask (already
/// ranked by the ledger), the earned asks, the content item due this week and the session link. Pure, so the
/// wording and the HTML encoding of every name and note are unit-tested without a mail server.
/// </summary>
/// <param name="GiveFirst">Ranked; the digest shows the first <see cref="MaxGives"/> in this order.</param>
/// <param name="SlotStart">The slot's start in the user's local time (the offset is not shown).</param>
/// <param name="SessionLink">Absolute URL of the session page.</param>
public sealed record ReminderDigest(
    IReadOnlyList<GiveFirstEntry> GiveFirst,
    IReadOnlyList<EarnedAsk> EarnedAsks,
    DueContentItem? ContentDue,
    DateTime SlotStart,
    string SessionLink)
{
    /// <summary>An email is read in a minute: more names than this belong in the session page.</summary>
    public const int MaxGives = 10;

    /// <summary>The seeds' rule: at most two asks a week.</summary>
    public const int MaxAsks = 2;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public IReadOnlyList<GiveFirstEntry> Gives => GiveFirst.Take(MaxGives).ToList();

    /// <summary>The user's content items: a suggested give names a published article that shares a contact's tag.</summary>
    public IReadOnlyList<ContentItem> Content { get; init; } = [];

    /// <summary>One-click links per contact id; a give without links shows none.</summary>
    public IReadOnlyDictionary<int, GiveLinks> Links { get; init; } = new Dictionary<int, GiveLinks>();

    /// <summary>What the email suggests giving <paramref name="entry"/>, and what its "Done" link logs.</summary>
    public GiveSuggestion SuggestionFor(GiveFirstEntry entry) => SuggestedGive.Suggest(entry, Today, Content);

    private DateOnly Today => DateOnly.FromDateTime(SlotStart);

    /// <summary>
    /// Decides the week's digest: the first <see cref="MaxGives"/> to give to, at most <see cref="MaxAsks"/> earned asks,
    /// and the content item due in the slot's ISO week.
    /// </summary>
    /// <param name="slotStart">The slot's start in the user's local time.</param>
    public static ReminderDigest Decide(ReminderInputs inputs, DateTime slotStart, string sessionLink)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var week = IsoWeek.Of(DateOnly.FromDateTime(slotStart));
        return new ReminderDigest(
            inputs.GiveFirst,
            inputs.EarnedAsks.Take(MaxAsks).Select(a => new EarnedAsk(a.Name, a.Reason)).ToList(),
            DueContentItem.FirstIn(inputs.Content, week),
            slotStart,
            sessionLink)
        {
            Content = inputs.Content,
        };
    }

    public IReadOnlyList<EarnedAsk> Asks => EarnedAsks.Take(MaxAsks).ToList();

    /// <summary>e.g. "Your connecting hour Tue 14:00: 5 people to give to first".</summary>
    public string Subject
    {
        get
        {
            var when = SlotStart.ToString("ddd HH:mm", Invariant);
            var count = Gives.Count;
            var what = count switch
            {
                0 => "nobody is waiting for a give",
                1 => "1 person to give to first",
                _ => $"{count} people to give to first",
            };
            return $"Your connecting hour {when}: {what}";
        }
    }

    public string TextBody()
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant, $"Your connecting hour starts {SlotStart.ToString("dddd d MMMM, HH:mm", Invariant)}.");
        text.AppendLine();
        if (Gives.Count == 0)
        {
            text.AppendLine("Nobody is waiting for a give this week. Use the hour to vet invitations and reach out to someone new.");
        }
        else
        {
            text.AppendLine("Give value first to:");
            foreach (var (entry, index) in Gives.Select((e, i) => (e, i + 1)))
            {
                text.AppendLine(Invariant, $"{index}. {entry.Name}{CompanySuffix(entry)}: {SuggestionFor(entry).Text}");
                if (!string.IsNullOrWhiteSpace(entry.Why))
                {
                    text.AppendLine(Invariant, $"   Why: {entry.Why}");
                }

                if (Links.TryGetValue(entry.ContactId, out var links))
                {
                    text.AppendLine(Invariant, $"   Done: {links.Done}");
                    text.AppendLine(Invariant, $"   Snooze a week: {links.Snooze}");
                    text.AppendLine(Invariant, $"   Not this person: {links.NotThisPerson}");
                }
            }
        }

        if (Asks.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Asks you have earned:");
            foreach (var ask in Asks)
            {
                text.AppendLine(Invariant, $"- {ask.Name}: {ask.Reason}");
            }
        }

        if (ContentDue is not null)
        {
            text.AppendLine();
            text.AppendLine(Invariant, $"Due this week: {ContentDue.Title} ({ContentDue.Date.ToString("ddd d MMM", Invariant)})");
        }

        text.AppendLine();
        text.AppendLine(Invariant, $"Open your connecting hour: {SessionLink}");
        return text.ToString();
    }

    public string HtmlBody()
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><body style=\"font-family:sans-serif;line-height:1.4\">");
        html.Append(Invariant, $"<p>Your connecting hour starts <strong>{E(SlotStart.ToString("dddd d MMMM, HH:mm", Invariant))}</strong>.</p>");
        if (Gives.Count == 0)
        {
            html.Append("<p>Nobody is waiting for a give this week. Use the hour to vet invitations and reach out to someone new.</p>");
        }
        else
        {
            html.Append("<h2 style=\"font-size:1.1em\">Give value first to</h2><ol>");
            foreach (var entry in Gives)
            {
                html.Append(Invariant, $"<li><strong>{E(entry.Name)}</strong>{E(CompanySuffix(entry))}: {E(SuggestionFor(entry).Text)}");
                if (!string.IsNullOrWhiteSpace(entry.Why))
                {
                    html.Append(Invariant, $"<br><small>Why: {E(entry.Why)}</small>");
                }

                if (Links.TryGetValue(entry.ContactId, out var links))
                {
                    html.Append(Invariant, $"<br><small><a href=\"{E(links.Done)}\">Done</a> · <a href=\"{E(links.Snooze)}\">Snooze a week</a> · <a href=\"{E(links.NotThisPerson)}\">Not this person</a></small>");
                }

                html.Append("</li>");
            }

            html.Append("</ol>");
        }

        if (Asks.Count > 0)
        {
            html.Append("<h2 style=\"font-size:1.1em\">Asks you have earned</h2><ul>");
            foreach (var ask in Asks)
            {
                html.Append(Invariant, $"<li><strong>{E(ask.Name)}</strong>: {E(ask.Reason)}</li>");
            }

            html.Append("</ul>");
        }

        if (ContentDue is not null)
        {
            html.Append(Invariant, $"<p>Due this week: <strong>{E(ContentDue.Title)}</strong> ({E(ContentDue.Date.ToString("ddd d MMM", Invariant))})</p>");
        }

        html.Append(Invariant, $"<p><a href=\"{E(SessionLink)}\">Open your connecting hour</a></p>");
        html.Append("</body></html>");
        return html.ToString();
    }

    private static string CompanySuffix(GiveFirstEntry entry) =>
        string.IsNullOrWhiteSpace(entry.Company) ? "" : $" ({entry.Company})";

    private static string E(string value) => WebUtility.HtmlEncode(value);
}
