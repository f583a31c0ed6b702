using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Sessions;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Content;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Features.Sessions;
using ValueFirst.Web.Infrastructure;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Database;

/// <summary>
/// What must hold on every database provider. Each provider's test class runs these cases against
/// its own fixture (<see cref="SqliteDatabaseTests"/>, <see cref="PostgresDatabaseTests"/>).
/// </summary>
public abstract class DatabaseProviderCases(TestDatabaseFixture databases)
{
    protected async Task Migrations_create_the_whole_schema_on_an_empty_database_case()
    {
        var database = await databases.CreateDatabaseAsync();
        using var app = database.StartApp();

        var (provider, all, applied, modelChanged) = await app.WithDbAsync(async db => (
            db.Database.ProviderName,
            db.Database.GetMigrations().ToList(),
            (await db.Database.GetAppliedMigrationsAsync()).ToList(),
            db.Database.HasPendingModelChanges()));
        var health = await app.CreateClient().GetAsync("/health");

        Assert.Contains(databases.Provider == DatabaseProvider.Postgres ? "Npgsql" : "Sqlite", provider);
        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
        Assert.False(modelChanged, "The model changed since this provider's migrations: run scripts/add-migration.sh <Name>");
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
    }

    protected async Task Restarting_on_a_database_with_data_keeps_users_contacts_and_interactions_case()
    {
        var database = await databases.CreateDatabaseAsync();
        var occurred = new DateTime(2026, 4, 2, 16, 45, 0, DateTimeKind.Utc);
        using (var first = database.StartApp())
        {
            await AccountSession.RegisterAndSignInAsync(first, "keeper@example.com");
            await first.WithDbAsync(async db =>
            {
                var owner = await db.Users.SingleAsync(u => u.Email == "keeper@example.com");
                var contacts = Enumerable.Range(0, 3).Select(_ => NetworkBuilder.Contact(owner.Id)).ToList();
                db.AddRange(contacts.Select(c => NetworkBuilder.Give(c, occurred)));
                return await db.SaveChangesAsync();
            });
        }

        using var second = database.StartApp();
        var (contactCount, interactions, pending) = await second.WithDbAsync(async db =>
        {
            var ownerId = await db.Users.Where(u => u.Email == "keeper@example.com").Select(u => u.Id).SingleAsync();
            return (
                await db.Set<Contact>().CountAsync(c => c.OwnerId == ownerId),
                await db.Set<Interaction>().Where(i => i.OwnerId == ownerId).Select(i => i.OccurredUtc).ToListAsync(),
                (await db.Database.GetPendingMigrationsAsync()).ToList());
        });
        var login = await AccountSession.SignInAsync(second.CreateBrowserLikeClient(), "keeper@example.com");

        Assert.Equal(3, contactCount);
        Assert.Equal([occurred, occurred, occurred], interactions);
        Assert.Empty(pending);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    protected async Task Contacts_and_interactions_round_trip_and_stay_with_their_owner_case()
    {
        var database = await databases.CreateDatabaseAsync();
        using var app = database.StartApp();
        var mine = NetworkBuilder.User("mine@example.com");
        var theirs = NetworkBuilder.User("theirs@example.com");
        var myContact = NetworkBuilder.Contact(mine.Id);
        // A time read back from SQLite has Kind=Unspecified; it must be stored as the UTC time it is.
        var unspecified = new DateTime(2026, 5, 6, 7, 8, 9, DateTimeKind.Unspecified);
        await app.WithDbAsync(async db =>
        {
            db.Users.AddRange(mine, theirs);
            var theirContact = NetworkBuilder.Contact(theirs.Id);
            db.AddRange(
                NetworkBuilder.Give(myContact, new DateTime(2026, 5, 1, 12, 0, 0, DateTimeKind.Utc)),
                NetworkBuilder.Give(myContact, unspecified),
                NetworkBuilder.Give(theirContact, new DateTime(2026, 5, 2, 12, 0, 0, DateTimeKind.Utc)));
            return await db.SaveChangesAsync();
        });

        var contacts = await app.WithDbAsync(db => db.Set<Contact>().Where(c => c.OwnerId == mine.Id).ToListAsync());
        var interactions = await app.WithDbAsync(db => db.Set<Interaction>()
            .Where(i => i.OwnerId == mine.Id && i.OccurredUtc >= new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc))
            .OrderBy(i => i.OccurredUtc)
            .ToListAsync());

        var contact = Assert.Single(contacts);
        Assert.Equal((myContact.Name, myContact.ProfileUrl, myContact.ConnectedOn, myContact.Role), (contact.Name, contact.ProfileUrl, contact.ConnectedOn, contact.Role));
        Assert.Equal(myContact.CreatedUtc, contact.CreatedUtc);
        Assert.All(interactions, i => Assert.Equal(contact.Id, i.ContactId));
        Assert.Equal([new DateTime(2026, 5, 1, 12, 0, 0, DateTimeKind.Utc), unspecified], interactions.Select(i => i.OccurredUtc));
    }

    protected async Task A_sign_in_cookie_from_one_server_is_accepted_by_another_case()
    {
        var database = await databases.CreateDatabaseAsync();
        using var first = database.StartApp();
        using var second = database.StartApp();
        var cookies = new System.Net.CookieContainer();
        var onFirst = first.CreateDefaultClient(new CookieContainerHandler(cookies));
        var onSecond = second.CreateDefaultClient(new CookieContainerHandler(cookies));

        var anonymous = await onSecond.GetAsync("/");
        await AccountSession.PostFormAsync(onFirst, "/Account/Register", "register", new()
        {
            ["Input.Email"] = "roaming@example.com",
            ["Input.Password"] = AccountSession.Password,
            ["Input.ConfirmPassword"] = AccountSession.Password,
        });
        await AccountSession.SignInAsync(onFirst, "roaming@example.com");
        var signedIn = await onSecond.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    protected async Task A_double_tick_of_one_give_records_one_give_case()
    {
        var database = await databases.CreateDatabaseAsync();
        using var app = database.StartApp();
        var owner = NetworkBuilder.User("ticker@example.com");
        var contact = NetworkBuilder.Contact(owner.Id);
        var item = new SessionItem
        {
            Section = SessionSection.GiveValue,
            Title = contact.Name,
            Suggestion = "Share their latest post",
            EstimateMinutes = 5,
            Fitted = true,
            Interaction = InteractionType.SharedTheirPost,
        };
        await app.WithDbAsync(async db =>
        {
            db.Users.Add(owner);
            db.Add(contact);
            await db.SaveChangesAsync();
            item.ContactId = contact.Id;
            db.Add(new WeeklySession { OwnerId = owner.Id, IsoYear = 2026, IsoWeek = 14, DurationMinutes = 60, Items = [item] });
            return await db.SaveChangesAsync();
        });

        // Four tabs tick the same item at once: each tick is one transaction, and the claim lets one of them through.
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            using var scope = app.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<SessionChecklist>().TickAsync(owner.Id, item.Id, done: true);
        })));

        Assert.All(results, r => Assert.Equal(TickOutcome.Done, r.Outcome));
        var (gives, logs, totals, stored) = await app.WithDbAsync(async db => (
            await db.Set<Interaction>().CountAsync(i => i.ContactId == contact.Id),
            await db.Set<SessionItemLog>().CountAsync(l => l.SessionItemId == item.Id),
            await db.Set<LedgerTotals>().AsNoTracking().SingleAsync(t => t.ContactId == contact.Id),
            await db.Set<SessionItem>().AsNoTracking().SingleAsync(i => i.Id == item.Id)));
        Assert.Equal((1, 1, 1), (gives, logs, totals.Gives));
        Assert.NotNull(stored.InteractionId);
    }

    protected async Task Simultaneous_first_interactions_on_one_contact_are_all_counted_case()
    {
        var database = await databases.CreateDatabaseAsync();
        using var app = database.StartApp();
        var owner = NetworkBuilder.User("busy@example.com");
        var contact = NetworkBuilder.Contact(owner.Id);
        await app.WithDbAsync(async db =>
        {
            db.Users.Add(owner);
            db.Add(contact);
            return await db.SaveChangesAsync();
        });

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            using var scope = app.Services.CreateScope();
            var request = new NewInteraction(contact.Id, InteractionDirection.Give, InteractionType.SharedTheirPost, Note: $"give {i}");
            return await scope.ServiceProvider.GetRequiredService<InteractionRecorder>().RecordAsync(owner.Id, request);
        })));

        Assert.All(results, r => Assert.Equal(RecordOutcome.Recorded, r.Outcome));
        var (totals, last) = await app.WithDbAsync(async db => (
            await db.Set<LedgerTotals>().AsNoTracking().SingleAsync(t => t.ContactId == contact.Id),
            await db.Set<Contact>().Where(c => c.Id == contact.Id).Select(c => c.LastInteractionUtc).SingleAsync()));
        Assert.Equal((4, 4), (totals.Gives, totals.GivesSinceLastAsk));
        Assert.NotNull(last);
    }

    protected async Task Upgrading_from_the_first_schema_keeps_the_slots_zone_and_counts_the_ledger_again_case()
    {
        var database = await databases.CreateDatabaseAsync();
        var owner = NetworkBuilder.User("upgrader@example.com");
        var contact = NetworkBuilder.Contact(owner.Id);
        var given = new DateTime(2026, 3, 20, 10, 0, 0, DateTimeKind.Utc);
        using (var current = database.StartApp())
        {
            await current.WithDbAsync(async db =>
            {
                db.Users.Add(owner);
                db.AddRange(NetworkBuilder.Give(contact, given), NetworkBuilder.Give(contact, given.AddDays(-7)));
                db.Add(new WeeklySlot { UserId = owner.Id, Day = DayOfWeek.Thursday, StartTime = new TimeOnly(8, 30) });
                db.Add(new UserSettings { UserId = owner.Id, TimeZoneId = "Asia/Tokyo" });
                await db.SaveChangesAsync();
                // Back to the first schema, as an install from before the zone moved: the slot holds the zone, no settings row.
                await db.GetService<IMigrator>().MigrateAsync("Initial");
                await db.Database.ExecuteSqlRawAsync("DELETE FROM \"UserSettings\"");
                return await db.Database.ExecuteSqlRawAsync("UPDATE \"WeeklySlot\" SET \"TimeZoneId\" = 'Asia/Tokyo'");
            });
        }

        using var upgraded = database.StartApp();
        var (zone, totals, last, slot) = await upgraded.WithDbAsync(async db => (
            await db.Set<UserSettings>().Where(u => u.UserId == owner.Id).Select(u => u.TimeZoneId).SingleAsync(),
            await db.Set<LedgerTotals>().AsNoTracking().SingleAsync(t => t.ContactId == contact.Id),
            await db.Set<Contact>().Where(c => c.Id == contact.Id).Select(c => c.LastInteractionUtc).SingleAsync(),
            await WeeklySlotStore.FindAsync(db, owner.Id, CancellationToken.None)));
        Assert.Equal("Asia/Tokyo", zone);
        Assert.Equal("30 8 * * 4", slot!.Schedule.Cron);
        Assert.Equal(2, totals.Gives);
        Assert.Equal(given, DateTime.SpecifyKind(last!.Value, DateTimeKind.Utc));
    }

    protected async Task Upgrading_gives_the_root_drafts_to_the_only_account_and_one_administrator_at_most_case()
    {
        var database = await databases.CreateDatabaseAsync();
        var only = NetworkBuilder.User("single@example.com");
        using (var current = database.StartApp())
        {
            await current.WithDbAsync(async db =>
            {
                db.Users.Add(only);
                db.Add(new ContentSettings { UserId = only.Id, FeedToken = "feed-token-from-before-the-upgrade-0123456789" });
                await db.SaveChangesAsync();
                // Back to the schema before drafts folders: the settings row has no folder yet.
                await db.GetService<IMigrator>().MigrateAsync("ScheduleOwnsTimeZoneAndLedgerTotals");
                return 0;
            });
        }

        using var upgraded = database.StartApp();
        Web.Tests.Content.ContentFiles.Write(upgraded.ContentFolder, "kept.md", Web.Tests.Content.ContentFiles.Draft("title: Kept through the upgrade"));
        var library = upgraded.Services.GetRequiredService<ContentLibrary>();

        Assert.Equal(UserFolderKind.ContentRoot, (await library.FolderAsync(only.Id)).Kind);
        Assert.Equal(["kept.md"], (await library.ItemsAsync(only.Id)).Select(i => i.Path));
        Assert.Equal("feed-token-from-before-the-upgrade-0123456789",
            await upgraded.WithDbAsync(db => db.Set<ContentSettings>().Where(s => s.UserId == only.Id).Select(s => s.FeedToken).SingleAsync()));

        // Two administrators asking at the same moment on a fresh install: the unique index gives the root to one.
        var fresh = await databases.CreateDatabaseAsync();
        using var app = fresh.StartApp();
        var admins = new[] { NetworkBuilder.User("admin1@example.com"), NetworkBuilder.User("admin2@example.com") };
        await app.WithDbAsync(async db =>
        {
            var role = new Microsoft.AspNetCore.Identity.IdentityRole(FirstUserAdmin.Role) { NormalizedName = FirstUserAdmin.Role.ToUpperInvariant() };
            db.Roles.Add(role);
            db.Users.AddRange(admins);
            db.UserRoles.AddRange(admins.Select(a => new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = a.Id, RoleId = role.Id }));
            return await db.SaveChangesAsync();
        });

        var kinds = await Task.WhenAll(admins.Select(async a =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<UserFolders>().ResolveAsync(a.Id)).Kind;
        }));

        Assert.Equal([UserFolderKind.Own, UserFolderKind.ContentRoot], kinds.Order());
    }
}
