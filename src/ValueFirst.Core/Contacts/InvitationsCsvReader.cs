namespace ValueFirst.Core.Contacts;

/// <summary>
/// Reads LinkedIn's Invitations.csv (<c>From, To, Sent At, Message, Direction, inviterProfileUrl, inviteeProfileUrl</c>)
/// by header name. Direction and the other person's name are required per row; the URLs, the date and the message are
/// used when present (older exports lack the URL columns).
/// </summary>
public static class InvitationsCsvReader
{
    public const string FileName = "Invitations.csv";
    public const string FromColumn = "From";
    public const string ToColumn = "To";
    public const string SentAtColumn = "Sent At";
    public const string MessageColumn = "Message";
    public const string DirectionColumn = "Direction";
    public const string InviterUrlColumn = "inviterProfileUrl";
    public const string InviteeUrlColumn = "inviteeProfileUrl";

    private static readonly string[] Required = [FromColumn, ToColumn, DirectionColumn];
    private static readonly string[] Optional = [SentAtColumn, MessageColumn, InviterUrlColumn, InviteeUrlColumn];

    public static ImportFile<LinkedInInvitation> Read(TextReader text, int maxRows = int.MaxValue, string file = FileName) =>
        LinkedInCsvTable.Read(text, file, Required, Optional, maxRows, ReadRow);

    private static (LinkedInInvitation?, ImportProblem?) ReadRow(LinkedInCsvRow row)
    {
        InvitationDirection direction;
        switch (row[DirectionColumn]?.ToUpperInvariant())
        {
            case "INCOMING" or "RECEIVED":
                direction = InvitationDirection.Incoming;
                break;
            case "OUTGOING" or "SENT":
                direction = InvitationDirection.Outgoing;
                break;
            case var other:
                return (null, row.Problem($"Direction \"{LinkedInCsvTable.Shorten(other ?? "")}\" is neither INCOMING nor OUTGOING."));
        }

        var incoming = direction == InvitationDirection.Incoming;
        var name = row[incoming ? FromColumn : ToColumn];
        if (name is null)
        {
            return (null, row.Problem($"No name in {(incoming ? FromColumn : ToColumn)}: who {(incoming ? "sent" : "received")} the invitation is unknown."));
        }

        string? url = null;
        if (row[incoming ? InviterUrlColumn : InviteeUrlColumn] is { } rawUrl)
        {
            url = ProfileUrl.Normalize(rawUrl);
            if (url is null)
            {
                return (null, row.Problem($"Profile URL \"{LinkedInCsvTable.Shorten(rawUrl)}\" is not a web address."));
            }
        }

        DateTime? sent = null;
        if (row[SentAtColumn] is { } rawDate)
        {
            sent = LinkedInDates.ParseUtc(rawDate);
            if (sent is null)
            {
                return (null, row.Problem($"Sent At \"{LinkedInCsvTable.Shorten(rawDate)}\" is not a date like 11/27/26, 2:47 PM."));
            }
        }

        return (new LinkedInInvitation(row.Line, direction, name, url, sent, row.Raw(MessageColumn)?.Trim()), null);
    }
}
