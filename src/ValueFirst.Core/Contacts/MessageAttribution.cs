namespace ValueFirst.Core.Contacts;

/// <summary>
/// Decides whose conversation each message of messages.csv belongs to. The export's owner is the profile in the most
/// conversations (they are in all of theirs); among equals, the one that is not a contact. A message from a contact
/// is theirs; a message from the owner belongs to each contact it was sent to; a message from anyone else (a third
/// person in a group, a sponsored message) belongs to no contact. Exports without URLs are matched by name.
/// </summary>
public static class MessageAttribution
{
    /// <summary>The owner's normalised profile URL, or null when the messages carry no URLs.</summary>
    public static string? OwnerUrl(IEnumerable<LinkedInMessage> messages, Func<string, bool> isContact)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(isContact);
        var conversationsOf = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            foreach (var url in message.RecipientUrls.Prepend(message.SenderUrl).OfType<string>())
            {
                if (!conversationsOf.TryGetValue(url, out var set))
                {
                    conversationsOf[url] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(message.ConversationId);
            }
        }

        return conversationsOf
            .OrderByDescending(p => p.Value.Count)
            .ThenBy(p => isContact(p.Key))
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key)
            .FirstOrDefault();
    }

    /// <param name="contactByUrl">The contact with this normalised profile URL, if any.</param>
    /// <param name="contactByName">The one contact with exactly this name, if any (for exports without URLs).</param>
    public static IEnumerable<AttributedMessage> Attribute(
        IReadOnlyList<LinkedInMessage> messages, string? ownerUrl, Func<string, int?> contactByUrl, Func<string, int?> contactByName)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(contactByUrl);
        ArgumentNullException.ThrowIfNull(contactByName);
        foreach (var message in messages)
        {
            var sender = message.SenderUrl is { } url
                ? url == ownerUrl ? null : contactByUrl(url)
                : ownerUrl is null && message.From is { } from ? contactByName(from) : null;
            if (sender is { } senderId)
            {
                yield return new AttributedMessage(message, senderId, FromContact: true);
                continue;
            }

            var fromOwner = ownerUrl is not null ? message.SenderUrl == ownerUrl : message.From is not null;
            if (!fromOwner)
            {
                continue;
            }

            var recipients = message.RecipientUrls.Count > 0
                ? message.RecipientUrls.Where(u => u != ownerUrl).Select(contactByUrl)
                : message.To is { } to ? [contactByName(to)] : [];
            foreach (var id in recipients.OfType<int>().Distinct())
            {
                yield return new AttributedMessage(message, id, FromContact: false);
            }
        }
    }
}
