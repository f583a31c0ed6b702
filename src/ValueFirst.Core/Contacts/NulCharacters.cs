namespace ValueFirst.Core.Contacts;

/// <summary>
/// Drops NUL characters from imported text. They carry no meaning in a name or a message, and PostgreSQL refuses them
/// in text columns, so one stray NUL in an export failed the whole import there while SQLite stored it.
/// </summary>
public static class NulCharacters
{
    /// <summary>The same array when no value holds a NUL (the usual case); otherwise a copy without them.</summary>
    public static string[] Strip(string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Array.Exists(values, v => v.Contains('\0', StringComparison.Ordinal))
            ? Array.ConvertAll(values, Strip)
            : values;
    }

    public static string Strip(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Contains('\0', StringComparison.Ordinal) ? value.Replace("\0", "", StringComparison.Ordinal) : value;
    }
}
