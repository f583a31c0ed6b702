using ValueFirst.Core.Ledger;

namespace ValueFirst.Core.Tests.Ledger;

/// <summary>Builds a contact's history as the user would tell it: "gave 3 times, asked 40 days ago".</summary>
internal sealed class FactsBuilder(DateOnly today)
{
    private readonly List<LedgerEvent> events = [];
    private DateOnly? connectedOn = today.AddDays(-365);
    private DateOnly? firstSeenOn;

    public FactsBuilder ConnectedDaysAgo(int days)
    {
        connectedOn = today.AddDays(-days);
        return this;
    }

    /// <summary>When ValueFirst first knew the contact (added or imported).</summary>
    public FactsBuilder FirstSeenDaysAgo(int days)
    {
        firstSeenOn = today.AddDays(-days);
        return this;
    }

    public FactsBuilder NotConnected()
    {
        connectedOn = null;
        return this;
    }

    public FactsBuilder Gave(int daysAgo, int times = 1, int hour = 12) => Add(InteractionDirection.Give, daysAgo, times, hour);

    public FactsBuilder Asked(int daysAgo, int times = 1, int hour = 12) => Add(InteractionDirection.Ask, daysAgo, times, hour);

    public FactsBuilder Received(int daysAgo) => Add(InteractionDirection.Received, daysAgo, 1, 12);

    public FactsBuilder At(InteractionDirection direction, DateTime utc)
    {
        events.Add(new LedgerEvent(utc, direction));
        return this;
    }

    public ContactLedgerFacts Build(DateTimeOffset now) =>
        ContactLedgerFacts.From(events, connectedOn, AskReadiness.WindowStartUtc(now, LedgerTime.NewYork), firstSeenOn);

    private FactsBuilder Add(InteractionDirection direction, int daysAgo, int times, int hour)
    {
        for (var i = 0; i < times; i++)
        {
            events.Add(new LedgerEvent(LedgerTime.UtcAt(today.AddDays(-daysAgo), hour, i), direction));
        }

        return this;
    }
}
