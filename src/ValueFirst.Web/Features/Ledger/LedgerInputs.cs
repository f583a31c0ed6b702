using ValueFirst.Core.Ledger;
using ValueFirst.Core.Time;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>What every ledger computation of one user needs besides the data: their thresholds and their clock.</summary>
public sealed record LedgerInputs(ReadinessSettings Settings, UserNow Clock)
{
    public TimeZoneInfo Zone => Clock.Zone;

    public DateTimeOffset Now => Clock.Instant;

    public DateOnly Today => Clock.Today;

    public DateTime WindowStartUtc => AskReadiness.WindowStartUtc(Now, Zone);

    public DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
}
