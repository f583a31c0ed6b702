using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ValueFirst.Web.Data;

namespace ValueFirst.Web.Features.Contacts;

/// <summary>
/// One prepared UPDATE of a contact's last message and follow-up date, executed once per contact in the caller's
/// transaction. None of these fields feeds the ledger's totals, so no SaveChanges interceptor needs to see it.
/// </summary>
internal sealed class LastMessageUpdate : IAsyncDisposable
{
    private readonly DbCommand command;
    private readonly (MappedColumn Column, DbParameter Parameter)[] values;
    private readonly DbParameter id;
    private bool prepared;

    private LastMessageUpdate(DbCommand command, (MappedColumn, DbParameter)[] values, DbParameter id)
    {
        this.command = command;
        this.values = values;
        this.id = id;
    }

    public static LastMessageUpdate Create(ApplicationDbContext db, string ownerId)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "UPDATE \"Contact\" SET \"LastMessageUtc\" = @sent, \"LastMessageFromContact\" = @fromContact, \"FollowUpOn\" = @followUp " +
                              "WHERE \"Id\" = @id AND \"OwnerId\" = @owner";
        (MappedColumn, DbParameter) Value(string property, string name)
        {
            var column = MappedColumn.For<Contact>(db, property);
            var parameter = column.CreateParameter(command, name);
            command.Parameters.Add(parameter);
            return (column, parameter);
        }

        var values = new[]
        {
            Value(nameof(Contact.LastMessageUtc), "@sent"),
            Value(nameof(Contact.LastMessageFromContact), "@fromContact"),
            Value(nameof(Contact.FollowUpOn), "@followUp"),
        };
        var (_, id) = Value(nameof(Contact.Id), "@id");
        var (ownerColumn, owner) = Value(nameof(Contact.OwnerId), "@owner");
        owner.Value = ownerColumn.ToProvider(ownerId);
        return new LastMessageUpdate(command, values, id);
    }

    public async Task ExecuteAsync(int contactId, DateTime sentUtc, bool fromContact, DateOnly? followUpOn, CancellationToken ct)
    {
        id.Value = contactId;
        Set(0, sentUtc);
        Set(1, fromContact);
        Set(2, followUpOn);
        if (!prepared)
        {
            await command.PrepareAsync(ct);
            prepared = true;
        }

        await command.ExecuteNonQueryAsync(ct);
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();

    private void Set(int index, object? value) => values[index].Parameter.Value = values[index].Column.ToProvider(value);
}
