using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// Writes contacts' last message and follow-up date in the caller's transaction: on SQLite one prepared UPDATE per
/// contact; on PostgreSQL the rows are kept until <see cref="FlushAsync"/> and written by one UPDATE over arrays of
/// them (a round trip per contact was 2.8 s of a whole export's import there). None of these fields feeds the
/// ledger's totals, so no SaveChanges interceptor needs to see it.
/// </summary>
internal sealed class LastMessageUpdate : IAsyncDisposable
{
    private const string SingleRow =
        "UPDATE \"Contact\" SET \"LastMessageUtc\" = @sent, \"LastMessageFromContact\" = @fromContact, \"FollowUpOn\" = @followUp " +
        "WHERE \"Id\" = @id AND \"OwnerId\" = @owner";

    private const string ManyRows =
        "UPDATE \"Contact\" AS c SET \"LastMessageUtc\" = v.sent, \"LastMessageFromContact\" = v.from_contact, \"FollowUpOn\" = v.follow_up " +
        "FROM unnest(@ids, @sent, @fromContact, @followUp) AS v(id, sent, from_contact, follow_up) " +
        "WHERE c.\"Id\" = v.id AND c.\"OwnerId\" = @owner";

    private readonly ApplicationDbContext db;
    private readonly string ownerId;
    private readonly List<Row> pending = [];
    private DbCommand? singleRow;

    private LastMessageUpdate(ApplicationDbContext db, string ownerId)
    {
        this.db = db;
        this.ownerId = ownerId;
    }

    public static LastMessageUpdate Create(ApplicationDbContext db, string ownerId) => new(db, ownerId);

    public async Task ExecuteAsync(int contactId, DateTime sentUtc, bool fromContact, DateOnly? followUpOn, CancellationToken ct)
    {
        var row = new Row(contactId, DateTime.SpecifyKind(sentUtc, DateTimeKind.Utc), fromContact, followUpOn);
        if (db.Database.IsNpgsql())
        {
            pending.Add(row);
            return;
        }

        singleRow ??= await PrepareSingleRowAsync(ct);
        singleRow.Parameters["@id"].Value = row.ContactId;
        singleRow.Parameters["@sent"].Value = row.SentUtc;
        singleRow.Parameters["@fromContact"].Value = row.FromContact;
        singleRow.Parameters["@followUp"].Value = row.FollowUpOn is { } day ? day : DBNull.Value;
        await singleRow.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Writes the rows kept so far (PostgreSQL); nothing to do on SQLite.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        if (pending.Count == 0)
        {
            return;
        }

        await using var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
        command.Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = ManyRows;
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = pending.ConvertAll(r => r.ContactId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("sent", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = pending.ConvertAll(r => r.SentUtc).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("fromContact", NpgsqlDbType.Array | NpgsqlDbType.Boolean) { Value = pending.ConvertAll(r => r.FromContact).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("followUp", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = pending.ConvertAll(r => r.FollowUpOn).ToArray() });
        command.Parameters.Add(new NpgsqlParameter("owner", NpgsqlDbType.Text) { Value = ownerId });
        await command.ExecuteNonQueryAsync(ct);
        pending.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        if (singleRow is not null)
        {
            await singleRow.DisposeAsync();
        }
    }

    private async Task<DbCommand> PrepareSingleRowAsync(CancellationToken ct)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = SingleRow;
        void Add(string property, string name) => command.Parameters.Add(MappedColumn.For<Contact>(db, property).CreateParameter(command, name));
        Add(nameof(Contact.LastMessageUtc), "@sent");
        Add(nameof(Contact.LastMessageFromContact), "@fromContact");
        Add(nameof(Contact.FollowUpOn), "@followUp");
        Add(nameof(Contact.Id), "@id");
        Add(nameof(Contact.OwnerId), "@owner");
        command.Parameters["@owner"].Value = ownerId;
        await command.PrepareAsync(ct);
        return command;
    }

    private sealed record Row(int ContactId, DateTime SentUtc, bool FromContact, DateOnly? FollowUpOn);
}
