using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ValueFirst.Core.Mail;

namespace ValueFirst.Web.Email.Outbox;

/// <summary>The <c>Outbox</c> section: how each email is retried when the mail server cannot take it.</summary>
public sealed class OutboxOptions : IValidatableObject
{
    public const string Section = "Outbox";

    /// <summary>Minutes to wait after the 1st, 2nd, … failed attempt, comma-separated; the last wait repeats.</summary>
    public string RetryMinutes { get; set; } = "1, 2, 5, 10, 30, 60";

    /// <summary>Attempts per email, the first one included; then it is marked failed.</summary>
    [Range(1, 100, ErrorMessage = "Outbox:MaxAttempts must be between 1 and 100.")]
    public int MaxAttempts { get; set; } = 10;

    public DeliveryPolicy Policy() => new(ParseBackoff() ?? throw new InvalidOperationException(BackoffError), MaxAttempts);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ParseBackoff() is null)
        {
            yield return new ValidationResult(BackoffError, [nameof(RetryMinutes)]);
        }
    }

    private const string BackoffError = "Outbox:RetryMinutes must list whole minutes from 1 to 1440, separated by commas (e.g. 1, 2, 5, 10, 30, 60).";

    private List<TimeSpan>? ParseBackoff()
    {
        var waits = new List<TimeSpan>();
        foreach (var part in (RetryMinutes ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes is < 1 or > 1440)
            {
                return null;
            }

            waits.Add(TimeSpan.FromMinutes(minutes));
        }

        return waits.Count == 0 ? null : waits;
    }
}
