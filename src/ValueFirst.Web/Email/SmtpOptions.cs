using System.ComponentModel.DataAnnotations;

namespace ValueFirst.Web.Email;

/// <summary>
/// The <c>Smtp</c> section. Without a <see cref="Host"/> (the default on a fresh clone) mail is written as
/// <c>.eml</c> files to <see cref="PickupDirectory"/>, so the app runs without a mail server.
/// <see cref="Password"/> comes from user secrets or environment variables only.
/// </summary>
public sealed class SmtpOptions : IValidatableObject
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    [Range(1, 65535, ErrorMessage = "Smtp:Port must be between 1 and 65535.")]
    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Required(AllowEmptyStrings = false, ErrorMessage = "Smtp:FromName must name the sender.")]
    public string FromName { get; set; } = "ValueFirst";

    [Required(AllowEmptyStrings = false, ErrorMessage = "Smtp:FromAddress must be an email address.")]
    [EmailAddress(ErrorMessage = "Smtp:FromAddress must be an email address.")]
    public string FromAddress { get; set; } = "valuefirst@localhost";

    /// <summary>Folder for <c>.eml</c> files when no host is set; relative paths are under the data folder.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Smtp:PickupDirectory must name a folder.")]
    public string PickupDirectory { get; set; } = "mail-outbox";

    /// <summary>How long one connect or command may take before the send counts as failed.</summary>
    [Range(1, 600, ErrorMessage = "Smtp:TimeoutSeconds must be between 1 and 600.")]
    public int TimeoutSeconds { get; set; } = 30;

    public bool UsesPickupDirectory => string.IsNullOrWhiteSpace(Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(UserName) && string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Smtp:Password is required when Smtp:UserName is set (put it in user secrets or an environment variable).", [nameof(Password)]);
        }
    }
}
