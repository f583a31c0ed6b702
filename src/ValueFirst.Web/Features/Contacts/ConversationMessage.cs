namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// One LinkedIn message with a contact, imported from messages.csv: stored for its owner only, shown on the contact's
/// page, never logged, and deleted with the import that brought it. A group message is stored once per contact in it.
/// </summary>
public sealed class ConversationMessage
{
    public long Id { get; set; }

    public required string OwnerId { get; set; }

    public int ContactId { get; set; }

    /// <summary>The import that brought it; deleting that import's messages deletes it.</summary>
    public long ImportId { get; set; }

    /// <summary>LinkedIn's conversation id: messages with the same one form a conversation.</summary>
    public required string ConversationKey { get; set; }

    public string? ConversationTitle { get; set; }

    public DateTime SentUtc { get; set; }

    /// <summary>True when the contact wrote it, false when I did.</summary>
    public bool FromContact { get; set; }

    public string? Subject { get; set; }

    public string? Content { get; set; }

    public string? Folder { get; set; }

    /// <summary>A hash of conversation, time, sender and text: a re-import finds the message it already has.</summary>
    public required string Fingerprint { get; set; }

    /// <summary>The ledger entry the user made of this message (a give, an ask, value received), if any.</summary>
    public long? InteractionId { get; set; }
}
