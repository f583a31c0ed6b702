namespace ValueFirst.Core.Contacts;

/// <summary>A message as it belongs to one contact's conversation: written by them, or by me to them.</summary>
public sealed record AttributedMessage(LinkedInMessage Message, int ContactId, bool FromContact);
