namespace ValueFirst.Core.Contacts;

/// <summary>
/// Reads LinkedIn's messages.csv (<c>CONVERSATION ID, CONVERSATION TITLE, FROM, SENDER PROFILE URL, TO,
/// RECIPIENT PROFILE URLS, DATE, SUBJECT, CONTENT, FOLDER</c>) by header name. Bodies hold quoted line breaks.
/// A row needs a conversation id and a readable date; everything else is used when present.
/// </summary>
public static class MessagesCsvReader
{
    public const string FileName = "messages.csv";
    public const string ConversationIdColumn = "CONVERSATION ID";
    public const string ConversationTitleColumn = "CONVERSATION TITLE";
    public const string FromColumn = "FROM";
    public const string SenderUrlColumn = "SENDER PROFILE URL";
    public const string ToColumn = "TO";
    public const string RecipientUrlsColumn = "RECIPIENT PROFILE URLS";
    public const string DateColumn = "DATE";
    public const string SubjectColumn = "SUBJECT";
    public const string ContentColumn = "CONTENT";
    public const string FolderColumn = "FOLDER";

    private static readonly string[] Required = [ConversationIdColumn, DateColumn];
    private static readonly string[] Optional =
        [ConversationTitleColumn, FromColumn, SenderUrlColumn, ToColumn, RecipientUrlsColumn, SubjectColumn, ContentColumn, FolderColumn];

    private static readonly char[] UrlSeparators = [',', ';', ' ', '\r', '\n', '\t'];

    public static ImportFile<LinkedInMessage> Read(TextReader text, int maxRows = int.MaxValue, string file = FileName) =>
        LinkedInCsvTable.Read(text, file, Required, Optional, maxRows, ReadRow);

    private static (LinkedInMessage?, ImportProblem?) ReadRow(LinkedInCsvRow row)
    {
        if (row[ConversationIdColumn] is not { } conversation)
        {
            return (null, row.Problem("No conversation id."));
        }

        if (row[DateColumn] is not { } rawDate)
        {
            return (null, row.Problem("No date."));
        }

        if (LinkedInDates.ParseUtc(rawDate) is not { } sent)
        {
            return (null, row.Problem($"DATE \"{LinkedInCsvTable.Shorten(rawDate)}\" is not a date like 2026-11-27 14:47:19 UTC."));
        }

        var recipients = (row[RecipientUrlsColumn] ?? "")
            .Split(UrlSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Select(ProfileUrl.Normalize)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return (new LinkedInMessage(
            row.Line, conversation, row[ConversationTitleColumn], row[FromColumn], ProfileUrl.Normalize(row[SenderUrlColumn]),
            row[ToColumn], recipients, sent, row[SubjectColumn], row.Raw(ContentColumn)?.Trim(), row[FolderColumn]), null);
    }
}
