namespace ValueFirst.Web.Features.Sessions;

/// <summary>
/// Told when a user's slot is saved, so each job that hangs off the slot (the reminder now, the weekly
/// session later) re-registers its recurring job without the slot knowing about it.
/// </summary>
public interface IWeeklySlotListener
{
    void SlotChanged(WeeklySlot slot);
}
