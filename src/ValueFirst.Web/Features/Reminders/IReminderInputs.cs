namespace ValueFirst.Web.Features.Reminders;

/// <summary>
/// The one seam between the reminder and the features it summarises (ledger, content calendar), so each
/// can be swapped in at merge without touching the sending logic.
/// </summary>
public interface IReminderInputs
{
    /// <param name="weekStart">Monday of the slot's ISO week (local), for "due this week".</param>
    Task<ReminderInputs> GatherAsync(string ownerId, DateOnly weekStart, CancellationToken ct);
}
