using ValueFirst.Core.Contacts;

namespace ValueFirst.Core.Content;

/// <summary>
/// Reads LinkedIn's Shares.csv (<c>Date, ShareLink, ShareCommentary, SharedUrl, MediaUrl</c>, sometimes
/// <c>Visibility</c>) by header name: the user's own posts, with quoted line breaks in the commentary.
/// </summary>
public static class SharesCsvReader
{
    public const string FileName = "Shares.csv";
    public const string DateColumn = "Date";
    public const string ShareLinkColumn = "ShareLink";
    public const string CommentaryColumn = "ShareCommentary";
    public const string SharedUrlColumn = "SharedUrl";
    public const string MediaUrlColumn = "MediaUrl";

    private static readonly string[] Required = [DateColumn, ShareLinkColumn];
    private static readonly string[] Optional = [CommentaryColumn, SharedUrlColumn, MediaUrlColumn];

    public static ImportFile<LinkedInShare> Read(TextReader text, int maxRows = int.MaxValue, string file = FileName) =>
        LinkedInCsvTable.Read(text, file, Required, Optional, maxRows, ReadRow);

    /// <summary>A title for a post: the first line of its text, at most 80 characters.</summary>
    public static string TitleOf(string? commentary)
    {
        var first = (commentary ?? "").ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault();
        return string.IsNullOrEmpty(first) ? "LinkedIn post" : first.Length <= 80 ? first : first[..79].TrimEnd() + "…";
    }

    private static (LinkedInShare?, ImportProblem?) ReadRow(LinkedInCsvRow row)
    {
        if (row[ShareLinkColumn] is not { } rawLink)
        {
            return (null, row.Problem("No ShareLink: the post cannot be told apart from the others."));
        }

        if (ProfileUrl.Normalize(rawLink) is not { } link)
        {
            return (null, row.Problem($"ShareLink \"{LinkedInCsvTable.Shorten(rawLink)}\" is not a web address."));
        }

        if (row[DateColumn] is not { } rawDate || LinkedInDates.ParseUtc(rawDate) is not { } posted)
        {
            return (null, row.Problem($"Date \"{LinkedInCsvTable.Shorten(row[DateColumn] ?? "")}\" is not a date like 2026-11-27 14:47:19."));
        }

        return (new LinkedInShare(row.Line, posted, link, row.Raw(CommentaryColumn)?.Trim(),
            ProfileUrl.Normalize(row[SharedUrlColumn]), ProfileUrl.Normalize(row[MediaUrlColumn])), null);
    }
}
