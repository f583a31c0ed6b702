using System.Globalization;

namespace ValueFirst.Core.Content;

/// <summary>
/// One key to set or remove in a draft's front matter (see <see cref="FrontMatterWriter"/>). A scalar is written
/// plain when YAML reads it back unchanged, double-quoted otherwise; a list keeps the style the file used.
/// </summary>
public sealed record FrontMatterChange
{
    private FrontMatterChange(string key, string? scalar, IReadOnlyList<string>? list, bool verbatim)
    {
        Key = key;
        Scalar = scalar;
        List = list;
        Verbatim = verbatim;
    }

    /// <summary>The top-level key, matched without regard to case (as the parser reads keys).</summary>
    public string Key { get; }

    /// <summary>The text of a scalar value; null for a list or a removal.</summary>
    public string? Scalar { get; }

    /// <summary>The items of a list value; null for a scalar or a removal.</summary>
    public IReadOnlyList<string>? List { get; }

    /// <summary>True when <see cref="Scalar"/> is written as is (a date, a known word), never quoted.</summary>
    public bool Verbatim { get; }

    public bool IsRemoval => Scalar is null && List is null;

    public static FrontMatterChange Set(string key, string value) => new(key, value, null, verbatim: false);

    public static FrontMatterChange SetList(string key, IReadOnlyList<string> items) => new(key, null, items, verbatim: false);

    public static FrontMatterChange SetDate(string key, DateOnly date) =>
        new(key, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, verbatim: true);

    public static FrontMatterChange SetName(string key, string word) => new(key, word, null, verbatim: true);

    public static FrontMatterChange Remove(string key) => new(key, null, null, verbatim: false);
}
