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
/// PostgreSQL's is COPY (<see cref="PostgresCopy"/>). SaveChanges interceptors do not see these rows: callers tell
/// whoever keeps rows derived from them.
/// </remarks>
public static class PreparedInsert
{
    /// <summary>Inserts <paramref name="entities"/> and sets each one's generated key.</summary>
    public static Task InsertAsync<T>(ApplicationDbContext db, IReadOnlyList<T> entities, CancellationToken ct)
        where T : class =>
        InsertAsync(db, entities, readKeys: true, ct);

    /// <summary>
    /// Inserts <paramref name="entities"/> whose keys the caller never reads (imported messages): PostgreSQL then
    /// leaves them to the column's identity instead of drawing them first, one sequence call per row.
    /// </summary>
    public static Task InsertWithoutKeysAsync<T>(ApplicationDbContext db, IReadOnlyList<T> entities, CancellationToken ct)
        where T : class =>
        InsertAsync(db, entities, readKeys: false, ct);

    private static async Task InsertAsync<T>(ApplicationDbContext db, IReadOnlyList<T> entities, bool readKeys, CancellationToken ct)
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
            if (db.Database.IsNpgsql())
            {
                await PostgresCopy.InsertAsync(db, entities, readKeys ? key : null, table, columns, ct);
            }
            else
            {
                await InsertOpenAsync(db, entities, key, table, columns, ct);
            }
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
