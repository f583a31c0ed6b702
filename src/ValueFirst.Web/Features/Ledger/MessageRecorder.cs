using Microsoft.EntityFrameworkCore;
using ValueFirst.Core.Ledger;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Contacts;
using ValueFirst.Web.Features.Schedule;

namespace ValueFirst.Web.Features.Ledger;

/// <summary>
/// Makes a ledger entry of an imported LinkedIn message, when the user says what it was: a give, an ask, or value
/// they received. Messages are not gives or asks by themselves. The entry is dated when the message was sent, goes
/// through <see cref="InteractionRecorder"/> (an unearned ask waits for confirmation as anywhere else), and the
/// message remembers it, in one transaction. The message text is not copied into the ledger.
/// </summary>
public sealed class MessageRecorder(
    IDbContextFactory<ApplicationDbContext> dbFactory, InteractionRecorder recorder, ConversationArchive archive, UserClock clock)
{
    /// <summary>The type a message is recorded as, per direction: what a message most often is.</summary>
    public static InteractionType TypeFor(InteractionDirection direction) => direction switch
    {
        InteractionDirection.Give => InteractionType.HelpedWithQuestion,
        InteractionDirection.Ask => InteractionType.AskedForMeeting,
        _ => InteractionType.ReceivedIntroduction,
    };

    public async Task<RecordResult> RecordAsync(
        string ownerId, int contactId, long messageId, InteractionDirection direction, bool confirmUnearnedAsk = false, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await archive.FindUnrecordedAsync(db, ownerId, contactId, messageId, ct) is not { } sentUtc)
        {
            return new RecordResult(RecordOutcome.ContactNotFound, "Message not found, or already recorded.");
        }

        var zone = (await clock.NowAsync(db, ownerId, ct)).Zone;
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(sentUtc, DateTimeKind.Utc), zone);
        var request = new NewInteraction(contactId, direction, TypeFor(direction), InteractionChannel.LinkedIn, local,
            $"From a LinkedIn message of {local:d MMM yyyy}.");
        var result = await recorder.RecordAsync(db, ownerId, request, confirmUnearnedAsk, ct);
        if (!result.Recorded)
        {
            return result;
        }

        await archive.MarkRecordedAsync(db, ownerId, contactId, messageId, result.InteractionId!.Value, ct);
        await transaction.CommitAsync(ct);
        return result;
    }
}
