using ValueFirst.Core.Contacts;

namespace ValueFirst.Core.Tests.Contacts;

public sealed class MessageAttributionTests
{
    private const string Me = "https://www.linkedin.com/in/me";
    private const string Ana = "https://www.linkedin.com/in/ana";
    private const string Bo = "https://www.linkedin.com/in/bo";
    private const string Stranger = "https://www.linkedin.com/in/stranger";

    private static readonly Dictionary<string, int> Contacts = new() { [Ana] = 1, [Bo] = 2 };

    private static LinkedInMessage Message(string conversation, string? sender, params string[] recipients) =>
        new(1, conversation, null, sender is null ? "LinkedIn" : "x", sender, null, recipients, new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), null, "text", null);

    private static int? ByUrl(string url) => Contacts.TryGetValue(url, out var id) ? id : null;

    [Fact]
    public void The_owner_is_the_profile_in_the_most_conversations()
    {
        var messages = new[] { Message("c1", Ana, Me), Message("c2", Me, Bo), Message("c3", Stranger, Me) };

        Assert.Equal(Me, MessageAttribution.OwnerUrl(messages, Contacts.ContainsKey));
    }

    [Fact]
    public void In_one_conversation_the_owner_is_the_one_who_is_not_a_contact()
    {
        Assert.Equal(Me, MessageAttribution.OwnerUrl([Message("c1", Ana, Me)], Contacts.ContainsKey));
    }

    [Fact]
    public void A_contacts_message_is_theirs_and_mine_belongs_to_each_contact_I_wrote_to()
    {
        var messages = new[] { Message("c1", Ana, Me), Message("g1", Me, Ana, Bo, Stranger), Message("c3", Stranger, Me), Message("s1", null, Me) };

        var attributed = MessageAttribution.Attribute(messages, Me, ByUrl, _ => null).ToList();

        Assert.Equal([(1, true, "c1"), (1, false, "g1"), (2, false, "g1")], attributed.Select(a => (a.ContactId, a.FromContact, a.Message.ConversationId)));
    }

    [Fact]
    public void A_third_person_in_a_group_is_nobodys_message()
    {
        var attributed = MessageAttribution.Attribute([Message("g1", Stranger, Me, Ana)], Me, ByUrl, _ => null);

        Assert.Empty(attributed);
    }

    [Fact]
    public void Without_urls_messages_are_matched_by_a_name_only_one_contact_has()
    {
        var fromAna = new LinkedInMessage(1, "c1", null, "Ana Lima", null, "Me", [], DateTime.UnixEpoch, null, "hi", null);
        var toAna = new LinkedInMessage(2, "c1", null, "Me", null, "Ana Lima", [], DateTime.UnixEpoch, null, "hello", null);

        var attributed = MessageAttribution.Attribute([fromAna, toAna], null, ByUrl, name => name == "Ana Lima" ? 1 : null).ToList();

        Assert.Equal([(1, true), (1, false)], attributed.Select(a => (a.ContactId, a.FromContact)));
    }
}
