using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using ValueFirst.Benchmarks.Harness;
using ValueFirst.Testing.Data;
using ValueFirst.Web.Data;
using ValueFirst.Web.Features.Content;
using ValueFirst.Web.Features.Ledger;

namespace ValueFirst.Benchmarks.Data;

/// <summary>Who the seeder created: the benchmarked user, the import's empty book, and the rest.</summary>
public sealed record SeededUsers(string MainId, string MainEmail, string ImportId, IReadOnlyList<string> OtherIds, int Contacts, int Interactions, string FeedToken);

/// <summary>
/// Fills the app's real schema (migrated by the app's own migrator) with generated data. Users go through
/// Identity's <see cref="UserManager{TUser}"/> (real password hashes, so the web benchmark can sign in through
/// the form); contacts and interactions are bulk-inserted with raw ADO.NET in one transaction — a prepared
/// INSERT on SQLite, binary COPY on PostgreSQL — using the column names and value converters of the EF model.
/// </summary>
public static class BenchmarkSeeder
{
    public const string Password = "Bench-mark!2026";

    public const string MainEmail = "ada.benchmark@valuefirst.test";

    public static async Task<SeededUsers> SeedAsync(AppServices app, BenchmarkScale scale, BenchmarkDataGenerator generator, DateTime nowUtc)
    {
        app.Migrate();
        // Created first and made administrator, as registering the first account does: it keeps the drafts at the
        // content folder's root, where the benchmark writes them.
        var main = await CreateUserAsync(app, MainEmail, firstAccount: true);
        var import = await CreateUserAsync(app, "import.benchmark@valuefirst.test");
        var others = new List<string>();
        for (var i = 0; i < BenchmarkScale.OtherUsers; i++)
        {
            others.Add(await CreateUserAsync(app, $"other{i}.benchmark@valuefirst.test"));
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var connection = db.Database.GetDbConnection();

        var owners = new List<(string Owner, int Contacts, int Interactions)> { (main, scale.Contacts, scale.Interactions) };
        owners.AddRange(others.Select(o => (o, scale.Contacts / BenchmarkScale.OtherUserShare, scale.Interactions / BenchmarkScale.OtherUserShare)));

        var nextId = 1;
        var totalContacts = 0;
        var totalInteractions = 0;
        for (var stream = 0; stream < owners.Count; stream++)
        {
            var (owner, contactCount, interactionCount) = owners[stream];
            var ids = Enumerable.Range(nextId, contactCount).ToArray();
            var contacts = generator.Contacts(owner, contactCount, nowUtc, stream).Select((c, i) =>
            {
                c.Id = ids[i];
                return c;
            });
            totalContacts += await BulkInsertAsync(db, connection, contacts, includeKey: true);
            nextId += contactCount;
            totalInteractions += await BulkInsertAsync(db, connection, generator.Interactions(owner, ids, interactionCount, nowUtc, stream), includeKey: false);
        }

        if (connection is NpgsqlConnection)
        {
            // Explicit ids were written: move the identity on, as if the rows had been added one by one.
            await db.Database.ExecuteSqlRawAsync("SELECT setval(pg_get_serial_sequence('\"Contact\"', 'Id'), (SELECT MAX(\"Id\") FROM \"Contact\"))");
        }

        await transaction.CommitAsync();
        // Rows written behind the app's back: count their ledger rows as the app does at start-up.
        await LedgerTotalsRecount.BackfillAsync(db, new DateTimeOffset(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc)));
        if (connection is NpgsqlConnection)
        {
            // What autovacuum would have done by the time a real book had this many rows.
            // (after a bulk insert: a vacuum, which marks the pages all-visible, so counts read indexes alone).
            await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE)");
        }
        else
        {
            // What the app runs after an import and at start-up: without statistics SQLite guesses that an owner has
            // ten contacts and reads a page's rows by walking all 20,000 of them instead of by key.
            await BulkLoadStatistics.RefreshAsync(db, [], NullLogger.Instance);
        }

        // The calendar feed's secret token, as the settings page creates it on first visit.
        var feedToken = (await scope.ServiceProvider.GetRequiredService<ContentSettingsService>().GetAsync(main)).FeedToken;
        return new SeededUsers(main, MainEmail, import, others, totalContacts, totalInteractions, feedToken);
    }

    private static async Task<string> CreateUserAsync(AppServices app, string email, bool firstAccount = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }

        if (firstAccount)
        {
            await scope.ServiceProvider.GetRequiredService<ValueFirst.Web.Infrastructure.FirstUserAdmin>().ApplyAsync(user);
        }

        return user.Id;
    }

    private static async Task<int> BulkInsertAsync<T>(ApplicationDbContext db, DbConnection connection, IEnumerable<T> rows, bool includeKey)
        where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties()
            .Where(p => !p.IsShadowProperty() && (includeKey || !p.IsPrimaryKey()))
            .ToList();
        var columns = properties.Select(p => p.GetColumnName(table)!).ToList();
        var converters = properties.Select(p => p.GetTypeMapping().Converter).ToList();
        var getters = properties.Select(p => p.PropertyInfo!).ToList();
        var quotedColumns = string.Join(", ", columns.Select(c => $"\"{c}\""));

        object? Value(T row, int i)
        {
            var value = getters[i].GetValue(row);
            return value is null ? null : converters[i] is { } converter ? converter.ConvertToProvider(value) : value;
        }

        var count = 0;
        if (connection is NpgsqlConnection npgsql)
        {
            var types = properties.Select(p => StoreTypeName(p.GetColumnType(table))).ToList();
            await using var importer = await npgsql.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({quotedColumns}) FROM STDIN (FORMAT BINARY)");
            foreach (var row in rows)
            {
                await importer.StartRowAsync();
                for (var i = 0; i < properties.Count; i++)
                {
                    if (Value(row, i) is { } value)
                    {
                        await importer.WriteAsync(value, types[i]);
                    }
                    else
                    {
                        await importer.WriteNullAsync();
                    }
                }

                count++;
            }

            await importer.CompleteAsync();
            return count;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({quotedColumns}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        var parameters = columns.Select((_, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToList();
        await command.PrepareAsync();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Count; i++)
            {
                parameters[i].Value = Value(row, i) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync();
            count++;
        }

        return count;
    }

    // "character varying(200)" -> "character varying": the COPY writer wants the type's name only.
    private static string StoreTypeName(string storeType)
    {
        var paren = storeType.IndexOf('(', StringComparison.Ordinal);
        return paren < 0 ? storeType : storeType[..paren];
    }
}
