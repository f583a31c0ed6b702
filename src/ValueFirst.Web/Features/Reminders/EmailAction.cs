namespace ValueFirst.Web.Features.Reminders;

/// <summary>What a one-click link in the reminder email does for one suggested give.</summary>
public enum EmailAction
{
    /// <summary>Logs the suggested give (its type and linked article).</summary>
    Done,

    /// <summary>Leaves the contact out of the give-first list for a week.</summary>
    Snooze,

    /// <summary>Leaves the contact out of the give-first list for <see cref="ReminderOptions.NotThisPersonDays"/>.</summary>
    NotThisPerson,
}
