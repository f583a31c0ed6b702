using System.ComponentModel.DataAnnotations;

namespace ValueFirst.Web.Features.Reminders;

/// <summary>The <c>Reminders</c> section: what the reminder email links to.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>The address users open the app at; the email links to its <c>/session</c> page.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Reminders:AppUrl must be the app's absolute address.")]
    [Url(ErrorMessage = "Reminders:AppUrl must be an absolute http(s) address, e.g. https://valuefirst.example.")]
    public string AppUrl { get; set; } = "http://localhost:5034";

    public string SessionLink => AppUrl.TrimEnd('/') + "/session";
}
