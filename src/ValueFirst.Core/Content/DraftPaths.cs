using System.Globalization;
using System.Text;

namespace ValueFirst.Core.Content;

/// <summary>Where a new draft is saved: <c>articles/</c> or <c>shares/</c>, named after its title in plain letters.</summary>
public static class DraftPaths
{
    private const int MaxSlugLength = 60;

    /// <summary>
    /// <c>articles/give-before-you-ask.md</c> for the title "Give before you ask!"; <paramref name="attempt"/> 2, 3, …
    /// adds <c>-2</c>, <c>-3</c> when that name is taken.
    /// </summary>
    public static string For(DraftFields fields, int attempt = 1)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var folder = fields.Kind == ContentKind.Share ? "shares" : "articles";
        var suffix = attempt == 1 ? "" : "-" + attempt.ToString(CultureInfo.InvariantCulture);
        return $"{folder}/{Slug(fields.Title)}{suffix}.md";
    }

    /// <summary>The title in lower-case ASCII letters and digits joined by hyphens (accents and apostrophes dropped); "draft" when nothing is left.</summary>
    public static string Slug(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var slug = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormKD))
        {
            // Accents and apostrophes go without a trace: "Ada's café" becomes "adas-cafe".
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length >= MaxSlugLength)
            {
                break;
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "draft" : text;
    }
}
