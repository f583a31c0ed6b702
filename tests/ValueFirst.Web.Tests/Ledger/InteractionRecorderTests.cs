using ValueFirst.Core.Contacts;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Features.Schedule;
using ValueFirst.Core.Time;

namespace ValueFirst.Web.Tests.Ledger;

public sealed class InteractionRecorderTests : IDisposable
{
    private readonly LedgerFixture f = new();

    private Task<RecordResult> RecordAsync(string ownerId, NewInteraction request, bool confirm = false) =>
        f.WithServiceAsync<RecordResult, InteractionRecorder>(log => log.RecordAsync(ownerId, request, confirm));

    private static NewInteraction Ask(int contactId) => new(contactId, InteractionDirection.Ask, InteractionType.AskedForMeeting);

    [Fact]
    public async Task Unearned_ask_is_not_stored_until_the_user_confirms_it()
    {
        var owner = await f.UserAsync("asker@example.com");
        var contact = await f.AddContactAsync(owner, connectedDaysAgo: 9);
        await f.AddInteractionsAsync(contact, InteractionDirection.Give, 2, 1);

        var warned = await RecordAsync(owner, Ask(contact.Id));

        Assert.Equal(RecordOutcome.NeedsConfirmation, warned.Outcome);
        Assert.Contains("2 of 3 gives ✗ · " + $"connected 9 days ago — the first ask opens on {LocalDays.Date(f.Today.AddDays(5), f.Today)} (14 days after connecting) ✗", warned.Message);
        Assert.Null(warned.Readiness!.OpensOn);
        Assert.Equal(AskState.GiveFirst, warned.Readiness!.State);
        Assert.Equal(2, await f.CountInteractionsAsync(contact.Id));

        var confirmed = await RecordAsync(owner, Ask(contact.Id), confirm: true);

        Assert.Equal(RecordOutcome.Recorded, confirmed.Outcome);
        Assert.Equal(3, await f.CountInteractionsAsync(contact.Id));
    }

    [Fact]
    public async Task Earned_ask_is_recorded_without_a_warning()
    {
        var owner = await f.UserAsync("earned@example.com");
        var contact = await f.AddContactAsync(owner, connectedDaysAgo: 60);
        await f.AddInteractionsAsync(contact, InteractionDirection.Give, 20, 10, 5);

        var result = await RecordAsync(owner, Ask(contact.Id));

        Assert.Equal(RecordOutcome.Recorded, result.Outcome);
        Assert.Equal(4, await f.CountInteractionsAsync(contact.Id));
    }

    [Fact]
    public async Task Lower_required_gives_in_the_users_settings_earn_the_ask_sooner()
    {
        var owner = await f.UserAsync("settings@example.com");
        var contact = await f.AddContactAsync(owner, connectedDaysAgo: 60);
        await f.AddInteractionsAsync(contact, InteractionDirection.Give, 5);
        var form = LedgerSettingsForm.From(new LedgerSettings { UserId = owner });
        form.RequiredGivesBeforeAsk = 1;
        var errors = await f.WithServiceAsync<IReadOnlyList<System.ComponentModel.DataAnnotations.ValidationResult>, LedgerSettingsStore>(
            store => store.SaveAsync(owner, form));
        Assert.Empty(errors);

        var result = await RecordAsync(owner, Ask(contact.Id));

        Assert.Equal(RecordOutcome.Recorded, result.Outcome);
    }

    [Fact]
    public async Task Settings_with_a_malformed_tag_cadence_are_refused_with_the_entry_named()
    {
        var owner = await f.UserAsync("badtags@example.com");
        var form = LedgerSettingsForm.From(new LedgerSettings { UserId = owner });
        form.TagCadences = "cto=21; fintech=often";

        var errors = await f.WithServiceAsync<IReadOnlyList<System.ComponentModel.DataAnnotations.ValidationResult>, LedgerSettingsStore>(
            store => store.SaveAsync(owner, form));

        Assert.Contains(errors, e => e.ErrorMessage!.Contains("fintech=often", StringComparison.Ordinal));
        var saved = await f.WithServiceAsync<LedgerSettings, LedgerSettingsStore>(store => store.GetAsync(owner));
        Assert.Equal("", saved.TagCadences);
    }

    [Fact]
    public async Task A_type_that_does_not_match_the_direction_is_refused()
    {
        var owner = await f.UserAsync("mismatch@example.com");
        var contact = await f.AddContactAsync(owner);

        var result = await RecordAsync(owner, new NewInteraction(contact.Id, InteractionDirection.Give, InteractionType.AskedForReferral));

        Assert.Equal(RecordOutcome.Invalid, result.Outcome);
        Assert.Equal(0, await f.CountInteractionsAsync(contact.Id));
    }

    [Fact]
    public async Task The_time_typed_is_read_in_the_users_time_zone()
    {
        var owner = await f.UserAsync("zone@example.com");
        await f.App.WithDbAsync(async db =>
        {
            db.Add(new UserSettings { UserId = owner, TimeZoneId = "America/New_York" });
            return await db.SaveChangesAsync();
        });
        var contact = await f.AddContactAsync(owner);
        var local = DateTime.SpecifyKind(f.Now.UtcDateTime.Date.AddDays(-2).AddHours(23).AddMinutes(30), DateTimeKind.Unspecified);

        var result = await RecordAsync(owner, new NewInteraction(contact.Id, InteractionDirection.Give, InteractionType.Congratulated, OccurredLocal: local));

        Assert.Equal(RecordOutcome.Recorded, result.Outcome);
        var stored = await f.App.WithDbAsync(db => Task.FromResult(db.Set<Interaction>().Single(i => i.Id == result.InteractionId).OccurredUtc));
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(local, zone), DateTime.SpecifyKind(stored, DateTimeKind.Utc));
    }

    [Fact]
    public async Task User_B_cannot_log_on_or_read_user_As_contact()
    {
        var ownerA = await f.UserAsync("a@example.com");
        var ownerB = await f.UserAsync("b@example.com");
        var contactOfA = await f.AddContactAsync(ownerA, role: PipelineRole.Prospect);

        var give = await RecordAsync(ownerB, new NewInteraction(contactOfA.Id, InteractionDirection.Give, InteractionType.SharedTheirPost));
        var ask = await RecordAsync(ownerB, Ask(contactOfA.Id), confirm: true);
        var read = await f.WithServiceAsync<ContactHistory?, LedgerViews>(q => q.GetContactAsync(ownerB, contactOfA.Id));

        Assert.Equal(RecordOutcome.ContactNotFound, give.Outcome);
        Assert.Equal(RecordOutcome.ContactNotFound, ask.Outcome);
        Assert.Null(read);
        Assert.Equal(0, await f.CountInteractionsAsync(contactOfA.Id));
    }

    public void Dispose() => f.Dispose();
}
