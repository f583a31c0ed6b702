using Hangfire;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Mail;
using ValueFirst.Testing.LinkedIn;
using ValueFirst.Web.Data;
using ValueFirst.Web.Email.Outbox;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Content;
using ValueFirst.Web.Features.Imports;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Features.Relationships;
using ValueFirst.Web.Features.Reminders;
using ValueFirst.Web.Features.Sessions;
using ValueFirst.Web.Tests.Contacts;
using ValueFirst.Web.Tests.Content;
using ValueFirst.Web.Tests.Infrastructure;
using ValueFirst.Web.Tests.Reminders;

namespace ValueFirst.Web.Tests.Security;

/// <summary>
/// Two signed-in users on one app. A owns one of everything that can be addressed by id or token (a
/// contact with notes, a pending invitation, a logged give, a failed reminder, a feed token); B owns a
/// contact of their own. Every value of A's carries a marker (<see cref="Secret"/>) so a leak is
/// visible in any response body, and <see cref="FingerprintOfAAsync"/> shows any change to A's rows.
/// </summary>
// Public only because xUnit needs a public class fixture; its members are for IsolationTests.
public sealed class IsolationWorld : IAsyncLifetime
{
    public const string Secret = "ALICE-SECRET";

    public TestApp App { get; } = null!;

    internal RecordingJobClient Jobs { get; } = new();

    public HttpClient ClientA { get; private set; } = null!;

    public HttpClient ClientB { get; private set; } = null!;

    public string UserA { get; private set; } = "";

    public string UserB { get; private set; } = "";

    public string EmailA => "alice@example.com";

    public int ContactOfA { get; private set; }

    /// <summary>A's one give on <see cref="ContactOfA"/>.</summary>
    public long InteractionOfA { get; private set; }

    public int PendingOfA { get; private set; }

    /// <summary>A target of A's, for the warm-up.</summary>
    public int TargetOfA { get; private set; }

    public int ContactOfB { get; private set; }

    public long FailedReminderOfA { get; private set; }

    public string FeedTokenOfA { get; private set; } = "";

    public string FeedTokenOfB { get; private set; } = "";

    /// <summary>A's dated draft (title and body carry <see cref="Secret"/>), in the content folder's root, which A as first account keeps.</summary>
    public string DraftOfA => "articles/alice-plan.md";

    /// <summary>B's own draft, relative to B's folder.</summary>
    public string DraftOfB => "articles/bob-own.md";

    /// <summary>B's drafts folder, relative to the content folder (users/&lt;random name&gt;).</summary>
    public string FolderOfB { get; private set; } = "";

    public long SessionOfA { get; private set; }

    public IReadOnlyList<long> SessionItemsOfA { get; private set; } = [];

    /// <summary>A's contact from an imported export, with <see cref="MessageOfA"/> from <see cref="ImportOfA"/>.</summary>
    public int ImportedOfA { get; private set; }

    public long MessageOfA { get; private set; }

    public long ImportOfA { get; private set; }

    public IsolationWorld() =>
        App = new TestApp(services: services => services.AddSingleton<IBackgroundJobClient>(Jobs));

    public async Task InitializeAsync()
    {
        ContentFiles.Write(App.ContentFolder, "shared.md", ContentFiles.Draft("title: Shared draft"));
        var next = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        ContentFiles.Write(App.ContentFolder, DraftOfA, ContentFiles.Draft($"title: {Secret} plan", "status: ready", $"date: {next}", "tags: [alicetag]") + $"{Secret} body\n");
        ClientA = await AccountSession.RegisterAndSignInAsync(App, EmailA);
        ClientB = await AccountSession.RegisterAndSignInAsync(App, "bob@example.com");
        UserA = await ContactsTestUsers.UserIdAsync(App, EmailA);
        UserB = await ContactsTestUsers.UserIdAsync(App, "bob@example.com");
        var folderOfB = await ContentFiles.FolderOfAsync(App, UserB);
        FolderOfB = Path.GetRelativePath(App.ContentFolder, folderOfB).Replace(Path.DirectorySeparatorChar, '/');
        ContentFiles.Write(folderOfB, DraftOfB, ContentFiles.Draft("title: Bob own draft", "status: ready", $"date: {next}"));
        await App.Services.GetRequiredService<ContentLibrary>().ReloadAsync(UserB);

        ContactOfA = await CreateContactAsync(UserA, new ContactForm
        {
            Name = $"{Secret} Client",
            Company = $"{Secret} Corp",
            Notes = $"{Secret} private note",
            Tags = "alicetag",
            FollowUpOn = new DateOnly(2026, 12, 31),
        });
        PendingOfA = await CreateContactAsync(UserA, new ContactForm { Name = $"{Secret} Invitation", State = ConnectionState.Pending });
        TargetOfA = await CreateContactAsync(UserA, new ContactForm { Name = $"{Secret} Target", State = ConnectionState.Target, Company = $"{Secret} Corp" });
        ContactOfB = await CreateContactAsync(UserB, new ContactForm { Name = "Bob Own Contact", Company = "Bob Co" });

        using var scope = App.Services.CreateScope();
        var log = scope.ServiceProvider.GetRequiredService<InteractionRecorder>();
        var logged = await log.RecordAsync(UserA, new NewInteraction(ContactOfA, InteractionDirection.Give, InteractionType.SharedTheirPost, Note: $"{Secret} ledger note"));
        Assert.True(logged.Recorded, logged.Message);
        InteractionOfA = logged.InteractionId!.Value;
        // Months of gives with nothing back: A's review lists the contact.
        await App.WithDbAsync(async db =>
        {
            foreach (var monthsAgo in new[] { 7, 6, 5, 4 })
            {
                db.Add(new Interaction
                {
                    OwnerId = UserA,
                    ContactId = ContactOfA,
                    OccurredUtc = DateTime.UtcNow.AddMonths(-monthsAgo),
                    Direction = InteractionDirection.Give,
                    Type = InteractionType.Endorsed,
                    Channel = InteractionChannel.LinkedIn,
                });
            }

            return await db.SaveChangesAsync();
        });

        FailedReminderOfA = await App.WithDbAsync(async db =>
        {
            var record = new ReminderRecord
            {
                UserId = UserA,
                IsoYear = 2026,
                IsoWeek = 13,
                SlotStartUtc = new DateTime(2026, 3, 24, 13, 0, 0, DateTimeKind.Utc),
                CreatedUtc = new DateTime(2026, 3, 24, 12, 0, 0, DateTimeKind.Utc),
                Message = new OutboxMessage
                {
                    Purpose = MailPurpose.Reminder,
                    UserId = UserA,
                    Recipient = "alice@example.com",
                    Subject = "Your connecting hour",
                    MessageId = "<alice@valuefirst.test>",
                    Mime = [],
                    State = DeliveryState.Failed,
                    Attempts = 10,
                    LastError = "mail server down",
                    CreatedUtc = new DateTime(2026, 3, 24, 12, 0, 0, DateTimeKind.Utc),
                },
            };
            db.Add(record);
            await db.SaveChangesAsync();
            return record.Id;
        });

        var export = new LinkedInExportBuilder
        {
            Connections = new ConnectionsExportBuilder().WithPerson(Secret, "Imported", "https://www.linkedin.com/in/alice-imported", "imported@alice.example", "Alice Co"),
            Messages = new MessagesExportBuilder().Message("c-secret", $"{Secret} Imported", "https://www.linkedin.com/in/alice-imported", true, DateTime.UtcNow.AddDays(-3), $"{Secret} message"),
            Shares = new SharesExportBuilder().Post(DateTime.UtcNow.AddDays(-100), 424242, $"{Secret} post"),
        };
        var imported = await App.AsUserAsync(UserA, sp => sp.GetRequiredService<ExportImporter>().ImportAsync(UserA, new MemoryStream(export.BuildZip())));
        Assert.True(imported.Succeeded, imported.Error);
        ImportOfA = imported.Import!.Id;
        (ImportedOfA, MessageOfA) = await App.WithDbAsync(async db =>
        {
            var message = await db.Set<ConversationMessage>().AsNoTracking().SingleAsync(m => m.OwnerId == UserA);
            return (message.ContactId, message.Id);
        });

        FeedTokenOfA = (await scope.ServiceProvider.GetRequiredService<ContentSettingsService>().GetAsync(UserA)).FeedToken;
        FeedTokenOfB = (await scope.ServiceProvider.GetRequiredService<ContentSettingsService>().GetAsync(UserB)).FeedToken;
        var (session, _) = await scope.ServiceProvider.GetRequiredService<SessionPlanner>().BuildAsync(UserA);
        SessionOfA = session.Id;
        SessionItemsOfA = session.Items.Select(i => i.Id).ToList();
        Assert.NotEmpty(SessionItemsOfA);
        BaselineOfA = await FingerprintOfAAsync();
    }

    /// <summary>A's rows right after set-up; every test ends by comparing with it.</summary>
    public IReadOnlyList<string> BaselineOfA { get; private set; } = [];

    public Task<int> CreateContactAsync(string owner, ContactForm form) =>
        App.AsUserAsync(owner, async sp =>
        {
            var saved = await sp.GetRequiredService<ContactBook>().CreateAsync(owner, form);
            Assert.True(saved.Succeeded, saved.Error);
            return saved.Id!.Value;
        });

    /// <summary>Everything stored for A, as text: equal before and after means B changed nothing of A's.</summary>
    public Task<List<string>> FingerprintOfAAsync() => App.WithDbAsync(async db =>
    {
        var rows = new List<string>();
        rows.AddRange((await db.Set<Contact>().AsNoTracking().Where(c => c.OwnerId == UserA).OrderBy(c => c.Id).ToListAsync())
            .Select(c => $"contact {c.Id} {c.Name} {c.Company} {c.Notes} {c.Tags} {c.State} {c.FollowUpOn} {c.LastInteractionUtc:O} {c.VettingDecision} {c.IntroducedByContactId} {c.UpdatedUtc:O}"
                + $" {c.FollowedOn} {c.IntroductionAskedOn} {c.IntroductionAskedOfContactId} {c.WelcomedOn} {c.AnswersAskedOn} {c.ChannelInvitedOn}"
                + $" {c.ReviewedOn} {c.ReviewDecision} {c.ReviewNote} {c.WantsToMeet}"));
        rows.AddRange((await db.Set<RelationshipSettings>().AsNoTracking().Where(s => s.UserId == UserA).ToListAsync())
            .Select(s => $"path {s.LastReviewOn} {s.TouchesBeforeInvite} {s.ProspectGoal}"));
        rows.AddRange((await db.Set<Interaction>().AsNoTracking().Where(i => i.OwnerId == UserA).OrderBy(i => i.Id).ToListAsync())
            .Select(i => $"interaction {i.Id} {i.ContactId} {i.Type} {i.Note} {i.OccurredUtc:O}"));
        rows.AddRange((await db.Set<ReminderRecord>().AsNoTracking().Include(r => r.Message).Where(r => r.UserId == UserA).OrderBy(r => r.Id).ToListAsync())
            .Select(r => $"reminder {r.Id} {r.Message!.State} {r.Message.Attempts} {r.Message.NextAttemptUtc:O} {r.Message.Subject}"));
        rows.AddRange((await db.Set<ContentSettings>().AsNoTracking().Where(s => s.UserId == UserA).ToListAsync())
            .Select(s => $"content {s.FeedToken} {s.PreferredWeekday} {s.FolderName}"));
        // A's drafts on disk (the content folder's root, less the users' folders), byte for byte.
        rows.AddRange(Directory.GetFiles(App.ContentFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(App.ContentFolder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.StartsWith(ContentOptions.UsersFolder + "/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => $"file {f} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(App.ContentFolder, f))))}"));
        rows.AddRange((await db.Set<WeeklySession>().AsNoTracking().Include(x => x.Items).Where(x => x.OwnerId == UserA).ToListAsync())
            .SelectMany(x => x.Items.OrderBy(i => i.Id).Select(i => $"item {i.Id} {i.DoneUtc:O} {i.Note} {i.InteractionId}")
                .Prepend($"session {x.Id} {x.ElapsedSeconds} {x.RunningSinceUtc:O}")));
        rows.AddRange((await db.Set<SessionItemLog>().AsNoTracking().Where(l => l.OwnerId == UserA).OrderBy(l => l.Id).ToListAsync())
            .Select(l => $"item-log {l.Id} {l.SessionItemId} {l.Done}"));
        rows.AddRange((await db.Set<ConversationMessage>().AsNoTracking().Where(m => m.OwnerId == UserA).OrderBy(m => m.Id).ToListAsync())
            .Select(m => $"message {m.Id} {m.ContactId} {m.InteractionId} {m.Content}"));
        rows.AddRange((await db.Set<ContactImport>().AsNoTracking().Where(i => i.OwnerId == UserA).OrderBy(i => i.Id).ToListAsync())
            .Select(i => $"import {i.Id} {i.Messages} {i.MessagesDeletedUtc:O}"));
        rows.AddRange((await db.Set<MergedIdentity>().AsNoTracking().Where(i => i.OwnerId == UserA).OrderBy(i => i.Id).ToListAsync())
            .Select(i => $"merged {i.Id} {i.SurvivorId} {i.Key}"));
        rows.AddRange((await db.Set<ImportedPost>().AsNoTracking().Where(p => p.OwnerId == UserA).OrderBy(p => p.Id).ToListAsync())
            .Select(p => $"post {p.Id} {p.ShareUrl} {p.Commentary}"));
        rows.AddRange((await db.Set<SuggestionPause>().AsNoTracking().Where(p => p.OwnerId == UserA).OrderBy(p => p.ContactId).ToListAsync())
            .Select(p => $"pause {p.ContactId} {p.PausedUntil}"));
        rows.AddRange((await db.Set<EmailActionUse>().AsNoTracking().Where(u => u.UserId == UserA).OrderBy(u => u.Id).ToListAsync())
            .Select(u => $"email-action {u.Id} {u.ContactId} {u.Action} {u.InteractionId}"));
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == UserA);
        rows.Add($"user {user.Email} {user.EmailConfirmed} {user.PasswordHash} {user.SecurityStamp}");
        return rows;
    });

    public async Task<bool> PasswordOfAStillWorksAsync()
    {
        using var scope = App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(UserA);
        return await users.CheckPasswordAsync(user!, AccountSession.Password);
    }

    public Task DisposeAsync()
    {
        App.Dispose();
        return Task.CompletedTask;
    }
}
