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

        if (ParseIsoSeconds(text.AsSpan().Trim()) is { } iso)
        {
            return iso;
        }

        var cleaned = text.Replace('\u202F', ' ').Replace('\u00A0', ' ').Trim();
        return DateTime.TryParseExact(cleaned, Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces, out var value)
            ? DateTime.SpecifyKind(value, DateTimeKind.Utc)
            : null;
    }

    /// <summary>
    /// <c>2026-11-27 14:47:19</c> with or without <c> UTC</c>, read digit by digit: the style of every row of the
    /// messages file, the export's largest, where trying the format list cost as much as reading the CSV. Null for
    /// anything else, which then goes through the format list.
    /// </summary>
    internal static DateTime? ParseIsoSeconds(ReadOnlySpan<char> s)
    {
        if (s.EndsWith(" UTC", StringComparison.Ordinal))
        {
            s = s[..^4];
        }

        if (s.Length != 19 || s[4] != '-' || s[7] != '-' || s[10] != ' ' || s[13] != ':' || s[16] != ':')
        {
            return null;
        }

        var year = Digits(s[..4]);
        var month = Digits(s[5..7]);
        var day = Digits(s[8..10]);
        var hour = Digits(s[11..13]);
        var minute = Digits(s[14..16]);
        var second = Digits(s[17..19]);
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
               && hour is >= 0 and < 24 && minute is >= 0 and < 60 && second is >= 0 and < 60
            ? new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc)
            : null;
    }

    // The number the ASCII digits spell, or -1 when any is not one.
    private static int Digits(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
