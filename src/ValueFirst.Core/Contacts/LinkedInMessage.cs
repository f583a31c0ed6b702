namespace ValueFirst.Core.Contacts;

/// <summary>
/// One readable row of messages.csv. URLs are normalised (null for a sponsored message, which has none); the body is
/// kept as written, line breaks included. Private data: never log <see cref="Content"/> or <see cref="Subject"/>.
/// </summary>
public sealed record LinkedInMessage(
    int LineNumber,
    string ConversationId,
    string? ConversationTitle,
    string? From,
    string? SenderUrl,
    string? To,
    IReadOnlyList<string> RecipientUrls,
    DateTime SentUtc,
    string? Subject,
    string? Content,
    string? Folder)
{
    /// <summary>Leaves the body out, so a record printed by mistake shows no private text.</summary>
    public override string ToString() => $"Message in {ConversationId} at {SentUtc:O} (line {LineNumber})";
}
