using System.Globalization;
using System.Text;

namespace ValueFirst.Core.Content;

/// <summary>
/// Counts and shortens text the way LinkedIn limits a post. LinkedIn publishes no counting rule; its composer (a web
/// page) and its API servers measure a string's length in UTF-16 code units, the length JavaScript and Java report,
/// so an emoji such as 🚀 counts 2, a flag 4 and a family emoji joined with zero-width joiners 11, as people who hit
/// the limit report. That is also the safe side: it never counts fewer than the characters a reader sees. Text is
/// put in Unicode normal form C first, so an accent typed as a separate mark (e + ◌́) counts like é, 1.
/// </summary>
public static class LinkedInText
{
    /// <summary>The most a post may hold.</summary>
    public const int MaxLength = 3000;

    /// <summary>About this much of a post shows in the feed before "…see more".</summary>
    public const int Fold = 210;

    /// <summary>The character a shortened text ends with (one code unit).</summary>
    public const string Ellipsis = "…";

    /// <summary>The text in normal form C, as it is counted and pasted.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>How many characters LinkedIn counts in <paramref name="text"/>.</summary>
    public static int Count(string text) => Normalise(text).Length;

    /// <summary>
    /// The text cut to at most <paramref name="max"/> counted characters, ending in "…" when cut: after the last
    /// whole word that fits when there is one, and never inside a character a reader sees as one (an emoji, a
    /// letter with its accents).
    /// </summary>
    public static string Shorten(string text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        text = Normalise(text).Trim();
        if (text.Length <= max)
        {
            return text;
        }

        var fits = WholeCharactersWithin(text, max - Ellipsis.Length);
        var cut = text[..fits];
        var space = cut.LastIndexOfAny([' ', '\n', '\t']);
        if (space > fits / 2)
        {
            cut = cut[..space];
        }

        return cut.TrimEnd(' ', '\n', '\t', ',', ';', ':', '-', '—') + Ellipsis;
    }

    /// <summary>The length of the longest start of <paramref name="text"/> that ends between two user-perceived characters and is at most <paramref name="max"/> long.</summary>
    public static int WholeCharactersWithin(string text, int max)
    {
        var end = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var next = elements.ElementIndex + ((string)elements.Current).Length;
            if (next > max)
            {
                break;
            }

            end = next;
        }

        return end;
    }
}
