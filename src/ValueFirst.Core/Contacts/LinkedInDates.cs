using System.Globalization;

namespace ValueFirst.Core.Contacts;

/// <summary>
/// The date and time styles LinkedIn's export has used over the years, read as UTC: <c>2026-11-27 14:47:19 UTC</c>
/// (messages), <c>2026-11-27 14:47:19</c> (shares), <c>11/27/26, 2:47 PM</c> and <c>11/27/2026, 2:47 PM</c>
/// (invitations; newer files put a narrow no-break space before PM), ISO 8601, and a bare date.
/// </summary>
public static class LinkedInDates
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd HH:mm:ss 'UTC'", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm 'UTC'", "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd",
        "M/d/yy, h:mm tt", "M/d/yyyy, h:mm tt", "M/d/yy h:mm tt", "M/d/yyyy h:mm tt", "M/d/yyyy, HH:mm", "M/d/yyyy HH:mm",
        "M/d/yy", "M/d/yyyy", "ddd MMM dd HH:mm:ss 'UTC' yyyy", "d MMM yyyy", "dd MMM yyyy", "d-MMM-yy", "d MMM yyyy HH:mm",
    ];

    /// <summary>The instant in UTC, or null when <paramref name="text"/> is in none of the styles.</summary>
    public static DateTime? ParseUtc(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cleaned = text.Replace('\u202F', ' ').Replace('\u00A0', ' ').Trim();
        return DateTime.TryParseExact(cleaned, Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces, out var value)
            ? DateTime.SpecifyKind(value, DateTimeKind.Utc)
            : null;
    }
}
