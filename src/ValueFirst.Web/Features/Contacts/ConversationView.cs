namespace ValueFirst.Web.Features.Contacts;

/// <summary>One message as the contact page shows it.</summary>
public sealed record MessageView(long Id, DateTime SentUtc, bool FromContact, string? Subject, string? Content, long? InteractionId);

/// <summary>One conversation with a contact, newest message first.</summary>
public sealed record ConversationView(string Key, string? Title, IReadOnlyList<MessageView> Messages)
{
    public DateTime LastUtc => Messages[0].SentUtc;
}

/// <summary>A contact's conversations with the last message each way and who wrote last.</summary>
public sealed record ContactConversations(
    IReadOnlyList<ConversationView> Conversations, int MessageCount, DateTime? LastFromThemUtc, DateTime? LastFromMeUtc, bool? TheyWroteLast);
