using ValueFirst.Core.Time;

namespace ValueFirst.Web.Features.Sessions;

/// <summary>Which week "this week" is for a user right now, in their zone, and how long their hour is.</summary>
public sealed record SessionWeek(UserNow Clock, int DurationMinutes, bool HasSlot)
{
    public IsoWeek Week => Clock.Week;

    public DateOnly Today => Clock.Today;

    public TimeZoneInfo Zone => Clock.Zone;
}
