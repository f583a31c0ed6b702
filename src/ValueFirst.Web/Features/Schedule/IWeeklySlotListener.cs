namespace ValueFirst.Web.Features.Schedule;

/// <summary>
/// Told when a user's slot is saved, so each job that hangs off the slot (the reminder, the session build)
/// re-registers its recurring job without the slot knowing about it.
/// </summary>
public interface IWeeklySlotListener
{
    void SlotChanged(UserSlot slot);
}
