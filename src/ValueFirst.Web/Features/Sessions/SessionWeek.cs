using ValueFirst.Core.Sessions;
using ValueFirst.Core.Time;

namespace ValueFirst.Web.Features.Sessions;

/// <summary>Which week "this week" is for a user right now, in their zone, and how long their hour is.</summary>
public sealed record SessionWeek(IsoWeek Week, TimeZoneInfo Zone, DateOnly Today, int DurationMinutes, bool HasSlot);
