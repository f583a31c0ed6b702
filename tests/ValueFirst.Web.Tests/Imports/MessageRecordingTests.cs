using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Ledger;
using ValueFirst.Web.Tests.Contacts;

namespace ValueFirst.Web.Tests.Imports;

public sealed class MessageRecordingTests : IDisposable
{
    private readonly TestApp app = new();

    [Fact]
    public async Task Messages_are_no_gives_until_the_user_says_so_and_then_one_entry_dated_when_sent()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "classify@example.com");
        await app.ImportAsync(user, ExportWorld.Full().BuildZip());
        var ana = await ExportWorld.ContactAsync(app, user, ExportWorld.AnaUrl);
        var before = await app.AsUserAsync(user, sp => sp.GetRequiredService<LedgerViews>().GetContactAsync(user, ana.Id));
        var mine = (await ExportWorld.MessagesAsync(app, user)).Single(m => m.ContactId == ana.Id && !m.FromContact);

        var recorded = await app.AsUserAsync(user, sp => sp.GetRequiredService<MessageRecorder>().RecordAsync(user, ana.Id, mine.Id, InteractionDirection.Give));
        var twice = await app.AsUserAsync(user, sp => sp.GetRequiredService<MessageRecorder>().RecordAsync(user, ana.Id, mine.Id, InteractionDirection.Give));

        Assert.Equal(0, before!.Row.Facts.Gives);
        Assert.True(recorded.Recorded, recorded.Message);
        Assert.Equal(RecordOutcome.ContactNotFound, twice.Outcome);
        var interaction = await app.WithDbAsync(db => db.Set<Interaction>().AsNoTracking().SingleAsync(i => i.OwnerId == user));
        Assert.Equal((ana.Id, InteractionDirection.Give), (interaction.ContactId, interaction.Direction));
        Assert.Equal(mine.SentUtc, interaction.OccurredUtc, TimeSpan.FromMinutes(1));
        Assert.DoesNotContain("article", interaction.Note ?? "", StringComparison.Ordinal);
        Assert.Equal(interaction.Id, (await ExportWorld.MessagesAsync(app, user)).Single(m => m.Id == mine.Id).InteractionId);
    }

    [Fact]
    public async Task An_unearned_ask_waits_for_confirmation_and_leaves_the_message_unrecorded()
    {
        var user = await ContactsTestUsers.CreateUserAsync(app, "ask@example.com");
        await app.ImportAsync(user, ExportWorld.Full().BuildZip());
        var ana = await ExportWorld.ContactAsync(app, user, ExportWorld.AnaUrl);
        var theirs = (await ExportWorld.MessagesAsync(app, user)).Single(m => m.ContactId == ana.Id && m.FromContact);

        var result = await app.AsUserAsync(user, sp => sp.GetRequiredService<MessageRecorder>().RecordAsync(user, ana.Id, theirs.Id, InteractionDirection.Ask));

        Assert.Equal(RecordOutcome.NeedsConfirmation, result.Outcome);
        Assert.Null((await ExportWorld.MessagesAsync(app, user)).Single(m => m.Id == theirs.Id).InteractionId);
    }

    [Fact]
    public async Task Another_users_message_cannot_be_recorded_or_read()
    {
        var owner = await ContactsTestUsers.CreateUserAsync(app, "msg-owner@example.com");
        var other = await ContactsTestUsers.CreateUserAsync(app, "msg-other@example.com");
        await app.ImportAsync(owner, ExportWorld.Full().BuildZip());
        var ana = await ExportWorld.ContactAsync(app, owner, ExportWorld.AnaUrl);
        var message = (await ExportWorld.MessagesAsync(app, owner)).First(m => m.ContactId == ana.Id);

        var recorded = await app.AsUserAsync(other, sp => sp.GetRequiredService<MessageRecorder>().RecordAsync(other, ana.Id, message.Id, InteractionDirection.Give));
        var read = await app.AsUserAsync(other, sp => sp.GetRequiredService<ConversationArchive>().GetAsync(other, ana.Id));

        Assert.False(recorded.Recorded);
        Assert.Equal(0, read.MessageCount);
        Assert.False(await app.WithDbAsync(db => db.Set<Interaction>().AnyAsync()));
    }

    public void Dispose() => app.Dispose();
}
