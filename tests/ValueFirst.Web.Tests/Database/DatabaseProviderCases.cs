using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Core.Mail;
using ValueFirst.Core.Relationships;
using ValueFirst.Core.Sessions;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Content;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Features.Relationships;
using ValueFirst.Web.Features.Reminders;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Web.Features.Sessions;
using ValueFirst.Web.Infrastructure;
using ValueFirst.Web.Tests.Contacts;
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

    // The import's prepared INSERT must store what SaveChanges stores, column by column, and the contact gets its
    // ledger row as it would through SaveChanges.
    protected async Task A_contact_inserted_in_bulk_reads_back_as_one_saved_by_EF_Core_case()
    {
        var database = await databases.CreateDatabaseAsync();
        using var app = database.StartApp();
        var owner = NetworkBuilder.User("bulk@example.com");
        var saved = FilledContact(owner.Id, "https://www.linkedin.com/in/saved");
        var bulk = FilledContact(owner.Id, "https://www.linkedin.com/in/bulk");
        await app.WithDbAsync(async db =>
        {
            db.Users.Add(owner);
            db.Add(saved);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await PreparedInsert.InsertAsync(db, [bulk], CancellationToken.None);
            foreach (var listener in app.Services.CreateScope().ServiceProvider.GetServices<IContactsAddedListener>())
            {
                await listener.ContactsAddedAsync(db, [bulk.Id], CancellationToken.None);
            }

            await transaction.CommitAsync();
            return 0;
        });

        var (read, totals) = await app.WithDbAsync(async db => (
            await db.Set<Contact>().AsNoTracking().Where(c => c.Id == saved.Id || c.Id == bulk.Id).ToDictionaryAsync(c => c.Id),
            await db.Set<LedgerTotals>().AsNoTracking().Where(t => t.ContactId == saved.Id || t.ContactId == bulk.Id).ToDictionaryAsync(t => t.ContactId)));

        Assert.NotEqual(saved.Id, bulk.Id);
        foreach (var property in typeof(Contact).GetProperties().Where(p => p.Name is not (nameof(Contact.Id) or nameof(Contact.ProfileUrl))))
        {
            Assert.True(Equals(property.GetValue(read[saved.Id]), property.GetValue(read[bulk.Id])), $"{property.Name} differs");
        }

        Assert.Equal("https://www.linkedin.com/in/bulk", read[bulk.Id].ProfileUrl);
        Assert.Equal(totals[saved.Id].AskOpensOn, totals[bulk.Id].AskOpensOn);
        Assert.Equal(totals[saved.Id].GiveDueOn, totals[bulk.Id].GiveDueOn);
        Assert.Equal(totals[saved.Id].ConnectedOn, totals[bulk.Id].ConnectedOn);
        Assert.Equal(totals[saved.Id].FirstGive, totals[bulk.Id].FirstGive);
    }

    // Every column holds a value other than its type's default, so a column left out or converted wrongly shows.
    private static Contact FilledContact(string ownerId, string url) => new()
    {
        OwnerId = ownerId,
        Name = "Ana Ortiz",
        Headline = "Founder at Ortiz Labs",
        Position = "Founder",
        Company = "Ortiz Labs",
        ProfileUrl = url,
        Email = "ana@example.com",
        Location = "Lisbon",
        Tags = "saas;founders",
        Notes = "Met at the meetup",
        ConnectedOn = new DateOnly(2025, 11, 3),
        RoleChangedOn = new DateOnly(2026, 1, 5),
        State = ConnectionState.Connected,
        InvitedOn = new DateOnly(2025, 10, 30),
        InvitationMessage = "Hello",
        LastMessageUtc = new DateTime(2026, 2, 1, 8, 30, 15, 123, DateTimeKind.Utc),
        LastMessageFromContact = true,
        LastSeenInExportUtc = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc),
        Strength = 4,
        Origin = RelationshipOrigin.FormerColleague,
        OriginGroup = "SaaS founders",
        Role = PipelineRole.Prospect,
        FollowUpOn = new DateOnly(2026, 3, 9),
        GiveCadenceDays = 21,
        FitScore = 77,
        ConnectionCount = 501,
        VettingSignals = VettingSignals.NoPhoto,
        VettingRecommendation = VettingOutcome.Hold,
        VettingDecision = VettingOutcome.Accept,
        VettingOverrideReason = "Known in person",
        VettedUtc = new DateTime(2025, 11, 4, 10, 0, 0, DateTimeKind.Utc),
        HandEdited = ContactFields.Company | ContactFields.Email,
        LastInteractionUtc = new DateTime(2026, 2, 2, 12, 0, 0, DateTimeKind.Utc),
        WantsToMeet = "CFOs",
        NetworksAt = "SaaStr",
        IdealClientsAndReferralSources = "Series A founders",
        FollowedOn = new DateOnly(2025, 10, 1),
        IntroductionAskedOn = new DateOnly(2026, 2, 10),
        WelcomedOn = new DateOnly(2025, 11, 5),
        AnswersAskedOn = new DateOnly(2025, 11, 6),
        ChannelInvitedOn = new DateOnly(2025, 12, 1),
        ReviewedOn = new DateOnly(2026, 2, 20),
        ReviewDecision = ValueFirst.Core.Relationships.ReviewDecision.ChangeApproach,
        ReviewNote = "Try events",
        CreatedUtc = new DateTime(2025, 11, 3, 7, 0, 0, DateTimeKind.Utc),
        UpdatedUtc = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc),
    };

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

    protected async Task A_whole_export_imports_twice_merges_and_is_read_back_case()
    {
        var database = await databases.CreateDatabaseAsync();
        using var app = database.StartApp();
        var user = await ContactsTestUsers.CreateUserAsync(app, "export@example.com");
        var zip = Imports.ExportWorld.Full().BuildZip();

        var first = await app.ImportAsync(user, zip);
        var second = await app.ImportAsync(user, zip);
        var ana = await Imports.ExportWorld.ContactAsync(app, user, Imports.ExportWorld.AnaUrl);
        var bo = await Imports.ExportWorld.ContactAsync(app, user, Imports.ExportWorld.BoUrl);
        var message = (await Imports.ExportWorld.MessagesAsync(app, user)).First(m => m.ContactId == ana.Id);
        var boGive = await app.AsUserAsync(user, sp => sp.GetRequiredService<InteractionRecorder>().RecordAsync(
            user, new NewInteraction(bo.Id, InteractionDirection.Give, InteractionType.Congratulated)));
        var (recorded, merged, list, history, conversations, plan, deleted) = await app.AsUserAsync(user, async sp => (
            await sp.GetRequiredService<MessageRecorder>().RecordAsync(user, ana.Id, message.Id, InteractionDirection.Give),
            await sp.GetRequiredService<ContactMerger>().MergeAsync(user, ana.Id, bo.Id, MergeFields.Position, keepBothNotes: true),
            await sp.GetRequiredService<ContactBook>().ListAsync(user, new ContactFilter(Sort: ContactSort.LastInteraction)),
            await sp.GetRequiredService<ImportHistory>().ListAsync(user),
            await sp.GetRequiredService<ConversationArchive>().GetAsync(user, ana.Id),
            await sp.GetRequiredService<Web.Features.Content.ContentCalendar>().HistoryAsync(user, 4),
            await sp.GetRequiredService<ImportHistory>().DeleteMessagesAsync(user, first.Import!.Id)));
        var third = await app.ImportAsync(user, zip);

        Assert.True(first.Succeeded && second.Succeeded && third.Succeeded, first.Error ?? second.Error ?? third.Error);
        Assert.Equal((8, 0, 0), (first.Added, second.Added, third.Added));
        Assert.True(recorded.Recorded, recorded.Message);
        Assert.True(merged.Succeeded, merged.Error);
        Assert.True(boGive.Recorded, boGive.Message);
        // The merge moved Bo's give to Ana: her totals count both gives, and Bo's row went with him.
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<LedgerTotals>().Where(t => t.ContactId == ana.Id).Select(t => t.Gives).SingleAsync()));
        Assert.False(await app.WithDbAsync(db => db.Set<LedgerTotals>().AnyAsync(t => t.ContactId == bo.Id)));
        Assert.Equal(ana.Id, list.Rows[0].Id);
        Assert.Equal([second.Import!.Id, first.Import!.Id], history.Select(h => h.Id));
        Assert.Equal(3, conversations.MessageCount);
        Assert.Contains(plan.Months.SelectMany(m => m.Items), i => i.Item.Title.StartsWith("What I learned", StringComparison.Ordinal));
        Assert.Equal(3, deleted);
        Assert.Equal(3, (await Imports.ExportWorld.MessagesAsync(app, user)).Count);
        Assert.DoesNotContain(await app.ContactsOfAsync(user), c => c.Id == bo.Id || c.ProfileUrl == Imports.ExportWorld.BoUrl);
    }

    protected async Task A_sign_in_cookie_from_one_server_is_accepted_by_another_case()
    {
        var database = await databases.CreateDatabaseAsync();
        using var first = database.StartApp();
        using var second = database.StartApp();
        var cookies = new System.Net.CookieContainer();
        var onFirst = first.CreateDefaultClient(new CookieContainerHandler(cookies));
        var onSecond = second.CreateDefaultClient(new CookieContainerHandler(cookies));

        var anonymous = await onSecond.GetAsync("/contacts");
        await AccountSession.PostFormAsync(onFirst, "/Account/Register", "register", new()
        {
            ["Input.Email"] = "roaming@example.com",
            ["Input.Password"] = AccountSession.Password,
            ["Input.ConfirmPassword"] = AccountSession.Password,
        });
        await AccountSession.SignInAsync(onFirst, "roaming@example.com");
        var signedIn = await onSecond.GetAsync("/contacts");

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

    protected Task Two_confirmations_of_one_reminder_link_at_once_log_one_give_and_no_error_case() =>
        ConfirmTwiceAtOnceAsync(issue =>
        {
            var link = issue();
            return (link, link);
        });

    // The same week's reminder sent twice: each copy has a link of its own for the one give.
    protected Task Two_copies_of_a_weeks_reminder_confirmed_at_once_log_one_give_and_no_error_case() =>
        ConfirmTwiceAtOnceAsync(issue => (issue(), issue()));

    /// <param name="links">The two links to confirm at once, given a way to issue a new link for the week's give.</param>
    private async Task ConfirmTwiceAtOnceAsync(Func<Func<string>, (string First, string Second)> links)
    {
        var database = await databases.CreateDatabaseAsync();
        // Both requests read "not used yet" together, so both go on to claim the link: the database alone decides.
        var rendezvous = new CommandRendezvous(command =>
            command.CommandText.Contains("FROM \"EmailActionUse\"", StringComparison.Ordinal) ? "used?" : null);
        var logs = new LogCollector();
        using var app = database.StartApp(services: services =>
        {
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(rendezvous);
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs);
        });
        var owner = NetworkBuilder.User("linker@example.com");
        var contact = NetworkBuilder.Contact(owner.Id);
        await app.WithDbAsync(async db =>
        {
            db.Users.Add(owner);
            db.Add(contact);
            return await db.SaveChangesAsync();
        });
        var tokens = app.Services.GetRequiredService<EmailActionTokens>();
        var (first, second) = links(() => tokens.Issue(
            new EmailActionTicket(Guid.NewGuid(), owner.Id, contact.Id, 2026, 14, EmailAction.Done, InteractionType.SharedTheirPost)));

        var logsBefore = logs.Entries.Count;

        var outcomes = await Task.WhenAll(new[] { first, second }.Select(token => Task.Run(async () =>
        {
            using var scope = app.Services.CreateScope();
            return (await scope.ServiceProvider.GetRequiredService<EmailActions>().PerformAsync(token, EmailAction.Done)).Outcome;
        })));

        Assert.Equal(["used?"], rendezvous.Met);
        Assert.Equal([EmailActionOutcome.Done, EmailActionOutcome.AlreadyDone], outcomes.Order());
        var (gives, uses, totals) = await app.WithDbAsync(async db => (
            await db.Set<Interaction>().CountAsync(i => i.ContactId == contact.Id),
            await db.Set<EmailActionUse>().CountAsync(u => u.ContactId == contact.Id),
            await db.Set<LedgerTotals>().AsNoTracking().SingleAsync(t => t.ContactId == contact.Id)));
        Assert.Equal((1, 1, 1), (gives, uses, totals.Gives));
        // The losing request met the expected conflict: not an error for anyone reading the logs.
        var errors = logs.Entries.Skip(logsBefore).Where(e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    protected async Task Upgrading_keeps_the_first_use_of_each_reminder_action_done_from_two_copies_case()
    {
        var database = await databases.CreateDatabaseAsync();
        var owner = NetworkBuilder.User("twice@example.com");
        var contact = NetworkBuilder.Contact(owner.Id);
        var at = new DateTime(2026, 11, 30, 8, 0, 0, DateTimeKind.Utc);
        Guid Use(ApplicationDbContext db, int week, EmailAction action, int minutes)
        {
            var use = new EmailActionUse { Id = Guid.NewGuid(), UserId = owner.Id, ContactId = contact.Id, Action = action, IsoYear = 2026, IsoWeek = week, UsedUtc = at.AddMinutes(minutes) };
            db.Add(use);
            return use.Id;
        }

        List<Guid> kept = [];
        using (var current = database.StartApp())
        {
            await current.WithDbAsync(async db =>
            {
                // The contact is saved first: saving one counts its ledger row, which the older schema cannot hold.
                db.Users.Add(owner);
                db.Add(contact);
                await db.SaveChangesAsync();
                // Back to the schema before one Done per contact and week, when each copy of a reminder could log its own.
                await db.GetService<IMigrator>().MigrateAsync("BalanceKeepsOwnerStateIndex");
                Use(db, 49, EmailAction.Done, minutes: 30);
                kept.Add(Use(db, 49, EmailAction.Done, minutes: 10));
                Use(db, 49, EmailAction.Done, minutes: 20);
                kept.Add(Use(db, 49, EmailAction.Snooze, minutes: 40));
                kept.Add(Use(db, 48, EmailAction.Done, minutes: 50));
                return await db.SaveChangesAsync();
            });
        }

        using var upgraded = database.StartApp();
        var uses = await upgraded.WithDbAsync(db => db.Set<EmailActionUse>().AsNoTracking().Select(u => u.Id).ToListAsync());

        Assert.Equal(kept.Order(), uses.Order());
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

    protected async Task The_ledgers_copies_follow_every_change_to_a_contact_from_any_writer_case()
    {
        var database = await databases.CreateDatabaseAsync();
        using var app = database.StartApp();
        var owner = NetworkBuilder.User("copies@example.com");
        var (ada, ben, cy) = (NetworkBuilder.Contact(owner.Id), NetworkBuilder.Contact(owner.Id), NetworkBuilder.Contact(owner.Id));
        (ada.Name, ben.Name, cy.Name) = ("Ada Alpha", "Ben Beta", "Cy Gamma");
        await app.WithDbAsync(async db =>
        {
            db.Users.Add(owner);
            db.AddRange(ada, ben, cy);
            return await db.SaveChangesAsync();
        });

        await app.WithDbAsync(async db =>
        {
            // An edit through EF Core, a bulk update as the profile's rescoring writes it, and a raw UPDATE.
            var tracked = await db.Set<Contact>().SingleAsync(c => c.Id == ada.Id);
            tracked.Name = "Zed Renamed";
            tracked.Role = PipelineRole.ReferralSource;
            await db.SaveChangesAsync();
            await db.Set<Contact>().Where(c => c.Id == ben.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.FitScore, 97).SetProperty(c => c.ReviewedOn, new DateOnly(2026, 11, 2)));
            return await db.Database.ExecuteSqlAsync($"""UPDATE "Contact" SET "State" = {(int)ConnectionState.Target}, "Name" = 'Abel Raw' WHERE "Id" = {cy.Id}""");
        });

        var (contacts, copies) = await app.WithDbAsync(async db => (
            await db.Set<Contact>().AsNoTracking().Where(c => c.OwnerId == owner.Id).OrderBy(c => c.Id)
                .Select(c => new { c.Id, c.Name, c.FitScore, c.Role, c.State, c.ReviewedOn }).ToListAsync(),
            await db.Set<LedgerTotals>().AsNoTracking().Where(t => t.OwnerId == owner.Id).OrderBy(t => t.ContactId)
                .Select(t => new { Id = t.ContactId, t.Name, t.FitScore, t.Role, State = t.ConnectionState, t.ReviewedOn }).ToListAsync()));
        Assert.Equal(contacts, copies);
        Assert.Equal(("Zed Renamed", PipelineRole.ReferralSource, 97, new DateOnly(2026, 11, 2), ConnectionState.Target),
            (copies[0].Name, copies[0].Role, copies[1].FitScore, copies[1].ReviewedOn, copies[2].State));

        // The lists sort by the copies: by name, the renamed contacts moved.
        var byName = await WithAsync<LedgerViews, BalanceList>(app, v => v.GetBalanceAsync(owner.Id, new BalanceFilter(Sort: BalanceSort.Name)));
        Assert.Equal([cy.Id, ben.Id, ada.Id], byName.Rows.Select(r => r.Contact.Id));
        Assert.Equal("Zed Renamed", byName.Rows[^1].Contact.Name);
    }

    protected async Task The_hourly_counts_follow_every_write_and_months_sum_them_in_any_zone_case()
    {
        var database = await databases.CreateDatabaseAsync();
        using var app = database.StartApp();
        var owner = NetworkBuilder.User("hours@example.com");
        var (ada, ben, gone) = (NetworkBuilder.Contact(owner.Id), NetworkBuilder.Contact(owner.Id), NetworkBuilder.Contact(owner.Id));
        var random = new Random(20261203);
        var today = new DateOnly(2026, 12, 3);
        // Fourteen months of interactions at any minute, around every hour and month boundary.
        List<Interaction> Logged(Contact contact, int count) => Enumerable.Range(0, count).Select(_ =>
        {
            var interaction = NetworkBuilder.Give(contact, new DateTime(2025, 10, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(0, 60 * 24 * 430)));
            interaction.Direction = (InteractionDirection)random.Next(0, 3);
            interaction.Type = InteractionTypes.Of(interaction.Direction)[0];
            return interaction;
        }).ToList();
        var logged = Logged(ada, 150).Concat(Logged(ben, 150)).Concat(Logged(gone, 60)).ToList();
        await app.WithDbAsync(async db =>
        {
            db.Users.Add(owner);
            db.AddRange(logged);
            return await db.SaveChangesAsync();
        });

        await app.WithDbAsync(async db =>
        {
            // Edits through EF Core (a moved time, a changed direction), deletes, a raw insert and a contact's cascade.
            var tracked = await db.Set<Interaction>().Where(i => i.ContactId == ada.Id).OrderBy(i => i.Id).Take(30).ToListAsync();
            foreach (var (interaction, n) in tracked.Select((i, n) => (i, n)))
            {
                if (n % 3 == 0)
                {
                    interaction.OccurredUtc = interaction.OccurredUtc.AddMinutes(37 * n);
                }
                else if (n % 3 == 1)
                {
                    interaction.Direction = InteractionDirection.Received;
                    interaction.Type = InteractionTypes.Of(InteractionDirection.Received)[0];
                }
                else
                {
                    db.Remove(interaction);
                }
            }

            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO "Interaction" ("OwnerId", "ContactId", "OccurredUtc", "Direction", "Type", "Channel")
                VALUES ({owner.Id}, {ben.Id}, {new DateTime(2026, 11, 30, 23, 59, 0, DateTimeKind.Utc)}, {(int)InteractionDirection.Ask}, {(int)InteractionType.AskedForMeeting}, {(int)InteractionChannel.LinkedIn})
                """);
            db.Remove(await db.Set<Contact>().SingleAsync(c => c.Id == gone.Id));
            return await db.SaveChangesAsync();
        });

        var (hours, interactions) = await app.WithDbAsync(async db => (
            await db.Set<InteractionHour>().AsNoTracking().Where(h => h.OwnerId == owner.Id && h.Count > 0).ToListAsync(),
            await db.Set<Interaction>().AsNoTracking().Where(i => i.OwnerId == owner.Id).Select(i => new { i.OccurredUtc, i.Direction }).ToListAsync()));
        var expected = interactions
            .GroupBy(i => (Hour: new DateTime(i.OccurredUtc.Ticks - i.OccurredUtc.Ticks % TimeSpan.TicksPerHour), i.Direction))
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(e => e.Key), hours.ToDictionary(h => (DateTime.SpecifyKind(h.HourUtc, DateTimeKind.Unspecified), h.Direction), h => h.Count).OrderBy(e => e.Key));

        // Months in a whole-hour zone are summed from the hours; in a half-hour zone counted directly: the same answer.
        foreach (var zoneId in new[] { "America/New_York", "Asia/Kolkata" })
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
            var tally = new MonthlyTally(today, zone);
            using var scope = app.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<LedgerActivity>().CountMonthsAsync(owner.Id, tally);
            for (var month = 0; month < MonthlyTally.Months; month++)
            {
                var (from, until) = (tally.MonthStartUtc(month), tally.MonthStartUtc(month + 1));
                foreach (var direction in Enum.GetValues<InteractionDirection>())
                {
                    Assert.Equal(
                        interactions.Count(i => i.Direction == direction && i.OccurredUtc >= from && i.OccurredUtc < until),
                        tally.Count(month, direction));
                }
            }
        }
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
                await db.GetService<IMigrator>().MigrateAsync("LedgerStateInTheDatabase");
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

    protected async Task Upgrading_clears_vetting_holds_on_connections_and_gives_every_user_a_weekly_pace_of_first_gives_case()
    {
        var database = await databases.CreateDatabaseAsync();
        var owner = NetworkBuilder.User("held@example.com");
        var connectedSinceHold = NetworkBuilder.Contact(owner.Id);
        connectedSinceHold.VettingRecommendation = VettingOutcome.Hold;
        connectedSinceHold.VettingDecision = VettingOutcome.Hold;
        var stillPending = NetworkBuilder.Contact(owner.Id);
        stillPending.State = ConnectionState.Pending;
        stillPending.VettingDecision = VettingOutcome.Hold;
        using (var current = database.StartApp())
        {
            await current.WithDbAsync(async db =>
            {
                db.Users.Add(owner);
                db.AddRange(connectedSinceHold, stillPending);
                db.Add(new LedgerSettings { UserId = owner.Id, NewRelationshipsPerWeek = 7 });
                await db.SaveChangesAsync();
                // Back to the schema before the change: the hold was decided while the contact was an invitation.
                await db.GetService<IMigrator>().MigrateAsync("ScheduleOwnsTimeZoneAndLedgerTotals");
                return 0;
            });
        }

        using var upgraded = database.StartApp();
        var (connected, pending, pace) = await upgraded.WithDbAsync(async db => (
            await db.Set<Contact>().AsNoTracking().SingleAsync(c => c.Id == connectedSinceHold.Id),
            await db.Set<Contact>().AsNoTracking().SingleAsync(c => c.Id == stillPending.Id),
            await db.Set<LedgerSettings>().Where(l => l.UserId == owner.Id).Select(l => l.NewRelationshipsPerWeek).SingleAsync()));
        Assert.Equal((null, null), (connected.VettingDecision, connected.VettingRecommendation));
        Assert.Equal(VettingOutcome.Hold, pending.VettingDecision);
        Assert.Equal(ReadinessSettings.Default.NewRelationshipsPerWeek, pace);
    }

    protected async Task The_relationship_path_reads_the_ledger_and_builds_the_hour_alike_on_every_provider_case()
    {
        var database = await databases.CreateDatabaseAsync();
        using var app = database.StartApp();
        var client = await AccountSession.RegisterAndSignInAsync(app, "path@example.com");
        var now = DateTime.UtcNow;
        var (owner, olga, thanked, tom, zoe) = await app.WithDbAsync(async db =>
        {
            var ownerId = await db.Users.Where(u => u.Email == "path@example.com").Select(u => u.Id).SingleAsync();
            var olga = NetworkBuilder.Contact(ownerId);
            olga.Name = "Olga One-Way";
            var thanked = NetworkBuilder.Contact(ownerId);
            var tom = NetworkBuilder.Contact(ownerId);
            tom.Name = "Tom Target";
            tom.State = ConnectionState.Target;
            tom.Role = PipelineRole.Peer;
            tom.Tags = "";
            tom.Company = "Nobody In Common";
            var zoe = NetworkBuilder.Contact(ownerId);
            zoe.WantsToMeet = "founders in the Nordics";
            var mei = NetworkBuilder.Contact(ownerId);
            mei.Position = "Founder";
            mei.Tags = "nordics";
            db.AddRange(olga, thanked, tom, zoe, mei);
            db.AddRange(new[] { 250, 200, 150, 100, 50 }.Select(days => NetworkBuilder.Give(olga, now.AddDays(-days))));
            db.AddRange(new[] { 250, 200, 150, 100, 50, 40 }.Select(days => NetworkBuilder.Give(thanked, now.AddDays(-days))));
            var received = NetworkBuilder.Give(thanked, now.AddDays(-45));
            received.Direction = InteractionDirection.Received;
            received.Type = InteractionType.ReceivedReferral;
            db.AddRange(received, NetworkBuilder.Give(tom, now.AddDays(-3)), NetworkBuilder.Give(tom, now.AddDays(-2)));
            db.Add(new RelationshipSettings { UserId = ownerId, ProspectGoal = 10 });
            await db.SaveChangesAsync();
            return (ownerId, olga.Id, thanked.Id, tom.Id, zoe.Id);
        });

        using var scope = app.Services.CreateScope();
        var activity = scope.ServiceProvider.GetRequiredService<LedgerActivity>();
        var oneWay = await app.WithDbAsync(db => db.Set<LedgerTotals>().AsNoTracking().Where(t => t.OwnerId == owner).ToListAsync());
        var touches = await activity.GivesToAsync(owner, [tom, olga]);
        var tally = new MonthlyTally(DateOnly.FromDateTime(now), TimeZoneInfo.Utc);
        await activity.CountMonthsAsync(owner, tally);
        var reach = await activity.ReachAsync(owner, now.AddMonths(-12));
        var review = await scope.ServiceProvider.GetRequiredService<RelationshipReviews>().ListAsync(owner);
        var (session, _) = await scope.ServiceProvider.GetRequiredService<SessionPlanner>().BuildAsync(owner);
        var dashboard = await client.GetAsync("/");

        var olgas = oneWay.Single(g => g.ContactId == olga);
        Assert.Equal((5, null), (olgas.GivesSinceLastReceived, olgas.LastReceivedUtc));
        Assert.Equal(now.AddDays(-250), olgas.FirstGiveSinceLastReceivedUtc!.Value, TimeSpan.FromSeconds(1));
        var sinceThanks = oneWay.Single(g => g.ContactId == thanked);
        Assert.Equal(1, sinceThanks.GivesSinceLastReceived);
        Assert.Equal(now.AddDays(-45), sinceThanks.LastReceivedUtc!.Value, TimeSpan.FromSeconds(1));
        Assert.Equal(now.AddDays(-40), sinceThanks.FirstGiveSinceLastReceivedUtc!.Value, TimeSpan.FromSeconds(1));
        Assert.Equal(2, touches[tom]);
        Assert.Equal(5, touches[olga]);
        Assert.Equal(13, Enumerable.Range(0, MonthlyTally.Months).Sum(i => tally.Count(i, InteractionDirection.Give)));
        Assert.Equal(1, Enumerable.Range(0, MonthlyTally.Months).Sum(i => tally.Count(i, InteractionDirection.Received)));
        Assert.Equal(new NetworkReach(4, 2), reach);
        Assert.Equal(olga, Assert.Single(review.Candidates).Effort.ContactId);
        Assert.Contains(session.Items, i => i.Step == PathStep.Follow && i.ContactId == tom);
        Assert.Contains(session.Items, i => i.Step == PathStep.Introduce && i.ContactId == zoe);
        Assert.Contains(session.Items, i => i.Step == PathStep.Review);
        Assert.Contains(session.Items, i => i.Step == PathStep.FindTarget);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("of your network had an interaction in the last 12 months", await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    protected async Task The_database_decides_every_contacts_state_and_the_give_first_list_as_the_code_does_day_after_day_case()
    {
        var database = await databases.CreateDatabaseAsync();
        var start = new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(start);
        using var app = database.StartApp(services: s => s.AddSingleton<TimeProvider>(clock));
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var settings = new ReadinessSettings(RequiredGivesBeforeAsk: 2, MinDaysBeforeFirstAsk: 14, MinDaysBetweenAsks: 30, NewRelationshipsPerWeek: 4);
        var owner = NetworkBuilder.User("differential@example.com");
        var random = new Random(20261202);
        var today = LocalDaysToday(start, zone);
        var events = new Dictionary<Contact, List<Interaction>>();
        await app.WithDbAsync(async db =>
        {
            db.Users.Add(owner);
            db.Add(new UserSettings { UserId = owner.Id, TimeZoneId = zone.Id });
            db.Add(new LedgerSettings
            {
                UserId = owner.Id, RequiredGivesBeforeAsk = 2, MinDaysBeforeFirstAsk = 14, MinDaysBetweenAsks = 30, NewRelationshipsPerWeek = 4,
            });
            for (var i = 0; i < 120; i++)
            {
                var contact = NetworkBuilder.Contact(owner.Id);
                contact.FitScore = random.Next(0, 100);
                contact.Role = (PipelineRole)random.Next(0, 4);
                // Connections and events around every boundary: 14 days, 30 days, the 90-day window, the cadences.
                contact.ConnectedOn = random.Next(5) == 0 ? null : today.AddDays(-random.Next(0, 40));
                contact.CreatedUtc = start.UtcDateTime.AddDays(-random.Next(0, 60));
                contact.State = random.Next(8) == 0 ? ConnectionState.Target : ConnectionState.Connected;
                var history = Enumerable.Range(0, random.Next(0, 7)).Select(_ => new Interaction
                {
                    OwnerId = owner.Id,
                    Contact = contact,
                    OccurredUtc = start.UtcDateTime.AddDays(-random.Next(0, 120)).AddHours(-random.Next(0, 24)),
                    Direction = random.Next(3) == 0 ? InteractionDirection.Ask : random.Next(6) == 0 ? InteractionDirection.Received : InteractionDirection.Give,
                    Type = InteractionType.SharedTheirPost,
                }).ToList();
                foreach (var interaction in history)
                {
                    interaction.Type = InteractionTypes.Of(interaction.Direction)[0];
                }

                db.Add(contact);
                db.AddRange(history);
                events[contact] = history;
            }

            return await db.SaveChangesAsync();
        });

        for (var day = 0; day <= 100; day += 3)
        {
            clock.SetUtcNow(start.AddDays(day));
            var now = clock.GetUtcNow();
            var expected = events.ToDictionary(e => e.Key.Id, e => Reference(e.Key, e.Value, now, zone));
            var states = new Dictionary<int, AskState>();
            foreach (var state in Enum.GetValues<AskState>())
            {
                for (var page = 1; ; page++)
                {
                    var list = await WithAsync<LedgerViews, BalanceList>(app, v => v.GetBalanceAsync(owner.Id, new BalanceFilter(State: state, Page: page)));
                    foreach (var row in list.Rows)
                    {
                        states.Add(row.Contact.Id, state);
                        Assert.Equal(state, row.Readiness.State);
                    }

                    if (page >= list.PageCount)
                    {
                        break;
                    }
                }
            }

            var giveFirst = await WithAsync<LedgerRankings, IReadOnlyList<GiveFirstEntry>>(app, r => r.GetAsync(owner.Id, 200));
            var reference = GiveFirstRanking.Rank(expected.Values, settings, now, zone);

            Assert.Equal(expected.ToDictionary(e => e.Key, e => AskReadiness.StateOf(e.Value.Facts, settings, LocalDaysToday(now, zone), zone)), states);
            Assert.Equal(reference.Select(e => e.ContactId), giveFirst.Select(e => e.ContactId));

            // A short list is cut where the ranking cuts it: across the turns, with at most the week's first gives.
            var top = await WithAsync<LedgerRankings, IReadOnlyList<GiveFirstEntry>>(app, r => r.GetAsync(owner.Id, 7));
            Assert.Equal(GiveFirstRanking.Rank(expected.Values, settings, now, zone, 7).Select(e => e.ContactId), top.Select(e => e.ContactId));
        }
    }

    private static LedgerContact Reference(Contact contact, List<Interaction> history, DateTimeOffset now, TimeZoneInfo zone)
    {
        var firstSeen = ValueFirst.Core.Time.LocalDays.DateOf(contact.CreatedUtc, zone);
        var facts = ContactLedgerFacts.From(
            history.Select(i => new LedgerEvent(DateTime.SpecifyKind(i.OccurredUtc, DateTimeKind.Utc), i.Direction)),
            ConnectionDate.CountFrom(contact.State, contact.ConnectedOn, firstSeen),
            AskReadiness.WindowStartUtc(now, zone),
            firstSeen);
        return new LedgerContact(contact.Id, contact.Name, contact.Company, LedgerContact.ParseTags(contact.Tags), contact.Role, contact.State,
            contact.FitScore, contact.GiveCadenceDays, facts);
    }

    private static DateOnly LocalDaysToday(DateTimeOffset now, TimeZoneInfo zone) => ValueFirst.Core.Time.LocalDays.Today(now, zone);

    private static async Task<TResult> WithAsync<TService, TResult>(TestApp app, Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        using var scope = app.Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    protected async Task Upgrading_keeps_each_recorded_weeks_reminder_state_in_the_outbox_case()
    {
        var database = await databases.CreateDatabaseAsync();
        var owner = NetworkBuilder.User("reminded@example.com");
        using (var current = database.StartApp())
        {
            await current.WithDbAsync(async db =>
            {
                db.Users.Add(owner);
                await db.SaveChangesAsync();
                // Back to the schema before the outbox, where the week's record held its email's state itself.
                await db.GetService<IMigrator>().MigrateAsync("ScheduleOwnsTimeZoneAndLedgerTotals");
                var at = new DateTime(2026, 3, 3, 12, 30, 0, DateTimeKind.Utc);
                foreach (var (week, state, sent) in new[] { (10, "Sent", (DateTime?)at), (11, "Failed", null), (12, "Pending", null) })
                {
                    var messageId = $"<week{week}@valuefirst.test>";
                    await db.Database.ExecuteSqlAsync(
                        $"""
                        INSERT INTO "ReminderRecord" ("UserId", "IsoYear", "IsoWeek", "SlotStartUtc", "State", "MessageId", "Attempts", "LastError", "SentUtc", "CreatedUtc")
                        VALUES ({owner.Id}, 2026, {week}, {at.AddHours(1)}, {state}, {messageId}, 2, 'server down', {sent}, {at})
                        """);
                }

                return 0;
            });
        }

        using var upgraded = database.StartApp();
        var records = await upgraded.WithDbAsync(db => db.Set<ReminderRecord>().AsNoTracking().Include(r => r.Message).OrderBy(r => r.IsoWeek).ToListAsync());

        Assert.Equal([10, 11], records.Select(r => r.IsoWeek));
        Assert.Equal(
            [("<week10@valuefirst.test>", DeliveryState.Sent, "reminded@example.com"), ("<week11@valuefirst.test>", DeliveryState.Failed, "reminded@example.com")],
            records.Select(r => (r.Message!.MessageId, r.Message.State, r.Message.Recipient)));
        Assert.Equal(new DateTime(2026, 3, 3, 12, 30, 0), DateTime.SpecifyKind(records[0].Message!.SentUtc!.Value, DateTimeKind.Unspecified));
        Assert.All(records, r => Assert.Null(r.Message!.NextAttemptUtc));
    }
}
