using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ValueFirst.Web.Data;

/// <summary>
/// Inserts many new entities of one type, with a generated key, through one prepared single-row INSERT that is
/// executed once per entity, with the columns, conversions and parameter types EF Core's model gives; each entity
/// gets its generated key back. The caller's transaction is used; the change tracker never sees the entities.
/// </summary>
/// <remarks>
/// EF Core sends its INSERTs for a SaveChanges as a batch of statements in one command, and Microsoft.Data.Sqlite
/// compiles every statement of every command afresh: for a wide table with several indexes, compiling cost more than
/// executing (about 40 % of importing 20,000 connections). A statement compiled once and bound again per row is
/// SQLite's way to bulk insert (Microsoft.Data.Sqlite keeps a command's compiled statements between executions).
/// Where the provider takes batches (Npgsql), the rows go a batch per round trip instead. SaveChanges interceptors do
/// not see these rows: callers tell whoever keeps rows derived from them.
/// </remarks>
public static class PreparedInsert
{
    /// <summary>Rows per round trip where the provider takes batches (PostgreSQL).</summary>
    private const int RowsPerBatch = 200;

    public static async Task InsertAsync<T>(ApplicationDbContext db, IReadOnlyList<T> entities, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entities);
        if (entities.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var key = entityType.FindPrimaryKey()?.Properties is [{ ValueGenerated: ValueGenerated.OnAdd, PropertyInfo: { } keyInfo } keyProperty]
            ? (Property: keyProperty, Info: keyInfo)
            : throw new InvalidOperationException($"{typeof(T).Name} needs a single generated key.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties().Where(p => p != key.Property).Select(MappedColumn.For).ToList();

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await InsertOpenAsync(db, entities, key, table, columns, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string ParameterName(int index) => "@p" + index.ToString(CultureInfo.InvariantCulture);

    private static async Task InsertOpenAsync<T>(
        ApplicationDbContext db, IReadOnlyList<T> entities, (IProperty Property, PropertyInfo Info) key, StoreObjectIdentifier table,
        List<MappedColumn> columns, CancellationToken ct)
        where T : class
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))
            .Append(") VALUES (")
            .AppendJoin(", ", columns.Select((_, i) => ParameterName(i)))
            .Append(") RETURNING ").Append(sql.DelimitIdentifier(key.Property.GetColumnName(table)!))
            .ToString();
        void SetKey(T entity, object? id) => key.Info.SetValue(entity, Convert.ChangeType(id, key.Info.PropertyType, CultureInfo.InvariantCulture));

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        if (connection.CanCreateBatch)
        {
            // PostgreSQL: a batch of the same statement per round trip, each row with its own parameters.
            foreach (var chunk in entities.Chunk(RowsPerBatch))
            {
                ct.ThrowIfCancellationRequested();
                await using var batch = connection.CreateBatch();
                batch.Transaction = transaction;
                foreach (var entity in chunk)
                {
                    var statement = batch.CreateBatchCommand();
                    statement.CommandText = text;
                    for (var i = 0; i < columns.Count; i++)
                    {
                        var parameter = columns[i].CreateParameter(command, ParameterName(i));
                        parameter.Value = columns[i].ValueOf(entity);
                        statement.Parameters.Add(parameter);
                    }

                    batch.BatchCommands.Add(statement);
                }

                await using var reader = await batch.ExecuteReaderAsync(ct);
                foreach (var entity in chunk)
                {
                    if (!await reader.ReadAsync(ct))
                    {
                        throw new InvalidOperationException($"An INSERT of {typeof(T).Name} returned no key.");
                    }

                    SetKey(entity, reader.GetValue(0));
                    await reader.NextResultAsync(ct);
                }
            }

            return;
        }

        // SQLite: one compiled statement, bound again and executed per row.
        var parameters = columns.Select((c, i) => c.CreateParameter(command, ParameterName(i))).ToArray();
        command.Parameters.AddRange(parameters);
        await command.PrepareAsync(ct);
        foreach (var entity in entities)
        {
            ct.ThrowIfCancellationRequested();
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = columns[i].ValueOf(entity);
            }

            SetKey(entity, await command.ExecuteScalarAsync(ct));
        }
    }
}
