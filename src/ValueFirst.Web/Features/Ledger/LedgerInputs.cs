using ValueFirst.Core.Ledger;
using ValueFirst.Core.Time;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>What every ledger computation of one user needs besides the data: thresholds, time zone and now.</summary>
public sealed record LedgerInputs(ReadinessSettings Settings, TimeZoneInfo Zone, DateTimeOffset Now)
{
    public DateTime WindowStartUtc => AskReadiness.WindowStartUtc(Now, Zone);

    public DateOnly Today => LocalDays.Today(Now, Zone);

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
}
