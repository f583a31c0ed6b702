using System.ComponentModel.DataAnnotations;

namespace ValueFirst.Web.Features.Reminders;

/// <summary>The <c>Reminders</c> section: what the reminder email links to.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>"Snooze a week" from the reminder email.</summary>
    public const int SnoozeDays = 7;

    /// <summary>The address users open the app at; the email links to its <c>/session</c> page.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Reminders:AppUrl must be the app's absolute address.")]
    [Url(ErrorMessage = "Reminders:AppUrl must be an absolute http(s) address, e.g. https://valuefirst.example.")]
    public string AppUrl { get; set; } = "http://localhost:5034";

    /// <summary>How many days "Not this person" in the reminder email leaves a contact out of the give-first list.</summary>
    [Range(1, 3650, ErrorMessage = "Reminders:NotThisPersonDays must be between 1 and 3650.")]
    public int NotThisPersonDays { get; set; } = 90;

    public string SessionLink => AppUrl.TrimEnd('/') + "/session";

    /// <summary>The absolute address of a reminder email's one-click link.</summary>
    public string ActionLink(string token) => AppUrl.TrimEnd('/') + "/email-action/" + token;
}
