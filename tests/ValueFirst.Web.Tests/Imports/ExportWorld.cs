using Microsoft.EntityFrameworkCore;
using ValueFirst.Testing.LinkedIn;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Content;

namespace ValueFirst.Web.Tests.Imports;

/// <summary>A small LinkedIn export whose files refer to each other, and reads of what an import stored.</summary>
internal static class ExportWorld
{
    public const string AnaUrl = "https://www.linkedin.com/in/ana-lima";
    public const string BoUrl = "https://www.linkedin.com/in/bo-chen";
    public const string InviterUrl = "https://www.linkedin.com/in/ines-inviter";
    public const string InviteeUrl = "https://www.linkedin.com/in/otto-invitee";

    public static readonly DateTime Now = DateTime.UtcNow;

    public static ConnectionsExportBuilder Connections() =>
        new ConnectionsExportBuilder()
            .WithPerson("Ana", "Lima", AnaUrl, "ana@example.com", "Acme", "CEO", "1 Mar 2024")
            .WithPerson("Bo", "Chen", BoUrl, "", "Globex", "CTO", "2 Apr 2023")
            .WithPeople(3);

    public static InvitationsExportBuilder Invitations() =>
        new InvitationsExportBuilder()
            .Incoming("Ines Inviter", InviterUrl, Now.AddDays(-3), "Hi! We met at the fintech meetup,\nlet's keep in touch.")
            .Incoming("Nora Nonote", "https://www.linkedin.com/in/nora", Now.AddDays(-2))
            .Outgoing("Otto Invitee", InviteeUrl, Now.AddDays(-5), olderDate: true)
            .Incoming("Ana Lima", AnaUrl, Now.AddYears(-3), "An old one, long accepted");

    public static MessagesExportBuilder Messages() =>
        new MessagesExportBuilder()
            .Message("c-ana", "Ana Lima", AnaUrl, fromThem: false, Now.AddDays(-10), "Here is the article I mentioned,\n\"worth it\".")
            .Message("c-ana", "Ana Lima", AnaUrl, fromThem: true, Now.AddDays(-2), "Thanks! Could we talk next week?")
            .Message("c-bo", "Bo Chen", BoUrl, fromThem: false, Now.AddDays(-40), "Congrats on the new role", olderDate: true)
            .Message("c-x", "Xavier Stranger", "https://www.linkedin.com/in/stranger", fromThem: true, Now.AddDays(-1), "Buy my course")
            .Sponsored(Now.AddDays(-1));

    public static SharesExportBuilder Shares() =>
        new SharesExportBuilder()
            .Post(Now.AddDays(-200), 111, "What I learned from 100 sales calls\n\nA thread")
            .Post(Now.AddDays(-30), 222, "Worth reading", "https://example.com/great-article");

    public static LinkedInExportBuilder Full() => new()
    {
        Connections = Connections(),
        Invitations = Invitations(),
        Messages = Messages(),
        Shares = Shares(),
    };

    public static Task<Contact> ContactAsync(TestApp app, string owner, string url) =>
        app.WithDbAsync(db => db.Set<Contact>().AsNoTracking().SingleAsync(c => c.OwnerId == owner && c.ProfileUrl == url));

    public static Task<List<ConversationMessage>> MessagesAsync(TestApp app, string owner) =>
        app.WithDbAsync(db => db.Set<ConversationMessage>().AsNoTracking().Where(m => m.OwnerId == owner).OrderBy(m => m.SentUtc).ToListAsync());

    public static Task<List<ImportedPost>> PostsAsync(TestApp app, string owner) =>
        app.WithDbAsync(db => db.Set<ImportedPost>().AsNoTracking().Where(p => p.OwnerId == owner).OrderBy(p => p.PostedUtc).ToListAsync());
}
