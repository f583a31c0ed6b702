using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Core.Relationships;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Features.Relationships;
using ValueFirst.Web.Features.Reminders;
using ValueFirst.Web.Features.Sessions;
using ValueFirst.Web.Tests.Contacts;
using ValueFirst.Web.Tests.Infrastructure;

namespace ValueFirst.Web.Tests.Security;

/// <summary>
/// User B against user A's objects, on every page, handler and endpoint that takes an id, token or path:
/// each answers like a missing id, never shows A's data and never changes it. The last two tests list the
/// app's routes and id-taking service methods and fail when one has no case here, so a new endpoint
/// cannot ship without one.
/// </summary>
[Trait(BothProviders.Trait, BothProviders.Value)]
public sealed class IsolationTests(IsolationWorld world) : IClassFixture<IsolationWorld>
{
    private const string MissingId = "987654";

    // ---- Route and query inputs: each maps to the test below that covers it. ----
    private static readonly Dictionary<string, string> CoveredInputs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["/contacts/{Id:int} Id"] = nameof(Contact_pages_of_A_answer_B_exactly_like_a_missing_id),
        ["/contacts/{Id:int}/edit Id"] = nameof(Contact_pages_of_A_answer_B_exactly_like_a_missing_id),
        ["/calendar/{token}.ics token"] = nameof(Feed_token_that_is_not_exactly_a_users_is_a_bare_404),
        ["/calendar/draft path"] = nameof(Draft_pages_for_As_drafts_answer_B_exactly_like_a_missing_draft),
        ["/calendar/edit path"] = nameof(Draft_pages_for_As_drafts_answer_B_exactly_like_a_missing_draft),
        ["/calendar/post path"] = nameof(Draft_pages_for_As_drafts_answer_B_exactly_like_a_missing_draft),
        ["/balance state"] = nameof(Balance_page_and_exports_show_B_only_Bs_rows_whatever_the_filter),
        ["/balance role"] = nameof(Balance_page_and_exports_show_B_only_Bs_rows_whatever_the_filter),
        ["/balance tag"] = nameof(Balance_page_and_exports_show_B_only_Bs_rows_whatever_the_filter),
        ["/balance sort"] = nameof(Balance_page_and_exports_show_B_only_Bs_rows_whatever_the_filter),
        ["/balance page"] = nameof(Balance_page_and_exports_show_B_only_Bs_rows_whatever_the_filter),
        ["/contacts state"] = nameof(Contacts_list_shows_B_only_Bs_contacts_whatever_the_filter),
        ["/contacts sort"] = nameof(Contacts_list_shows_B_only_Bs_contacts_whatever_the_filter),
        ["/Account/ConfirmEmail userId"] = nameof(Identity_links_with_As_user_id_and_a_forged_code_change_nothing),
        ["/Account/ConfirmEmail code"] = nameof(Identity_links_with_As_user_id_and_a_forged_code_change_nothing),
        ["/Account/ConfirmEmailChange userId"] = nameof(Identity_links_with_As_user_id_and_a_forged_code_change_nothing),
        ["/Account/ConfirmEmailChange email"] = nameof(Identity_links_with_As_user_id_and_a_forged_code_change_nothing),
        ["/Account/ConfirmEmailChange code"] = nameof(Identity_links_with_As_user_id_and_a_forged_code_change_nothing),
        ["/Account/ResetPassword code"] = nameof(Password_reset_with_As_email_and_a_forged_code_leaves_As_password),
        ["/Account/RegisterConfirmation email"] = nameof(Register_confirmation_for_As_email_gives_no_confirmation_link),
        ["/session/{Id:long} Id"] = nameof(Session_page_of_A_answers_B_exactly_like_a_missing_id),
        ["/contacts/merge/{Id:int}/{OtherId:int} Id"] = nameof(Merge_page_and_handlers_refuse_B_on_As_contacts),
        ["/contacts/merge/{Id:int}/{OtherId:int} OtherId"] = nameof(Merge_page_and_handlers_refuse_B_on_As_contacts),
        ["/contacts/{id:int}/contact.vcf id"] = nameof(Conversations_imports_and_cards_refuse_B_on_As_ids),
        ["/email-action/{Token} Token"] = nameof(Reminder_links_naming_B_with_As_contact_or_forged_show_nothing_of_A_and_change_nothing),
    };

    // Inputs that name no stored object: where the app sends the browser next, or what the user picks for themselves.
    private static readonly Dictionary<string, string> NotObjectReferences = new(StringComparer.OrdinalIgnoreCase)
    {
        ["returnUrl"] = "a redirect target; IdentityRedirectManager only follows relative URLs",
        ["month"] = "the calendar month a new draft is dated in (2027-03), for the signed-in user's own folder",
        ["kind"] = "article or share, for the signed-in user's new draft",
        ["{**path:file}"] = "static files from wwwroot, the same for everyone",
    };

    // ---- Service methods the interactive pages call with an object id; each maps to its test. ----
    private static readonly Dictionary<string, string> CoveredHandlers = new(StringComparer.Ordinal)
    {
        ["SessionRecords.GetAsync"] = nameof(Session_handlers_refuse_B_on_As_session_and_items),
        ["SessionChecklist.TickAsync"] = nameof(Session_handlers_refuse_B_on_As_session_and_items),
        ["SessionStopwatch.StartAsync"] = nameof(Session_handlers_refuse_B_on_As_session_and_items),
        ["SessionStopwatch.PauseAsync"] = nameof(Session_handlers_refuse_B_on_As_session_and_items),
        ["ContactBook.GetAsync"] = nameof(Contact_handlers_refuse_B_on_As_ids_and_change_nothing),
        ["ContactBook.GetFormAsync"] = nameof(Contact_handlers_refuse_B_on_As_ids_and_change_nothing),
        ["ContactBook.UpdateAsync"] = nameof(Contact_handlers_refuse_B_on_As_ids_and_change_nothing),
        ["InvitationVetting.DecideAsync"] = nameof(Contact_handlers_refuse_B_on_As_ids_and_change_nothing),
        ["InvitationVetting.NextToVetAsync"] = nameof(Contact_handlers_refuse_B_on_As_ids_and_change_nothing),
        ["LedgerViews.GetContactAsync"] = nameof(Ledger_panel_and_logging_refuse_B_on_As_contact),
        ["LedgerViews.FindContactNameAsync"] = nameof(Ledger_panel_and_logging_refuse_B_on_As_contact),
        ["LedgerViews.GetReadinessAsync"] = nameof(Ledger_panel_and_logging_refuse_B_on_As_contact),
        ["InteractionRecorder.RecordAsync"] = nameof(Ledger_panel_and_logging_refuse_B_on_As_contact),
        ["InteractionRecorder.RemoveAsync"] = nameof(Unit_of_work_writes_refuse_B_on_As_contact_and_interaction),
        ["ContactBook.MarkInvitedAsync"] = nameof(Unit_of_work_writes_refuse_B_on_As_contact_and_interaction),
        ["ContactBook.ClearFollowUpAsync"] = nameof(Unit_of_work_writes_refuse_B_on_As_contact_and_interaction),
        ["ContactBook.MarkFollowedAsync"] = nameof(Unit_of_work_writes_refuse_B_on_As_contact_and_interaction),
        ["ContactBook.MarkIntroductionAskedAsync"] = nameof(Unit_of_work_writes_refuse_B_on_As_contact_and_interaction),
        ["ContactBook.MarkEngagementStepAsync"] = nameof(Unit_of_work_writes_refuse_B_on_As_contact_and_interaction),
        ["ContactBook.RecordReviewAsync"] = nameof(Unit_of_work_writes_refuse_B_on_As_contact_and_interaction),
        ["LedgerActivity.GivesToAsync"] = nameof(Relationship_path_reads_and_writes_refuse_B_on_As_contacts),
        ["RelationshipPath.GetAsync"] = nameof(Relationship_path_reads_and_writes_refuse_B_on_As_contacts),
        ["RelationshipPath.MarkFollowedAsync"] = nameof(Relationship_path_reads_and_writes_refuse_B_on_As_contacts),
        ["RelationshipPath.MarkStepDoneAsync"] = nameof(Relationship_path_reads_and_writes_refuse_B_on_As_contacts),
        ["RelationshipReviews.DecideAsync"] = nameof(Relationship_path_reads_and_writes_refuse_B_on_As_contacts),
        ["RelationshipReviews.ResumeAsync"] = nameof(Relationship_path_reads_and_writes_refuse_B_on_As_contacts),
        ["PathInputsReader.ReadAsync"] = nameof(Relationship_path_reads_and_writes_refuse_B_on_As_contacts),
        ["ReminderSettingsService.ResendAsync"] = nameof(Reminder_resend_of_As_failed_week_by_B_is_refused),
        ["ContentSettingsService.FindByFeedTokenAsync"] = nameof(Feed_token_that_is_not_exactly_a_users_is_a_bare_404),
        ["ContentLibrary.ReadDraftAsync"] = nameof(Draft_handlers_refuse_B_on_As_paths_and_change_nothing),
        ["DraftStore.OpenAsync"] = nameof(Draft_handlers_refuse_B_on_As_paths_and_change_nothing),
        ["DraftStore.SaveAsync"] = nameof(Draft_handlers_refuse_B_on_As_paths_and_change_nothing),
        ["DraftStore.AcceptDateAsync"] = nameof(Draft_handlers_refuse_B_on_As_paths_and_change_nothing),
        ["DraftStore.MarkPublishedAsync"] = nameof(Draft_handlers_refuse_B_on_As_paths_and_change_nothing),
        ["ReminderDispatcher.SendAgainAsync"] = nameof(Reminder_resend_of_As_failed_week_by_B_is_refused),
        ["ContactMerger.GetPairAsync"] = nameof(Merge_page_and_handlers_refuse_B_on_As_contacts),
        ["ContactMerger.MergeAsync"] = nameof(Merge_page_and_handlers_refuse_B_on_As_contacts),
        ["InteractionRecorder.MoveContactAsync"] = nameof(Merge_page_and_handlers_refuse_B_on_As_contacts),
        ["LedgerMergeListener.ContactMergedAsync"] = nameof(Merge_page_and_handlers_refuse_B_on_As_contacts),
        ["SessionMergeListener.ContactMergedAsync"] = nameof(Merge_page_and_handlers_refuse_B_on_As_contacts),
        ["EmailActionMergeListener.ContactMergedAsync"] = nameof(Merge_page_and_handlers_refuse_B_on_As_contacts),
        ["SuggestionPauseMergeListener.ContactMergedAsync"] = nameof(Merge_page_and_handlers_refuse_B_on_As_contacts),
        ["ConversationArchive.GetAsync"] = nameof(Conversations_imports_and_cards_refuse_B_on_As_ids),
        ["ConversationArchive.MarkRecordedAsync"] = nameof(Conversations_imports_and_cards_refuse_B_on_As_ids),
        ["ConversationArchive.FindUnrecordedAsync"] = nameof(Conversations_imports_and_cards_refuse_B_on_As_ids),
        ["MessageRecorder.RecordAsync"] = nameof(Conversations_imports_and_cards_refuse_B_on_As_ids),
        ["ImportHistory.DeleteMessagesAsync"] = nameof(Conversations_imports_and_cards_refuse_B_on_As_ids),
        ["ContactCards.GetAsync"] = nameof(Conversations_imports_and_cards_refuse_B_on_As_ids),
        ["EmailActionTokens.Issue"] = nameof(Reminder_links_naming_B_with_As_contact_or_forged_show_nothing_of_A_and_change_nothing),
        ["EmailActionTokens.Read"] = nameof(Reminder_links_naming_B_with_As_contact_or_forged_show_nothing_of_A_and_change_nothing),
        ["EmailActions.OpenAsync"] = nameof(Reminder_links_naming_B_with_As_contact_or_forged_show_nothing_of_A_and_change_nothing),
        ["EmailActions.PerformAsync"] = nameof(Reminder_links_naming_B_with_As_contact_or_forged_show_nothing_of_A_and_change_nothing),
        ["SuggestionPauses.PauseAsync"] = nameof(Reminder_links_naming_B_with_As_contact_or_forged_show_nothing_of_A_and_change_nothing),
        ["SessionGiveListener.GiveLoggedAsync"] = nameof(Reminder_links_naming_B_with_As_contact_or_forged_show_nothing_of_A_and_change_nothing),
        ["LedgerContactsAddedListener.ContactsAddedAsync"] = nameof(Contacts_added_in_bulk_naming_As_contacts_leave_A_as_it_was),
    };

    // Methods whose id is not looked up: they build something for the caller's own, already checked object.
    private static readonly Dictionary<string, string> NotLookups = new(StringComparer.Ordinal)
    {
        ["InteractionForm.ToRequest"] = "builds the request that InteractionRecorder.RecordAsync checks",
        ["InvitationVetting.AdviceFor"] = "judges a contact the caller already loaded for its owner; reads nothing",
        ["ReminderOptions.ActionLink"] = "puts a token the caller signed into the app's address; reads nothing",
    };

    [Fact]
    public async Task Contact_pages_of_A_answer_B_exactly_like_a_missing_id()
    {
        foreach (var path in new[] { "/contacts/{0}", "/contacts/{0}/edit" })
        {
            foreach (var id in new[] { world.ContactOfA, world.PendingOfA })
            {
                var foreign = await world.ClientB.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, id));
                var missing = await world.ClientB.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, MissingId));

                Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
                Assert.Equal(missing.StatusCode, foreign.StatusCode);
                Assert.Equal(Normalise(await missing.Content.ReadAsStringAsync()), Normalise(await foreign.Content.ReadAsStringAsync()));
            }
        }

        await AssertANeitherSeenNorChangedAsync();
    }

    [Fact]
    public async Task Session_page_of_A_answers_B_exactly_like_a_missing_id()
    {
        var foreign = await world.ClientB.GetAsync($"/session/{world.SessionOfA}");
        var missing = await world.ClientB.GetAsync($"/session/{MissingId}");
        var own = await world.ClientA.GetAsync($"/session/{world.SessionOfA}");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(missing.StatusCode, foreign.StatusCode);
        Assert.Equal(Normalise(await missing.Content.ReadAsStringAsync()), Normalise(await foreign.Content.ReadAsStringAsync()));
        await AssertANeitherSeenNorChangedAsync();
    }

    [Fact]
    public async Task Session_handlers_refuse_B_on_As_session_and_items()
    {
        using var scope = world.App.Services.CreateScope();
        var checklist = scope.ServiceProvider.GetRequiredService<SessionChecklist>();
        var records = scope.ServiceProvider.GetRequiredService<SessionRecords>();
        var stopwatch = scope.ServiceProvider.GetRequiredService<SessionStopwatch>();

        Assert.Null(await records.GetAsync(world.UserB, world.SessionOfA));
        Assert.False(await stopwatch.StartAsync(world.UserB, world.SessionOfA));
        Assert.False(await stopwatch.PauseAsync(world.UserB, world.SessionOfA));
        foreach (var item in world.SessionItemsOfA)
        {
            Assert.Same(TickResult.NotFound, await checklist.TickAsync(world.UserB, item, done: true, note: "B ticks it", confirmUnearnedAsk: true));
            Assert.Same(TickResult.NotFound, await checklist.TickAsync(world.UserB, item, done: false));
        }

        var history = await records.HistoryAsync(world.UserB, Core.Time.IsoWeek.Of(DateOnly.FromDateTime(DateTime.UtcNow)));
        Assert.DoesNotContain(history.Weeks, w => w.Id == world.SessionOfA);
        await AssertANeitherSeenNorChangedAsync();
    }

    [Fact]
    public async Task Contact_handlers_refuse_B_on_As_ids_and_change_nothing()
    {
        var results = await world.App.AsUserAsync(world.UserB, async sp =>
        {
            var contacts = sp.GetRequiredService<ContactBook>();
            return new
            {
                Details = await contacts.GetAsync(world.UserB, world.ContactOfA),
                Form = await contacts.GetFormAsync(world.UserB, world.ContactOfA),
                Update = await contacts.UpdateAsync(world.UserB, world.ContactOfA, new ContactForm { Name = "Taken over by B" }),
                Decide = await sp.GetRequiredService<InvitationVetting>().DecideAsync(world.UserB, world.PendingOfA, VettingSignals.None, 500, VettingOutcome.Accept, "B decides"),
                NextToVet = await sp.GetRequiredService<InvitationVetting>().NextToVetAsync(world.UserB, []),
                Pending = await sp.GetRequiredService<InvitationVetting>().CountPendingAsync(world.UserB),
                Search = await contacts.ListAsync(world.UserB, new ContactFilter(Search: IsolationWorld.Secret)),
                Tagged = await contacts.ListAsync(world.UserB, new ContactFilter(Tag: "alicetag")),
                Introduced = await contacts.CreateAsync(world.UserB, new ContactForm
                {
                    Name = "Introduced to B",
                    Origin = RelationshipOrigin.IntroducedByContact,
                    IntroducedByName = $"{IsolationWorld.Secret} Client",
                }),
            };
        });

        Assert.Null(results.Details);
        Assert.Null(results.Form);
        Assert.Equal(ContactSaveResult.NotFound, results.Update);
        Assert.Equal(ContactSaveResult.NotFound, results.Decide);
        Assert.Null(results.NextToVet);
        Assert.Equal(0, results.Pending);
        Assert.Empty(results.Search.Rows);
        Assert.Empty(results.Tagged.Rows);
        Assert.False(results.Introduced.Succeeded);
        Assert.StartsWith("You have no contact named", results.Introduced.Error, StringComparison.Ordinal);
        await AssertANeitherSeenNorChangedAsync();
    }

    [Fact]
    public async Task Ledger_panel_and_logging_refuse_B_on_As_contact()
    {
        using var scope = world.App.Services.CreateScope();
        var query = scope.ServiceProvider.GetRequiredService<LedgerViews>();
        var log = scope.ServiceProvider.GetRequiredService<InteractionRecorder>();

        var panel = await query.GetContactAsync(world.UserB, world.ContactOfA);
        var name = await query.FindContactNameAsync(world.UserB, world.ContactOfA);
        var readiness = await query.GetReadinessAsync(world.UserB, [world.ContactOfA]);
        var give = await log.RecordAsync(world.UserB, new NewInteraction(world.ContactOfA, InteractionDirection.Give, InteractionType.SharedTheirPost, Note: "B was here"));
        var ask = await log.RecordAsync(world.UserB, new NewInteraction(world.ContactOfA, InteractionDirection.Ask, InteractionType.AskedForMeeting), confirmUnearnedAsk: true);
        var balance = await query.GetBalanceAsync(world.UserB, new BalanceFilter());

        Assert.Null(panel);
        Assert.Null(name);
        Assert.Empty(readiness);
        Assert.Equal(RecordOutcome.ContactNotFound, give.Outcome);
        Assert.Equal(RecordOutcome.ContactNotFound, ask.Outcome);
        Assert.DoesNotContain(balance.Rows, r => r.Contact.Name.Contains(IsolationWorld.Secret, StringComparison.Ordinal));
        await AssertANeitherSeenNorChangedAsync();
    }

    [Fact]
    public async Task Unit_of_work_writes_refuse_B_on_As_contact_and_interaction()
    {
        using var scope = world.App.Services.CreateScope();
        var ledger = scope.ServiceProvider.GetRequiredService<InteractionRecorder>();
        var contacts = scope.ServiceProvider.GetRequiredService<ContactBook>();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ApplicationDbContext>>().CreateDbContextAsync();

        Assert.False(await ledger.RemoveAsync(db, world.UserB, world.InteractionOfA, CancellationToken.None));
        Assert.False(await contacts.MarkInvitedAsync(db, world.UserB, world.ContactOfA, CancellationToken.None));
        Assert.False(await contacts.ClearFollowUpAsync(db, world.UserB, world.ContactOfA, CancellationToken.None));
        Assert.False(await contacts.MarkFollowedAsync(db, world.UserB, world.TargetOfA, new DateOnly(2026, 1, 1), CancellationToken.None));
        Assert.False(await contacts.MarkIntroductionAskedAsync(db, world.UserB, world.TargetOfA, world.ContactOfB, new DateOnly(2026, 1, 1), CancellationToken.None));
        // B's own target cannot be marked as introduced by A's contact either.
        Assert.False(await contacts.MarkIntroductionAskedAsync(db, world.UserB, world.ContactOfB, world.ContactOfA, new DateOnly(2026, 1, 1), CancellationToken.None));
        Assert.False(await contacts.MarkEngagementStepAsync(db, world.UserB, world.ContactOfA, PathStep.Welcome, new DateOnly(2026, 1, 1), CancellationToken.None));
        Assert.False(await contacts.RecordReviewAsync(db, world.UserB, world.ContactOfA, ReviewDecision.Suspend, "B suspends", new DateOnly(2026, 1, 1), CancellationToken.None));
        await AssertANeitherSeenNorChangedAsync();
    }

    [Fact]
    public async Task Relationship_path_reads_and_writes_refuse_B_on_As_contacts()
    {
        using var scope = world.App.Services.CreateScope();
        var services = scope.ServiceProvider;
        var path = services.GetRequiredService<RelationshipPath>();
        var reviews = services.GetRequiredService<RelationshipReviews>();
        var now = await services.GetRequiredService<Web.Features.Schedule.UserClock>().NowAsync(world.UserB);

        var gives = await services.GetRequiredService<LedgerActivity>().GivesToAsync(world.UserB, [world.ContactOfA, world.TargetOfA]);
        var view = await path.GetAsync(world.UserB, world.ContactOfA);
        var followed = await path.MarkFollowedAsync(world.UserB, world.TargetOfA);
        var stepDone = await path.MarkStepDoneAsync(world.UserB, world.ContactOfA, PathStep.Welcome);
        var decided = await reviews.DecideAsync(world.UserB, world.ContactOfA, ReviewDecision.Suspend, "B suspends");
        var resumed = await reviews.ResumeAsync(world.UserB, world.ContactOfA);
        var reviewOfB = await reviews.ListAsync(world.UserB);
        var inputs = await services.GetRequiredService<PathInputsReader>().ReadAsync(world.UserB, now, [world.TargetOfA, world.ContactOfA], []);

        Assert.Empty(gives);
        Assert.Null(view);
        Assert.False(followed);
        Assert.False(stepDone);
        Assert.False(decided);
        Assert.False(resumed);
        Assert.Empty(reviewOfB.Candidates);
        Assert.Empty(inputs.WarmUps);
        Assert.Empty(inputs.Introducers);
        Assert.DoesNotContain(inputs.Candidates, c => c.Name.Contains(IsolationWorld.Secret, StringComparison.Ordinal));
        Assert.DoesNotContain(inputs.Seekers, s => s.Name.Contains(IsolationWorld.Secret, StringComparison.Ordinal));
        Assert.DoesNotContain(inputs.NewConnections, c => c.Name.Contains(IsolationWorld.Secret, StringComparison.Ordinal));
        await AssertANeitherSeenNorChangedAsync();
    }

    [Fact]
    public async Task Dashboard_and_review_pages_show_B_none_of_As_relationships()
    {
        var ownReview = await world.ClientA.GetStringAsync("/review");
        Assert.Contains(IsolationWorld.Secret, ownReview, StringComparison.Ordinal);

        foreach (var path in new[] { "/", "/review" })
        {
            var response = await world.ClientB.GetAsync(path);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain(IsolationWorld.Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await AssertANeitherSeenNorChangedAsync();
    }

    [Fact]
    public async Task Merge_page_and_handlers_refuse_B_on_As_contacts()
    {
        var foreign = await world.ClientB.GetAsync($"/contacts/merge/{world.ContactOfA}/{world.ContactOfB}");
        var missing = await world.ClientB.GetAsync($"/contacts/merge/{MissingId}/{world.ContactOfB}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(Normalise(await missing.Content.ReadAsStringAsync()), Normalise(await foreign.Content.ReadAsStringAsync()));
        var reversed = await world.ClientB.GetAsync($"/contacts/merge/{world.ContactOfB}/{world.ImportedOfA}");
        Assert.Equal(HttpStatusCode.NotFound, reversed.StatusCode);

        using var scope = world.App.Services.CreateScope();
        var merger = scope.ServiceProvider.GetRequiredService<ContactMerger>();
        Assert.Null(await merger.GetPairAsync(world.UserB, world.ContactOfA, world.ImportedOfA));
        Assert.Null(await merger.GetPairAsync(world.UserB, world.ContactOfB, world.ContactOfA));
        Assert.Equal(ContactSaveResult.NotFound, await merger.MergeAsync(world.UserB, world.ContactOfB, world.ContactOfA, MergeFields.Name));
        Assert.Equal(ContactSaveResult.NotFound, await merger.MergeAsync(world.UserB, world.ContactOfA, world.ContactOfB, MergeFields.Name));
        Assert.Equal(ContactSaveResult.NotFound, await merger.MergeAsync(world.UserB, world.ContactOfA, world.ImportedOfA, MergeFields.None));
        Assert.DoesNotContain(await merger.ListDuplicatesAsync(world.UserB), p => p.First.OwnerId != world.UserB || p.Second.OwnerId != world.UserB);

        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ApplicationDbContext>>().CreateDbContextAsync();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<InteractionRecorder>().MoveContactAsync(db, world.UserB, world.ContactOfA, world.ContactOfB, CancellationToken.None));
        foreach (var listener in scope.ServiceProvider.GetServices<IContactMergeListener>())
        {
            await listener.ContactMergedAsync(db, world.UserB, world.ContactOfA, world.ContactOfB, CancellationToken.None);
        }

        await AssertANeitherSeenNorChangedAsync();
    }

    [Fact]
    public async Task Conversations_imports_and_cards_refuse_B_on_As_ids()
    {
        var foreignCard = await world.ClientB.GetAsync($"/contacts/{world.ContactOfA}/contact.vcf");
        var missingCard = await world.ClientB.GetAsync($"/contacts/{MissingId}/contact.vcf");
        var allOfB = await world.ClientB.GetStringAsync("/contacts/export.vcf");
        Assert.Equal(HttpStatusCode.NotFound, foreignCard.StatusCode);
        Assert.Equal(missingCard.StatusCode, foreignCard.StatusCode);
        Assert.Contains("Bob Own Contact", allOfB, StringComparison.Ordinal);
        Assert.DoesNotContain(IsolationWorld.Secret, allOfB, StringComparison.Ordinal);
        foreach (var page in new[] { "/contacts/imports", "/contacts/duplicates", $"/contacts/{world.ContactOfB}", "/calendar" })
        {
            Assert.DoesNotContain(IsolationWorld.Secret, await world.ClientB.GetStringAsync(page), StringComparison.Ordinal);
        }

        using var scope = world.App.Services.CreateScope();
        var archive = scope.ServiceProvider.GetRequiredService<ConversationArchive>();
        var history = scope.ServiceProvider.GetRequiredService<ImportHistory>();
        Assert.Equal(0, (await archive.GetAsync(world.UserB, world.ImportedOfA)).MessageCount);
        Assert.False((await scope.ServiceProvider.GetRequiredService<MessageRecorder>()
            .RecordAsync(world.UserB, world.ImportedOfA, world.MessageOfA, InteractionDirection.Give)).Recorded);
        Assert.Null(await history.DeleteMessagesAsync(world.UserB, world.ImportOfA));
        Assert.Empty(await history.ListAsync(world.UserB));
        Assert.Null(await scope.ServiceProvider.GetRequiredService<ContactCards>().GetAsync(world.UserB, world.ContactOfA));
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ApplicationDbContext>>().CreateDbContextAsync())
        {
            Assert.Null(await archive.FindUnrecordedAsync(db, world.UserB, world.ImportedOfA, world.MessageOfA, CancellationToken.None));
            Assert.False(await archive.MarkRecordedAsync(db, world.UserB, world.ImportedOfA, world.MessageOfA, world.InteractionOfA, CancellationToken.None));
            Assert.False(await archive.MarkRecordedAsync(db, world.UserB, world.ContactOfB, world.MessageOfA, world.InteractionOfA, CancellationToken.None));
        }

        await AssertANeitherSeenNorChangedAsync();
    }

    [Fact]
    public async Task Balance_page_and_exports_show_B_only_Bs_rows_whatever_the_filter()
    {
        await AssertBGetsNothingOfAAsync(
            "/balance", "/balance?tag=alicetag", "/balance?state=AskEarned&role=Prospect&sort=Name&page=1", "/balance?page=99",
            "/balance/export/contacts.csv", "/balance/export/interactions.csv");

        Assert.Contains("Bob Own Contact", await world.ClientB.GetStringAsync("/balance/export/contacts.csv"), StringComparison.Ordinal);
        await AssertANeitherSeenNorChangedAsync();
    }

    [Fact]
    public async Task Contacts_list_shows_B_only_Bs_contacts_whatever_the_filter()
    {
        await AssertBGetsNothingOfAAsync(
            "/contacts", "/contacts?state=Pending&sort=LastInteraction", "/contacts?state=Connected&sort=Fit", "/contacts?state=99&sort=x");

        Assert.Contains("Bob Own Contact", await world.ClientB.GetStringAsync("/contacts?sort=LastInteraction"), StringComparison.Ordinal);
        await AssertANeitherSeenNorChangedAsync();
    }

    /// <summary>Each of <paramref name="paths"/> answers B normally and shows nothing of A's.</summary>
    private async Task AssertBGetsNothingOfAAsync(params string[] paths)
    {
        foreach (var path in paths)
        {
            var response = await world.ClientB.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain(IsolationWorld.Secret, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Feed_token_that_is_not_exactly_a_users_is_a_bare_404()
    {
        var token = world.FeedTokenOfA;
        var near = new[]
        {
            token[..^1] + (token[^1] == 'A' ? 'B' : 'A'),
            token.ToUpperInvariant() == token ? token.ToLowerInvariant() : token.ToUpperInvariant(),
            token[..^2],
            token + "0",
            "%20" + token,
            MissingId,
        };

        foreach (var candidate in near)
        {
            var response = await world.ClientB.GetAsync($"/calendar/{candidate}.ics");

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("", await response.Content.ReadAsStringAsync());
        }

        using var scope = world.App.Services.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<Web.Features.Content.ContentSettingsService>().FindByFeedTokenAsync(near[0]));
        await AssertANeitherSeenNorChangedAsync();
    }

    [Fact]
    public async Task Reminder_resend_of_As_failed_week_by_B_is_refused()
    {
        using var scope = world.App.Services.CreateScope();
        var reminders = scope.ServiceProvider.GetRequiredService<ReminderSettingsService>();
        var jobsBefore = world.Jobs.Jobs.Count;

        var resent = await reminders.ResendAsync(world.UserB, world.FailedReminderOfA);
        var recentOfB = await reminders.RecentAsync(world.UserB);

        Assert.False(resent);
        Assert.Equal(jobsBefore, world.Jobs.Jobs.Count);
        Assert.DoesNotContain(recentOfB, r => r.Id == world.FailedReminderOfA);
        await AssertANeitherSeenNorChangedAsync();
    }

    // Every way B might name A's draft: as A does, up from B's folder (users/<name>/ is two levels down), encoded,
    // absolute, into the database, and the paths that would leave the content folder altogether.
    private IEnumerable<string> PathsToAsDraft() =>
    [
        world.DraftOfA,
        "../../" + world.DraftOfA,
        "%2e%2e%2f%2e%2e%2f" + Uri.EscapeDataString(world.DraftOfA),
        "..%2F..%2F" + Uri.EscapeDataString(world.DraftOfA),
        Uri.EscapeDataString(Path.Combine(world.App.ContentFolder, world.DraftOfA)),
        "shared.md",
        "../../shared.md",
        "../../../data/valuefirst.db",
        "../../../../etc/passwd",
        "/etc/hostname",
    ];

    [Theory]
    [InlineData("/calendar/draft")]
    [InlineData("/calendar/edit")]
    [InlineData("/calendar/post")]
    public async Task Draft_pages_for_As_drafts_answer_B_exactly_like_a_missing_draft(string page)
    {
        var own = await world.ClientA.GetAsync($"{page}?path={Uri.EscapeDataString(world.DraftOfA)}");
        var ownOfB = await world.ClientB.GetAsync($"{page}?path={Uri.EscapeDataString(world.DraftOfB)}");
        var missing = await world.ClientB.GetAsync($"{page}?path=missing.md");
        var missingBody = Normalise(await missing.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains(IsolationWorld.Secret, await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ownOfB.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        foreach (var path in PathsToAsDraft())
        {
            var foreign = await world.ClientB.GetAsync($"{page}?path={path}");
            var body = await foreign.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
            Assert.DoesNotContain(IsolationWorld.Secret, body, StringComparison.Ordinal);
            Assert.DoesNotContain("Shared draft", body, StringComparison.Ordinal);
            Assert.Equal(missingBody, Normalise(body));
        }

        // The other way round: A keeps the content folder's root, but never B's folder inside it.
        var intoB = await world.ClientA.GetAsync($"{page}?path={Uri.EscapeDataString($"{world.FolderOfB}/{world.DraftOfB}")}");
        Assert.Equal(HttpStatusCode.NotFound, intoB.StatusCode);
        Assert.DoesNotContain("Bob own draft", await intoB.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertANeitherSeenNorChangedAsync();
    }

    [Fact]
    public async Task Calendar_feed_weekly_hour_and_reminder_of_B_hold_only_Bs_drafts()
    {
        var calendarOfB = await world.ClientB.GetStringAsync("/calendar");
        var feedOfB = await world.App.CreateClient().GetStringAsync($"/calendar/{world.FeedTokenOfB}.ics");
        var calendarOfA = await world.ClientA.GetStringAsync("/calendar");
        var feedOfA = await world.App.CreateClient().GetStringAsync($"/calendar/{world.FeedTokenOfA}.ics");
        using var scope = world.App.Services.CreateScope();
        var itemsOfB = await scope.ServiceProvider.GetRequiredService<Web.Features.Content.ContentLibrary>().ItemsAsync(world.UserB);
        var reminderOfB = await scope.ServiceProvider.GetRequiredService<ReminderGatherer>().GatherAsync(world.UserB, CancellationToken.None);
        var planner = scope.ServiceProvider.GetRequiredService<SessionPlanner>();
        var sessionOfB = await planner.GatherAsync(world.UserB, await planner.WeekOfAsync(world.UserB));

        foreach (var text in new[] { calendarOfB, feedOfB })
        {
            Assert.DoesNotContain(IsolationWorld.Secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Shared draft", text, StringComparison.Ordinal);
            Assert.Contains("Bob own draft", text, StringComparison.Ordinal);
        }

        Assert.Equal([world.DraftOfB], itemsOfB.Select(i => i.Path));
        Assert.DoesNotContain(reminderOfB.Content, i => i.Title.Contains(IsolationWorld.Secret, StringComparison.Ordinal));
        Assert.Equal([world.DraftOfB], sessionOfB.Content.Select(i => i.Path));
        foreach (var text in new[] { calendarOfA, feedOfA })
        {
            Assert.Contains(IsolationWorld.Secret, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Bob own draft", text, StringComparison.Ordinal);
        }

        await AssertANeitherSeenNorChangedAsync();
    }

    [Fact]
    public async Task Draft_handlers_refuse_B_on_As_paths_and_change_nothing()
    {
        var drafts = world.App.Services.GetRequiredService<Web.Features.Content.DraftStore>();
        var library = world.App.Services.GetRequiredService<Web.Features.Content.ContentLibrary>();
        var ofA = (await drafts.OpenAsync(world.UserA, world.DraftOfA)).Draft!;
        var takeover = ofA.Fields with { Title = "Taken over by B" };

        foreach (var path in PathsToAsDraft().Select(Uri.UnescapeDataString).Append($"../../{world.FolderOfB}/../{world.DraftOfA}"))
        {
            Assert.False((await drafts.OpenAsync(world.UserB, path)).Found, path);
            Assert.Equal(Web.Features.Content.DraftSaveStatus.NotFound, (await drafts.SaveAsync(world.UserB, path, ofA.File, takeover, "B's text")).Status);
            Assert.False(await drafts.AcceptDateAsync(world.UserB, path, new DateOnly(2026, 12, 1)), path);
            Assert.Equal(Web.Features.Content.DraftSaveStatus.NotFound, (await drafts.MarkPublishedAsync(world.UserB, path, new DateOnly(2026, 12, 1), "https://b.example")).Status);
            Assert.Null(await library.ReadDraftAsync(world.UserB, path));
        }

        // A, whose folder is the root, cannot reach into B's folder either.
        var intoB = $"{world.FolderOfB}/{world.DraftOfB}";
        var ofB = (await drafts.OpenAsync(world.UserB, world.DraftOfB)).Draft!;
        Assert.False((await drafts.OpenAsync(world.UserA, intoB)).Found);
        Assert.Equal(Web.Features.Content.DraftSaveStatus.NotFound, (await drafts.SaveAsync(world.UserA, intoB, ofB.File, ofB.Fields, "A's text")).Status);
        Assert.Null(await library.ReadDraftAsync(world.UserA, intoB));
        Assert.Equal(ofB.File.Text, (await drafts.OpenAsync(world.UserB, world.DraftOfB)).Draft!.File.Text);
        await AssertANeitherSeenNorChangedAsync();
    }

    [Fact]
    public async Task Identity_links_with_As_user_id_and_a_forged_code_change_nothing()
    {
        var forged = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode("forged-code"u8.ToArray());
        foreach (var path in new[]
                 {
                     $"/Account/ConfirmEmail?userId={world.UserA}&code={forged}",
                     $"/Account/ConfirmEmailChange?userId={world.UserA}&email=bob-takes-over%40example.com&code={forged}",
                 })
        {
            var response = await world.ClientB.GetAsync(path);

            Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.DoesNotContain(IsolationWorld.Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await AssertANeitherSeenNorChangedAsync();
    }

    [Fact]
    public async Task Password_reset_with_As_email_and_a_forged_code_leaves_As_password()
    {
        var forged = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode("forged-code"u8.ToArray());

        var response = await AccountSession.PostFormAsync(world.ClientB, $"/Account/ResetPassword?code={forged}", "reset-password", new()
        {
            ["Input.Email"] = world.EmailA,
            ["Input.Password"] = "Bob-owns-it-now1!",
            ["Input.ConfirmPassword"] = "Bob-owns-it-now1!",
            ["Input.Code"] = "forged-code",
        });

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.True(await world.PasswordOfAStillWorksAsync());
        await AssertANeitherSeenNorChangedAsync();
    }

    [Fact]
    public async Task Register_confirmation_for_As_email_gives_no_confirmation_link()
    {
        foreach (var client in new[] { world.ClientB, world.App.CreateBrowserLikeClient() })
        {
            var known = await client.GetAsync($"/Account/RegisterConfirmation?email={Uri.EscapeDataString(world.EmailA)}");
            var unknown = await client.GetAsync("/Account/RegisterConfirmation?email=nobody%40example.com");
            var body = await known.Content.ReadAsStringAsync();

            Assert.DoesNotContain("ConfirmEmail", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(world.UserA, body, StringComparison.Ordinal);
            // Same answer for a registered and an unknown address: the page does not tell who has an account.
            Assert.Equal(unknown.StatusCode, known.StatusCode);
        }

        await AssertANeitherSeenNorChangedAsync();
    }

    [Fact]
    public async Task Reminder_links_naming_B_with_As_contact_or_forged_show_nothing_of_A_and_change_nothing()
    {
        using var scope = world.App.Services.CreateScope();
        var tokens = scope.ServiceProvider.GetRequiredService<EmailActionTokens>();
        var actions = scope.ServiceProvider.GetRequiredService<EmailActions>();
        var pauses = scope.ServiceProvider.GetRequiredService<SuggestionPauses>();
        var ofA = tokens.Issue(new EmailActionTicket(Guid.NewGuid(), world.UserA, world.ContactOfA, 2026, 14, EmailAction.Snooze));

        foreach (var action in Enum.GetValues<EmailAction>())
        {
            // B's own link with A's contact id: the ticket is read back as issued, and the contact is not B's.
            var forged = tokens.Issue(new EmailActionTicket(Guid.NewGuid(), world.UserB, world.ContactOfA, 2026, 14, action,
                action == EmailAction.Done ? InteractionType.SharedTheirPost : null));
            Assert.Equal(world.ContactOfA, tokens.Read(forged)!.ContactId);
            foreach (var client in new[] { world.ClientB, world.App.CreateBrowserLikeClient() })
            {
                var body = await client.GetStringAsync($"/email-action/{forged}");
                Assert.Contains("This link is no longer valid", body);
                Assert.DoesNotContain(IsolationWorld.Secret, body);
            }

            Assert.Equal(EmailActionOutcome.Invalid, (await actions.OpenAsync(forged)).Outcome);
            Assert.Equal(EmailActionOutcome.Invalid, (await actions.PerformAsync(forged, action)).Outcome);
            // A's own link confirmed as another action than it was signed for.
            if (action != EmailAction.Snooze)
            {
                Assert.Equal(EmailActionOutcome.Invalid, (await actions.PerformAsync(ofA, action)).Outcome);
            }
        }

        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ApplicationDbContext>>().CreateDbContextAsync())
        {
            Assert.False(await pauses.PauseAsync(db, world.UserB, world.ContactOfA, new DateOnly(2030, 1, 1), CancellationToken.None));
            // A give "from B's email" on each contact of A's week: A's checklist stays as it was.
            var session = await db.Set<WeeklySession>().AsNoTracking().Include(s => s.Items).SingleAsync(s => s.Id == world.SessionOfA);
            foreach (var contact in session.Items.Select(i => i.ContactId).OfType<int>().Distinct())
            {
                foreach (var listener in scope.ServiceProvider.GetServices<ISuggestedGiveListener>())
                {
                    await listener.GiveLoggedAsync(db, world.UserB, contact, world.InteractionOfA, session.Week, CancellationToken.None);
                }
            }
        }

        Assert.Null(tokens.Read(ofA[..^2]));
        await AssertANeitherSeenNorChangedAsync();
    }

    // The import tells the ledger which contacts it inserted; the ledger recounts each from its own owner's rows, so ids
    // of another user's contacts (a bug, a forged call) recount them to what they already were.
    [Fact]
    public async Task Contacts_added_in_bulk_naming_As_contacts_leave_A_as_it_was()
    {
        using (var scope = world.App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            foreach (var listener in scope.ServiceProvider.GetServices<IContactsAddedListener>())
            {
                await listener.ContactsAddedAsync(db, [world.ContactOfA, world.PendingOfA], CancellationToken.None);
            }
        }

        await AssertANeitherSeenNorChangedAsync();
    }

    [Fact]
    public void Every_route_or_query_input_has_an_isolation_case()
    {
        var uncovered = new List<string>();
        foreach (var endpoint in world.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = endpoint.RoutePattern.RawText ?? "";
            var inputs = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToList();
            if (endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is { } component)
            {
                inputs.AddRange(QueryParameters(component.Type));
            }

            foreach (var input in inputs)
            {
                var key = $"{route} {input}";
                if (!CoveredInputs.ContainsKey(key) && !NotObjectReferences.ContainsKey(input) && !NotObjectReferences.ContainsKey(route))
                {
                    uncovered.Add(key);
                }
            }
        }

        Assert.True(uncovered.Count == 0,
            "These routes take an id, token or path but have no isolation case in IsolationTests (add one, then list it in CoveredInputs): "
            + string.Join(", ", uncovered.Distinct()));
    }

    [Fact]
    public void Every_feature_service_method_taking_an_object_id_has_an_isolation_case()
    {
        var uncovered = typeof(ContactBook).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.IsClass && t.Namespace?.StartsWith("ValueFirst.Web.Features", StringComparison.Ordinal) == true && !IsRecord(t))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && m.GetParameters().Any(TakesObjectReference))
                .Select(m => $"{t.Name}.{m.Name}"))
            .Distinct()
            .Where(name => !CoveredHandlers.ContainsKey(name) && !NotLookups.ContainsKey(name))
            .ToList();

        Assert.True(uncovered.Count == 0,
            "These service methods take an object's id, token or path but have no isolation case in IsolationTests (add one, then list it in CoveredHandlers): "
            + string.Join(", ", uncovered));
    }

    // An id of a stored object, directly or inside a request record; the acting user's own id (userId, ownerId) is not one.
    private static bool TakesObjectReference(ParameterInfo parameter)
    {
        static bool IsReferenceName(string name) =>
            name.Equals("id", StringComparison.OrdinalIgnoreCase)
            || name.Equals("token", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("Path", StringComparison.OrdinalIgnoreCase)
            || (name.EndsWith("Id", StringComparison.Ordinal) && name is not ("userId" or "ownerId" or "UserId" or "OwnerId")
                && !name.EndsWith("ZoneId", StringComparison.Ordinal))
            || name.EndsWith("Ids", StringComparison.Ordinal)
            || name.Equals("exclude", StringComparison.Ordinal);

        if (IsReferenceName(parameter.Name ?? ""))
        {
            return true;
        }

        var type = parameter.ParameterType;
        var isRequest = type.Namespace is { } ns
            && (ns.StartsWith("ValueFirst.Web.Features", StringComparison.Ordinal) || ns.StartsWith("ValueFirst.Core", StringComparison.Ordinal));
        return isRequest && !type.IsEnum && type.GetProperties().Any(p => IsReferenceName(p.Name));
    }

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;

    private static IEnumerable<string> QueryParameters(Type component) =>
        component.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Select(p => (Property: p, Query: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Query is not null)
            .Select(p => p.Query!.Name ?? p.Property.Name);

    private async Task AssertANeitherSeenNorChangedAsync() =>
        Assert.Equal(world.BaselineOfA, await world.FingerprintOfAAsync());

    // The two answers differ only in per-request tokens (antiforgery, Blazor's encrypted component markers) and the
    // requested path (in the address, the skip link to the page's own content and the sign-out form's return URL).
    private static string Normalise(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "name=\"ReturnUrl\" value=\"[^\"]*\"|value=\"[^\"]{40,}\"|<!--Blazor.*?-->|(contacts(/merge)?|session)/\\d+(/\\d+)?|href=\"[^\"]*#main-content\"", "", System.Text.RegularExpressions.RegexOptions.Singleline);
}
