namespace ValueFirst.Web.Features.Schedule;

/// <summary>
/// Per circuit: lets other settings sections (the reminder) refresh when the slot section saves, since each
/// section is its own interactive component on the settings page.
/// </summary>
public sealed class WeeklySlotChanges
{
    public event Func<Task>? Saved;

    public Task NotifyAsync() => Saved?.Invoke() ?? Task.CompletedTask;
}
